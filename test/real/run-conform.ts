/** Run the conform command against a real Magnum, as a user would, and read its JSON report. */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/spec/apis.js";

export const MAGNUM_DIFFERENCES = path.join(PROJECT_ROOT, "contracts", "differences", "nhn-kubernetes-magnum.yaml");

export interface ConformRun {
  exitCode: number | null;
  report: any;
  output: string;
}

export function runConform(baseUrl: string, extraArgs: string[]): Promise<ConformRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "conform-real-"));
  const reportPath = path.join(dir, "report.json");
  const args = ["tsx", "scripts/conform.ts", "--api", "nhn-kubernetes", "--base-url", baseUrl,
    "--expect-differences", MAGNUM_DIFFERENCES, "--report-json", reportPath, ...extraArgs];
  return new Promise((resolve, reject) => {
    const child = spawn("npx", args, { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (exitCode) => {
      let report: any;
      try {
        report = JSON.parse(readFileSync(reportPath, "utf8"));
      } catch {
        report = undefined;
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ exitCode, report, output });
    });
  });
}

/**
 * Differences-file entries whose reason starts with this describe upstream races (Magnum's
 * conductor writes a cluster and its node groups in separate steps): they are expected to be
 * hit in some runs only, so their being stale is tolerated here, and only for them.
 */
export const TIMING_DEPENDENT = "Timing-dependent:";

/** Failed findings, and stale entries other than timing-dependent ones: one line each. */
export function unexplained(report: any): string[] {
  return (report?.failures ?? [])
    .filter((f: any) => !(f.outcome === "stale" && String(f.message).includes(TIMING_DEPENDENT)))
    .map((f: any) => `${f.operationId} ${f.check} ${f.outcome}: ${f.message}`);
}
