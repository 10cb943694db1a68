/** Run the conform command in-process (the function the CLI calls) and capture everything it writes. */
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runConformCommand, type ConformIo } from "../../src/cli/conform.js";

export interface ConformRun {
  code: number;
  stdout: string;
  stderr: string;
  report?: any;
  junit?: string;
}

export async function conform(args: string[], io: ConformIo = {}): Promise<ConformRun> {
  const dir = mkdtempSync(path.join(tmpdir(), "conform-"));
  const json = path.join(dir, "report.json");
  const junit = path.join(dir, "junit.xml");
  let stdout = "";
  let stderr = "";
  const code = await runConformCommand([...args, "--report-json", json, "--junit", junit], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    ...io,
  });
  return {
    code,
    stdout,
    stderr,
    report: existsSync(json) ? JSON.parse(readFileSync(json, "utf8")) : undefined,
    junit: existsSync(junit) ? readFileSync(junit, "utf8") : undefined,
  };
}

/** "check operationId" pairs of a report's failures. */
export function failedPairs(report: any): string[] {
  return [...new Set<string>((report?.failures ?? []).map((f: any) => `${f.check} ${f.operationId}`))];
}
