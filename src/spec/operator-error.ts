/**
 * The one error class for operator problems: a bad flag, an unreadable spec, a busy port,
 * an unreachable target. The CLI prints `message` (one line) and `hint` without a stack and
 * exits 2. Findings about an API are never thrown; they are returned as values.
 */
export type OperatorErrorCode =
  | "USAGE"
  | "UNKNOWN_API"
  | "SPEC_UNREADABLE"
  | "SPEC_INVALID"
  | "PORT_IN_USE"
  | "TARGET_UNREACHABLE"
  | "FILE_UNWRITABLE"
  | "ENVIRONMENT"
  | "MANIFEST_INVALID";

export class OperatorError extends Error {
  readonly code: OperatorErrorCode;
  readonly hint: string | undefined;

  constructor(code: OperatorErrorCode, message: string, hint?: string) {
    super(message);
    this.name = "OperatorError";
    this.code = code;
    this.hint = hint;
  }
}

export function isOperatorError(error: unknown): error is OperatorError {
  return error instanceof OperatorError;
}
