/** What `conform --dry-run` prints: the resolved settings and the plan (through the masked Output). */
import { DEFAULTS } from "../conform/options.js";
import type { Plan } from "../conform/plan.js";
import type { Output } from "../reporters/output.js";
import type { ParsedConform } from "./conform-args.js";

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
  out.line(`  ${"teardown".padEnd(20)} at most ${parsed.options.teardownTimeoutSeconds ?? DEFAULTS.stopCleanupSeconds} s after a stop${values["teardown-timeout"] === undefined ? " (default)" : ""}`);
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
