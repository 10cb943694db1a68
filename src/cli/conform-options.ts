/**
 * The conform command's options as data: --help is rendered from this table, parseArgs is
 * configured from it, and conform.config.yaml accepts the same names (src/cli/conform-config.ts).
 */
import { parseArgs } from "node:util";
import { API_IDS } from "../spec/apis.js";
import { OperatorError } from "../spec/operator-error.js";
import { CASE_PHASES } from "../generate/test-case.js";
import { CHECKS } from "../conform/checks/index.js";
import { DEFAULTS } from "../conform/options.js";
import { TARGET_KINDS } from "../conform/target-kinds.js";

export interface OptionSpec {
  name: string;
  type: "string" | "boolean";
  multiple?: boolean;
  short?: string;
  value?: string;
  help: string;
  /** Not accepted in conform.config.yaml (only on the command line). */
  flagOnly?: boolean;
  /** A file path: relative paths in the config file are resolved from the file's folder. */
  path?: boolean;
}

export const CONFORM_OPTIONS: readonly OptionSpec[] = [
  { name: "api", type: "string", value: "<id>", help: `API under test: ${API_IDS.join(", ")} (picks spec, credentials, workflows)` },
  { name: "base-url", type: "string", value: "<url>", help: "where the API answers, e.g. http://127.0.0.1:4021" },
  { name: "spec", type: "string", value: "<file>", path: true, help: "an OpenAPI 3 file: another version of --api's spec, or any API without --api" },
  { name: "force", type: "boolean", help: "use --spec even when its title and servers do not match --api" },
  { name: "target", type: "string", value: "<kind>", help: `${TARGET_KINDS.join("|")}: what answers at --base-url (default: detected; a mock skips workflows and state checks)` },
  { name: "header", type: "string", short: "H", multiple: true, value: "'Name: value'", help: "send this header with every request (repeatable; ${VAR} reads the environment and is masked)" },
  { name: "expect-differences", type: "string", value: "<file.yaml>", path: true, help: "known differences: matching findings are 'known', entries matching nothing are 'stale' (a finding)" },
  { name: "checks", type: "string", value: "<a,b>", help: `only these checks: ${CHECKS.map((c) => c.name).join(", ")}` },
  { name: "exclude-checks", type: "string", value: "<a,b>", help: "leave these checks out" },
  { name: "operation", type: "string", multiple: true, value: "<operationId>", help: "only this operation (repeatable)" },
  { name: "phases", type: "string", value: "<a,b>", help: `case kinds to run (default all): ${CASE_PHASES.join(", ")}` },
  { name: "max-examples", type: "string", value: "<n>", help: `coverage and negative cases per operation (default ${DEFAULTS.maxExamples})` },
  { name: "seed", type: "string", value: "<n>", help: `seed of the case generator; same seed, same plan (default ${DEFAULTS.seed})` },
  { name: "timeout", type: "string", value: "<ms>", help: `per-request timeout (default ${DEFAULTS.timeoutMs})` },
  { name: "rate-limit", type: "string", value: "<n/s>", help: "at most n requests per second (default unlimited)" },
  { name: "workers", type: "string", value: "<n>", help: `concurrent cases (default ${DEFAULTS.workers})` },
  { name: "deadline", type: "string", value: "<s>", help: `total deadline of the run; then teardown (see --teardown-timeout) and exit 3 (default ${DEFAULTS.deadlineSeconds})` },
  { name: "wait-timeout", type: "string", value: "<s>", help: `longest wait of one polling workflow step (default: the step's x-deadline)` },
  { name: "teardown-timeout", type: "string", value: "<s>", help: `longest teardown after Ctrl-C, the deadline or a lost target (default ${DEFAULTS.stopCleanupSeconds}; a complete run: at least ${DEFAULTS.cleanupSeconds}); a look-up before a delete gives up after half of it unchanged` },
  { name: "max-response-time", type: "string", value: "<ms>", help: "turn on max_response_time with this threshold" },
  { name: "allow-mutations", type: "boolean", help: "send POST/PUT/PATCH/DELETE to a non-loopback host (off: only GET/HEAD/OPTIONS)" },
  { name: "read-only", type: "boolean", help: "send only GET/HEAD/OPTIONS, even to a loopback host" },
  { name: "report-json", type: "string", value: "<file>", path: true, help: "write the JSON report here (checked for writability before the first request)" },
  { name: "junit", type: "string", value: "<file>", path: true, help: "write JUnit XML here (checked for writability before the first request)" },
  { name: "report-html", type: "string", value: "<file>", path: true, help: "write a self-contained HTML report here (matrix, failures with curl, workflows)" },
  { name: "config", type: "string", value: "<file>", flagOnly: true, help: "configuration file (default: ./conform.config.yaml when present)" },
  { name: "no-config", type: "boolean", flagOnly: true, help: "ignore ./conform.config.yaml" },
  { name: "dry-run", type: "boolean", flagOnly: true, help: "print the resolved configuration (secrets masked) and the plan; send nothing" },
  { name: "help", type: "boolean", short: "h", flagOnly: true, help: "show this help" },
];

export const EXIT_CODES = [
  [0, "every planned check ran and passed (warnings and known differences allowed)"],
  [1, "findings: a check failed, or an --expect-differences entry is stale"],
  [2, "usage or environment problem: bad flag or config, unreadable spec, unwritable report, unreachable target, credentials rejected"],
  [3, "INCOMPLETE: interrupted (SIGINT/SIGTERM), deadline reached or target lost mid-run; the reports say what did not run"],
  [130, "a second SIGINT/SIGTERM: stopped at once, teardown cut short"],
] as const;

export function renderHelp(): string {
  const rows = CONFORM_OPTIONS.map((o) => [`${o.short ? `-${o.short}, ` : ""}--${o.name}${o.value ? ` ${o.value}` : ""}`, o.help]);
  const width = Math.max(...rows.map((r) => r[0]!.length));
  return [
    "Usage: npm run conform -- --api <id> --base-url <url> [options]",
    "       npm run conform -- --spec <openapi.yaml> --base-url <url> [-H 'Name: ${VAR}'] [options]",
    "",
    "Test a running API (real, fake or mock) against its spec: examples, boundary values, negative",
    "cases and Arazzo lifecycle workflows, judged by named checks. Guide: docs/conform.md",
    "",
    ...rows.map(([flag, help]) => `  ${flag!.padEnd(width)}  ${help}`),
    "",
    "Exit codes:",
    ...EXIT_CODES.map(([code, text]) => `  ${String(code).padStart(3)}  ${text}`),
    "Credentials come from HADOOP_ECO_CREDENTIAL_ID, HADOOP_ECO_CREDENTIAL_SECRET, HADOOP_ECO_API_KEY,",
    "HADOOP_ECO_CLUSTER_ID, YARN_USER, NHN_KUBERNETES_TOKEN and BIGDATA_PAAS_TOKEN; for any other spec from",
    "CONFORM_AUTH_<SCHEME NAME> or -H; secrets print as ***.",
  ].join("\n");
}

export type RawValues = Record<string, string | boolean | string[] | undefined>;

/** The flags given on the command line, by option name (throws OperatorError USAGE). */
export function readFlags(argv: string[]): RawValues {
  try {
    const config = Object.fromEntries(
      CONFORM_OPTIONS.map((o) => [o.name, { type: o.type, ...(o.multiple ? { multiple: true } : {}), ...(o.short ? { short: o.short } : {}) }]),
    );
    return parseArgs({ args: argv, options: config as any, strict: true, allowPositionals: false }).values as RawValues;
  } catch (error) {
    throw new OperatorError("USAGE", String((error as Error).message).split("\n")[0]!, "run with --help for the options");
  }
}
