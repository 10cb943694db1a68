/** Flags over conform.config.yaml into run options (throws OperatorError USAGE on bad input). */
import path from "node:path";
import { API_IDS } from "../spec/apis.js";
import { OperatorError } from "../spec/operator-error.js";
import { CASE_PHASES, type CasePhase } from "../generate/test-case.js";
import { CHECKS } from "../conform/checks/index.js";
import type { TargetKind } from "../conform/events.js";
import type { ConformOptions } from "../conform/options.js";
import { TARGET_KINDS } from "../conform/target-kinds.js";
import { readFlags, type RawValues } from "./conform-options.js";
import { resolveSettings, type ResolvedSettings } from "./conform-config.js";
import { parseHeaders } from "./conform-headers.js";
import { REPORT_FILES } from "./conform-reports.js";

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
      teardownTimeoutSeconds: number(values, "teardown-timeout", 0, true, true),
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

/** A numeric setting: >= min (> min when `above`), whole unless `fraction`. */
function number(values: RawValues, name: string, min: number, fraction = false, above = false): number | undefined {
  if (values[name] === undefined) return undefined;
  const raw = String(values[name]);
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n) || n < min || (above && n === min) || (!fraction && !Number.isInteger(n))) {
    throw new OperatorError("USAGE", `--${name} ${raw} is not a ${fraction ? "number" : "whole number"} ${above ? ">" : ">="} ${min}`);
  }
  return n;
}
