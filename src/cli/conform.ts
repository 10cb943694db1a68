/**
 * `npm run conform` / `cluster-api-contracts conform`: argument parsing, the reachability
 * probe, Ctrl-C handling and exit codes. Options are declared once, as data; --help is
 * rendered from the same table.
 */
import { parseArgs } from "node:util";
import { API_IDS } from "../spec/apis.js";
import { OperatorError, isOperatorError } from "../spec/operator-error.js";
import { readCredentials, secretValues } from "../spec/credentials.js";
import { CASE_PHASES, type CasePhase } from "../generate/test-case.js";
import { CHECKS } from "../conform/checks/index.js";
import { DEFAULTS, type ConformOptions } from "../conform/options.js";
import { prepareRun, type Plan } from "../conform/plan.js";
import { runConformance } from "../conform/run-conformance.js";
import { describeNetworkError } from "../conform/http-client.js";
import { createOutput, type Output, type OutputTargets } from "../reporters/output.js";
import { broadcast, type Reporter } from "../reporters/reporter.js";
import { ConsoleReporter } from "../reporters/console-reporter.js";
import { JsonReporter } from "../reporters/json-reporter.js";
import { JunitReporter } from "../reporters/junit-reporter.js";
import { EXIT } from "./exit.js";

interface OptionSpec {
  name: string;
  type: "string" | "boolean";
  multiple?: boolean;
  short?: string;
  value?: string;
  help: string;
}

export const CONFORM_OPTIONS: readonly OptionSpec[] = [
  { name: "api", type: "string", value: "<id>", help: `API under test: ${API_IDS.join(", ")} (picks spec, credentials, workflows)` },
  { name: "base-url", type: "string", value: "<url>", help: "where the API answers, e.g. http://127.0.0.1:4021" },
  { name: "spec", type: "string", value: "<file>", help: "test against another OpenAPI 3 file instead of specs/<api>.yaml" },
  { name: "checks", type: "string", value: "<a,b>", help: `only these checks: ${CHECKS.map((c) => c.name).join(", ")}` },
  { name: "exclude-checks", type: "string", value: "<a,b>", help: "leave these checks out" },
  { name: "operation", type: "string", multiple: true, value: "<operationId>", help: "only this operation (repeatable)" },
  { name: "phases", type: "string", value: "<a,b>", help: `case kinds to run (default all): ${CASE_PHASES.join(", ")}` },
  { name: "max-examples", type: "string", value: "<n>", help: `coverage and negative cases per operation (default ${DEFAULTS.maxExamples})` },
  { name: "seed", type: "string", value: "<n>", help: `seed of the case generator; same seed, same plan (default ${DEFAULTS.seed})` },
  { name: "timeout", type: "string", value: "<ms>", help: `per-request timeout (default ${DEFAULTS.timeoutMs})` },
  { name: "rate-limit", type: "string", value: "<n/s>", help: "at most n requests per second (default unlimited)" },
  { name: "workers", type: "string", value: "<n>", help: `concurrent cases (default ${DEFAULTS.workers})` },
  { name: "deadline", type: "string", value: "<s>", help: `total deadline of the run; cleanup still runs (default ${DEFAULTS.deadlineSeconds})` },
  { name: "wait-timeout", type: "string", value: "<s>", help: `longest wait of one polling workflow step (default: the step's x-deadline)` },
  { name: "max-response-time", type: "string", value: "<ms>", help: "turn on max_response_time with this threshold" },
  { name: "allow-mutations", type: "boolean", help: "send POST/PUT/PATCH/DELETE to a non-loopback host (off: only GET/HEAD/OPTIONS)" },
  { name: "report-json", type: "string", value: "<file>", help: "write the JSON report here" },
  { name: "junit", type: "string", value: "<file>", help: "write JUnit XML here" },
  { name: "dry-run", type: "boolean", help: "print the plan and send nothing" },
  { name: "help", type: "boolean", short: "h", help: "show this help" },
];

export function renderHelp(): string {
  const rows = CONFORM_OPTIONS.map((o) => [`--${o.name}${o.value ? ` ${o.value}` : ""}${o.short ? `, -${o.short}` : ""}`, o.help]);
  const width = Math.max(...rows.map((r) => r[0]!.length));
  return [
    "Usage: npm run conform -- --api <id> --base-url <url> [options]",
    "",
    "Test a running API (real, fake or mock) against its spec: examples, boundary values, negative",
    "cases and Arazzo lifecycle workflows, judged by named checks.",
    "",
    ...rows.map(([flag, help]) => `  ${flag!.padEnd(width)}  ${help}`),
    "",
    "Exit codes: 0 no check failed, 1 a check failed, 2 usage error, unreadable spec or unreachable target.",
    "Credentials come from HADOOP_ECO_CREDENTIAL_ID, HADOOP_ECO_CREDENTIAL_SECRET, HADOOP_ECO_API_KEY,",
    "HADOOP_ECO_CLUSTER_ID, YARN_USER, NHN_KUBERNETES_TOKEN and BIGDATA_PAAS_TOKEN; secrets print as ***.",
  ].join("\n");
}

export interface ConformIo extends OutputTargets {
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

/** Parse flags into run options (throws OperatorError USAGE). */
export function parseConformArgs(argv: string[]): { options: ConformOptions; dryRun: boolean; help: boolean; reportJson?: string; junit?: string } {
  let values: Record<string, any>;
  try {
    const config = Object.fromEntries(
      CONFORM_OPTIONS.map((o) => [o.name, { type: o.type, ...(o.multiple ? { multiple: true } : {}), ...(o.short ? { short: o.short } : {}) }]),
    );
    values = parseArgs({ args: argv, options: config as any, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new OperatorError("USAGE", String((error as Error).message).split("\n")[0]!, "run with --help for the options");
  }
  if (values.help) return { options: { api: "", baseUrl: "" }, dryRun: false, help: true };
  const api = values.api ?? (values.spec ? String(values.spec).replace(/^.*[\\/]/, "").replace(/\.(ya?ml|json)$/i, "") : undefined);
  if (!api) throw new OperatorError("USAGE", "--api is required (or --spec)", `choose from ${API_IDS.join(", ")}`);
  if (!values["base-url"]) throw new OperatorError("USAGE", "--base-url is required", "e.g. --base-url http://127.0.0.1:4021");
  const baseUrl = String(values["base-url"]);
  if (!/^https?:\/\/[^/]+/.test(baseUrl) || !URL.canParse(baseUrl)) throw new OperatorError("USAGE", `--base-url ${baseUrl} is not an http(s) URL`);
  const list = (name: string) => (values[name] === undefined ? undefined : String(values[name]).split(",").map((s) => s.trim()).filter(Boolean));
  const phases = list("phases");
  for (const phase of phases ?? []) {
    if (!(CASE_PHASES as readonly string[]).includes(phase)) throw new OperatorError("USAGE", `unknown phase "${phase}"`, `phases: ${CASE_PHASES.join(", ")}`);
  }
  let checks = list("checks");
  const maxResponseTime = number(values, "max-response-time", 1);
  if (maxResponseTime !== undefined && checks === undefined) checks = [...CHECKS.filter((c) => c.defaultOn).map((c) => c.name), "max_response_time"];
  return {
    options: {
      api,
      baseUrl,
      specPath: values.spec,
      checks,
      excludeChecks: list("exclude-checks"),
      operations: values.operation,
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
    },
    dryRun: Boolean(values["dry-run"]),
    help: false,
    reportJson: values["report-json"],
    junit: values.junit,
  };
}

function number(values: Record<string, any>, name: string, min: number, fraction = false): number | undefined {
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
  const out = createOutput(secretValues(readCredentials(env)), io);
  try {
    const parsed = parseConformArgs(argv);
    if (parsed.help) {
      out.line(renderHelp());
      return EXIT.ok;
    }
    const options: ConformOptions = { ...parsed.options, env, signal: io.signal, fetch: io.fetch };
    const run = await prepareRun(options);
    if (parsed.dryRun) {
      printPlan(out, run.plan);
      return EXIT.ok;
    }
    await probeTarget(options.baseUrl, io.fetch);
    const reporters: Reporter[] = [new ConsoleReporter(out)];
    if (parsed.reportJson) reporters.push(new JsonReporter(out, parsed.reportJson));
    if (parsed.junit) reporters.push(new JunitReporter(out, parsed.junit));
    const summary = await runConformance(run, options, broadcast(reporters));
    for (const reporter of reporters) {
      try {
        await reporter.finish?.();
      } catch (error) {
        throw new OperatorError("FILE_UNWRITABLE", `cannot write a report: ${(error as Error).message}`);
      }
    }
    return summary.failed > 0 ? EXIT.findings : EXIT.ok;
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

/** One request to the base URL: any HTTP answer means reachable; a network failure is an operator error. */
export async function probeTarget(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  try {
    const response = await fetchImpl(baseUrl, { method: "GET", redirect: "manual", signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer().catch(() => undefined);
  } catch (error) {
    throw new OperatorError("TARGET_UNREACHABLE", `target ${baseUrl} is unreachable (${describeNetworkError(error)})`, "start the API (npm run fake / npm run mock) or check --base-url");
  }
}

export function printPlan(out: Output, plan: Plan): void {
  out.line(`plan for ${plan.api} at ${plan.baseUrl} (seed ${plan.seed}; phases ${plan.phases.join(", ")})`);
  out.line(`checks: ${plan.checks.map((c) => c.name).join(", ")}`);
  out.line(`${plan.cases.length} cases, ${plan.workflows.length} workflows, ${plan.skipped.length} skipped; nothing is sent (--dry-run)`);
  for (const c of plan.cases) out.line(`  ${c.id.padEnd(42)} ${c.method.padEnd(6)} ${c.path}  [${c.kind}] ${c.description}`);
  for (const w of plan.workflows) out.line(`  workflow ${w.workflow.workflowId} (${w.workflow.steps.length} steps) inputs ${JSON.stringify(w.inputs)}`);
  for (const s of plan.skipped) out.line(`  SKIP ${s.id} ${s.method} ${s.path}: ${s.reason}`);
}

export async function main(argv: string[]): Promise<void> {
  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = (name: string) => {
    interrupts++;
    if (interrupts > 1) process.exit(130);
    process.stderr.write(`conform: ${name} received, stopping and deleting what the run created (again to quit at once)\n`);
    controller.abort(new Error(name));
  };
  process.on("SIGINT", () => onSignal("SIGINT"));
  process.on("SIGTERM", () => onSignal("SIGTERM"));
  const code = await runConformCommand(argv, { signal: controller.signal });
  process.exit(code);
}
