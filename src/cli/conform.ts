/**
 * `npm run conform` / `cluster-api-contracts conform`: settings (flags over
 * conform.config.yaml), checks before the first request (report paths, target and its kind,
 * credentials), the run, reports and exit codes (src/cli/conform-options.ts EXIT_CODES).
 */
import { isApiId } from "../spec/apis.js";
import { OperatorError, isOperatorError } from "../spec/operator-error.js";
import { readCredentials, secretValues } from "../spec/credentials.js";
import type { ConformOptions } from "../conform/options.js";
import { createOutput, type Output, type OutputTargets } from "../reporters/output.js";
import type { Reporter } from "../reporters/reporter.js";
import { renderHelp } from "./conform-options.js";
import { parseConformArgs } from "./conform-args.js";
import { printPlan, printSettings } from "./conform-print.js";
import { handleStopSignals } from "./conform-signals.js";
import { EXIT } from "./exit.js";

export { CONFORM_OPTIONS, renderHelp } from "./conform-options.js";
export { parseConformArgs, type ParsedConform } from "./conform-args.js";
export { printPlan, printSettings } from "./conform-print.js";
export { REPORT_FILES } from "./conform-reports.js";

/** Exit code of a run that did not finish (interrupt, deadline, lost target). */
export const EXIT_INCOMPLETE = 3;

export interface ConformIo extends OutputTargets {
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** Where conform.config.yaml is looked for (default process.cwd()). */
  cwd?: string;
  /** Progress on a terminal: one line rewritten in place. */
  tty?: (text: string) => void;
}

/** What `conform` does, minus process.exit: returns the exit code. Tests call this. */
export async function runConformCommand(argv: string[], io: ConformIo = {}): Promise<number> {
  const env = io.env ?? process.env;
  let out = createOutput(secretValues(readCredentials(env)), io);
  try {
    const parsed = parseConformArgs(argv, env, io.cwd);
    if (parsed.help) {
      out.line(renderHelp());
      return EXIT.ok;
    }
    out = createOutput([...secretValues(readCredentials(env)), ...parsed.secrets], io);
    const { adaptPlanToTarget, broadcast, checkCredentials, checkReportPaths, checkSpecMatchesApi, ConsoleReporter, detectTarget, loadDifferences, prepareRun, REPORT_FILES, runConformance, traitsFor } =
      await import("./conform-run-modules.js");
    const differences = parsed.differencesPath ? await loadDifferences(parsed.differencesPath) : undefined;
    const options: ConformOptions = { ...parsed.options, env, signal: io.signal, fetch: io.fetch, differences };
    const targetSource = parsed.settings.sources.target === "flag" ? "--target" : "conform.config.yaml";
    const run = await prepareRun({ ...options, target: parsed.dryRun && parsed.target ? traitsFor(parsed.target, targetSource) : undefined });
    if (options.specPath && isApiId(options.api) && !parsed.force) await checkSpecMatchesApi(options.api, options.specPath, run.spec.document);
    out = createOutput([...run.secrets, ...parsed.secrets], io);
    if (parsed.dryRun) {
      printSettings(out, parsed);
      printPlan(out, run.plan);
      return EXIT.ok;
    }
    await checkReportPaths(parsed.reports);
    const target = await detectTarget(options.baseUrl, { headers: options.headers, fetch: io.fetch, override: parsed.target, overrideSource: targetSource });
    adaptPlanToTarget(run, target);
    await checkCredentials(run, { fetch: io.fetch, timeoutMs: options.timeoutMs, signal: io.signal });
    const reporters: Reporter[] = [new ConsoleReporter(out, { tty: io.tty })];
    for (const report of parsed.reports) reporters.push(REPORT_FILES.find((r) => r.option === report.option)!.create(out, report.file));
    const summary = await runConformance(run, { ...options, target }, broadcast(reporters));
    for (const reporter of reporters) {
      try {
        await reporter.finish?.();
      } catch (error) {
        throw new OperatorError("FILE_UNWRITABLE", `cannot write a report: ${(error as Error).message}`);
      }
    }
    return summary.verdict === "incomplete" ? EXIT_INCOMPLETE : summary.verdict === "failed" ? EXIT.findings : EXIT.ok;
  } catch (error) {
    return reportError(out, error);
  }
}

function reportError(out: Output, error: unknown): number {
  if (isOperatorError(error)) {
    out.error(`conform: ${error.message}`);
    if (error.hint) out.error(`  hint: ${error.hint}`);
  } else {
    out.error(`conform: ${String(error instanceof Error ? error.message : error).split("\n")[0]}`);
  }
  return EXIT.usage;
}

export async function main(argv: string[]): Promise<void> {
  const controller = new AbortController();
  handleStopSignals(controller);
  const tty = process.stdout.isTTY ? (text: string) => void process.stdout.write(text) : undefined;
  const code = await runConformCommand(argv, { signal: controller.signal, tty });
  process.exit(code);
}
