/** Exit codes and the one-line operator error printout shared by every command. */
import { isOperatorError } from "../spec/operator-error.js";

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Print an error as one line (plus a hint line for operator errors), never a stack. */
export function reportFatal(command: string, error: unknown): number {
  if (isOperatorError(error)) {
    process.stderr.write(`${command}: ${error.message}\n`);
    if (error.hint) process.stderr.write(`  hint: ${error.hint}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${command}: ${message.split("\n")[0]}\n`);
  return EXIT.usage;
}
