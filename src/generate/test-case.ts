/** One generated request: what to send, why, and what kind of answer it deserves. */

/** The phase a case comes from, selectable with --phases. */
export type CasePhase = "examples" | "coverage" | "negative" | "workflows";
export const CASE_PHASES: readonly CasePhase[] = ["examples", "coverage", "negative", "workflows"];

/**
 * positive: valid input; negative: invalid input; auth-none / auth-wrong: valid input sent
 * without or with wrong credentials; method: an undocumented method on a known path.
 */
export type CaseKind = "positive" | "negative" | "auth-none" | "auth-wrong" | "method";

export interface TestCase {
  /** Stable id, e.g. "createService/negative/3". */
  id: string;
  phase: Exclude<CasePhase, "workflows">;
  kind: CaseKind;
  operationId: string;
  /** Upper-case HTTP method actually sent. */
  method: string;
  /** The path template of the operation. */
  path: string;
  description: string;
  pathParams: Record<string, string>;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  /** A JSON body (serialised on send). */
  body?: unknown;
  /** A body sent as is (malformed JSON, text). Wins over `body`. */
  rawBody?: string;
  contentType?: string;
  /** Whether credentials are applied: valid, none, or deliberately wrong. */
  auth: "valid" | "none" | "wrong";
  /**
   * false for schema-valid values the schema cannot tell are meaningful (a 2-character
   * add-on name or version): positive_accepted does not judge those cases.
   */
  judgeAcceptance?: boolean;
}

export function isMutatingMethod(method: string): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
}
