/**
 * `npm run conform` / `cluster-api-contracts conform`: settings (flags over
 * conform.config.yaml), checks before the first request (report paths, target and its kind,
 * credentials), the run, reports and exit codes (src/cli/conform-options.ts EXIT_CODES).
 */
import path from "node:path";
import { API_IDS, isApiId } from "../spec/apis.js";
import { OperatorError, isOperatorError } from "../spec/operator-error.js";
import { readCredentials, secretValues } from "../spec/credentials.js";
import { CASE_PHASES, type CasePhase } from "../generate/test-case.js";
import { CHECKS } from "../conform/checks/index.js";
import type { TargetKind } from "../conform/events.js";
import { DEFAULTS, type ConformOptions } from "../conform/options.js";
import { adaptPlanToTarget, prepareRun, type Plan } from "../conform/plan.js";
import { runConformance } from "../conform/run-conformance.js";
import { detectTarget } from "../conform/detect-target.js";
import { loadDifferences } from "../conform/differences.js";
import { checkCredentials } from "../conform/preflight-credentials.js";
import { checkSpecMatchesApi } from "../conform/spec-match.js";
import { TARGET_KINDS, traitsFor } from "../conform/target-kinds.js";
import { createOutput, type Output, type OutputTargets } from "../reporters/output.js";
import { broadcast, type Reporter } from "../reporters/reporter.js";
import { ConsoleReporter } from "../reporters/console-reporter.js";
import { JsonReporter } from "../reporters/json-reporter.js";
import { JunitReporter } from "../reporters/junit-reporter.js";
import { HtmlReporter } from "../reporters/html-reporter.js";
import { readFlags, renderHelp, type RawValues } from "./conform-options.js";
import { resolveSettings, type ResolvedSettings } from "./conform-config.js";
import { parseHeaders } from "./conform-headers.js";
import { checkReportPaths } from "./conform-report-paths.js";
import { handleStopSignals } from "./conform-signals.js";
import { EXIT } from "./exit.js";

export { CONFORM_OPTIONS, renderHelp } from "./conform-options.js";

/** Exit code of a run that did not finish (interrupt, deadline, lost target). */
export const EXIT_INCOMPLETE = 3;

/** Report files by option: one row per reporter that writes a file. */
export const REPORT_FILES: ReadonlyArray<{ option: string; create: (out: Output, file: string) => Reporter }> = [
  { option: "report-json", create: (out, file) => new JsonReporter(out, file) },
  { option: "junit", create: (out, file) => new JunitReporter(out, file) },
  { option: "report-html", create: (out, file) => new HtmlReporter(out, file) },
];

export interface ConformIo extends OutputTargets {
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** Where conform.config.yaml is looked for (default process.cwd()). */
  cwd?: string;
  /** Progress on a terminal: one line rewritten in place. */
  tty?: (text: string) => void;
}

export interface ParsedConform {
  options: ConformOptions;
  dryRun: boolean;
  help: boolean;
  force: boolean;
  target?: TargetKind;
  differencesPath?: string;
  reports: Array<{ option: string; file: string }>;
  /** Header values to mask. */
  secrets: string[];
  settings: ResolvedSettings;
}

/** Flags and config file into run options (throws OperatorError USAGE). */
export function parseConformArgs(argv: string[], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ParsedConform {
  const flags = readFlags(argv);
  const settings: ResolvedSettings = flags.help ? { values: flags, sources: {} } : resolveSettings(flags, cwd);
  const values = settings.values;
  const base = { dryRun: false, force: false, reports: [], secrets: [], settings };
  if (values.help) return { ...base, options: { api: "", baseUrl: "" }, help: true };
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const spec = text("spec");
  const api = text("api") ?? (spec ? path.basename(spec).replace(/\.(ya?ml|json)$/i, "") : undefined);
  if (!api) throw new OperatorError("USAGE", "--api is required (or --spec)", `choose from ${API_IDS.join(", ")}, or pass --spec <file>`);
  const baseUrl = text("base-url");
  if (!baseUrl) throw new OperatorError("USAGE", "--base-url is required", "e.g. --base-url http://127.0.0.1:4021 (or base-url: in conform.config.yaml)");
  if (!/^https?:\/\/[^/]+/.test(baseUrl) || !URL.canParse(baseUrl)) throw new OperatorError("USAGE", `--base-url ${baseUrl} is not an http(s) URL`);
  const list = (name: string) => (text(name) === undefined ? undefined : text(name)!.split(",").map((s) => s.trim()).filter(Boolean));
  const phases = list("phases");
  for (const phase of phases ?? []) {
    if (!(CASE_PHASES as readonly string[]).includes(phase)) throw new OperatorError("USAGE", `unknown phase "${phase}"`, `phases: ${CASE_PHASES.join(", ")}`);
  }
  const target = text("target");
  if (target !== undefined && !(TARGET_KINDS as readonly string[]).includes(target)) throw new OperatorError("USAGE", `--target ${target} is not one of ${TARGET_KINDS.join(", ")}`);
  let checks = list("checks");
  const maxResponseTime = number(values, "max-response-time", 1);
  if (maxResponseTime !== undefined && checks === undefined) checks = [...CHECKS.filter((c) => c.defaultOn).map((c) => c.name), "max_response_time"];
  const { headers, secrets } = parseHeaders((values.header as string[] | undefined) ?? [], env);
  return {
    ...base,
    options: {
      api,
      baseUrl,
      specPath: spec,
      checks,
      excludeChecks: list("exclude-checks"),
      operations: values.operation as string[] | undefined,
      phases: phases as CasePhase[] | undefined,
      maxExamples: number(values, "max-examples", 0),
      seed: number(values, "seed", 0),
      timeoutMs: number(values, "timeout", 1),
      rateLimit: number(values, "rate-limit", 0, true),
      workers: number(values, "workers", 1),
      deadlineSeconds: number(values, "deadline", 0, true),
      waitTimeoutSeconds: number(values, "wait-timeout", 0, true),
      maxResponseTimeMs: maxResponseTime,
      allowMutations: Boolean(values["allow-mutations"]),
      readOnly: Boolean(values["read-only"]),
      headers,
    },
    dryRun: Boolean(values["dry-run"]),
    help: false,
    force: Boolean(values.force),
    target: target as TargetKind | undefined,
    differencesPath: text("expect-differences"),
    reports: REPORT_FILES.flatMap((r) => (text(r.option) ? [{ option: r.option, file: text(r.option)! }] : [])),
    secrets,
  };
}

function number(values: RawValues, name: string, min: number, fraction = false): number | undefined {
  if (values[name] === undefined) return undefined;
  const raw = String(values[name]);
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n) || n < min || (!fraction && !Number.isInteger(n))) {
    throw new OperatorError("USAGE", `--${name} ${raw} is not a ${fraction ? "number" : "whole number"} >= ${min}`);
  }
  return n;
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

/** --dry-run: every resolved setting with where it came from; header values masked by `out`. */
export function printSettings(out: Output, parsed: ParsedConform): void {
  const { values, sources, configPath } = parsed.settings;
  out.line(`configuration${configPath ? ` (${configPath} under the flags)` : " (flags only; no conform.config.yaml)"}:`);
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || name === "dry-run" || name === "config" || name === "no-config") continue;
    const shown = name === "header" ? Object.entries(parsed.options.headers ?? {}).map(([n, v]) => `${n}: ${v}`).join(" | ") : Array.isArray(value) ? value.join(", ") : String(value);
    out.line(`  ${name.padEnd(20)} ${shown}   [${sources[name] ?? "flag"}]`);
  }
  out.line(`  ${"target".padEnd(20)} ${parsed.target ?? "detected when the run starts"}`);
  out.line(`  ${"deadline".padEnd(20)} ${parsed.options.deadlineSeconds ?? DEFAULTS.deadlineSeconds} s${values.deadline === undefined ? " (default)" : ""}`);
}

export function printPlan(out: Output, plan: Plan): void {
  out.line(`plan for ${plan.api} at ${plan.baseUrl} (seed ${plan.seed}; phases ${plan.phases.join(", ")})`);
  out.line(`checks: ${plan.checks.map((c) => c.name).join(", ")}`);
  for (const note of plan.notes) out.line(note);
  out.line(`${plan.cases.length} cases, ${plan.workflows.length} workflows, ${plan.skipped.length} skipped; nothing is sent (--dry-run)`);
  for (const c of plan.cases) out.line(`  ${c.id.padEnd(42)} ${c.method.padEnd(6)} ${c.path}  [${c.kind}] ${c.description}`);
  for (const w of plan.workflows) out.line(`  workflow ${w.workflow.workflowId} (${w.workflow.steps.length} steps) inputs ${JSON.stringify(w.inputs)}`);
  for (const s of plan.skipped) out.line(`  SKIP ${s.id} ${s.method} ${s.path}: ${s.reason}`);
}

export async function main(argv: string[]): Promise<void> {
  const controller = new AbortController();
  handleStopSignals(controller);
  const tty = process.stdout.isTTY ? (text: string) => void process.stdout.write(text) : undefined;
  const code = await runConformCommand(argv, { signal: controller.signal, tty });
  process.exit(code);
}
