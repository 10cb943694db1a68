/**
 * The diff report as console text, Markdown (a PR comment) and JSON. Pure functions: the CLI
 * writes their output through src/reporters/output.ts.
 */
import type { ApiDiff } from "./diff-api.js";
import { breaksClients, breaksProviders, ruleFor, type ChangeRuleId } from "./rules.js";
import type { SpecChange } from "./find-changes.js";

export const DIFF_REPORT_VERSION = 1;

const LABEL = { both: "BREAKING clients+providers", clients: "BREAKING clients", providers: "breaking providers", compatible: "compatible" } as const;

export interface Tally {
  clients: number;
  providers: number;
  compatible: number;
  consumers: number;
  types: number;
  acknowledged: number;
}

export function tally(result: ApiDiff): Tally {
  const ack = [...result.changes.filter((c) => breaksClients(c.class)), ...result.consumers, ...result.types].filter((f) => f.acknowledged).length;
  return {
    clients: result.changes.filter((c) => breaksClients(c.class)).length,
    providers: result.changes.filter((c) => breaksProviders(c.class)).length,
    compatible: result.changes.filter((c) => c.class === "compatible").length,
    consumers: result.consumers.length,
    types: result.types.length,
    acknowledged: ack,
  };
}

const ackNote = (f: { acknowledged?: string }) => (f.acknowledged ? ` (acknowledged: ${f.acknowledged})` : "");
const changeLine = (c: SpecChange) => `${c.where}: ${ruleFor(c.rule as ChangeRuleId).title} [${c.rule}] ${c.detail}${ackNote(c)}`;

/** Console text: breaking findings in full, compatible changes counted (all with `verbose`). */
export function renderConsole(results: ApiDiff[], verbose = false): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const t = tally(r);
    lines.push(`diff ${r.api}: ${r.base} -> ${r.head}`);
    for (const c of r.changes) {
      if (c.class === "compatible" && !verbose) continue;
      lines.push(`  ${LABEL[c.class].padEnd(26)} ${changeLine(c)}`);
    }
    for (const b of r.consumers) lines.push(`  ${"BREAKING consumer".padEnd(26)} breaks ${b.consumer} interaction '${b.interaction}'${ackNote(b)}: ${b.findings[0] ?? ""}`);
    for (const b of r.types) lines.push(`  ${"BREAKING compile".padEnd(26)} ${b.where}: ${b.message}${ackNote(b)}`);
    for (const a of r.unusedAcknowledgements) lines.push(`  note: x-breaking-changes entry matched nothing: ${a.change ?? "*"} at ${a.where ?? "*"}`);
    lines.push(
      `  => ${r.breaking ? "BREAKING" : "ok"}: ${t.clients} breaking for clients, ${t.consumers} consumer interactions, ${t.types} type errors` +
        `${t.acknowledged ? ` (${t.acknowledged} acknowledged)` : ""}; ${t.providers} breaking for providers; ${t.compatible} compatible${
          !verbose && t.compatible ? " (not listed; --verbose lists them)" : ""
        }`,
    );
  }
  return lines;
}

const md = (text: string) => text.replace(/[|\\`*_<>[\]]/g, (ch) => `\\${ch}`).replace(/\n/g, " ");
/** A code span: nothing inside is Markdown; pipes still end a table cell, so they are escaped. */
const code = (text: string) => (text ? `\`${text.replace(/`/g, "'").replace(/\|/g, "\\|").replace(/\n/g, " ")}\`` : "");

/** Rows per list in the Markdown report (a GitHub comment holds at most 65,536 characters). */
export const MARKDOWN_ROWS = 60;

/** The first `MARKDOWN_ROWS` items, then a line saying how many more the JSON report has. */
function capped<T>(list: T[], row: (item: T) => string, table: boolean): string[] {
  const rows = list.slice(0, MARKDOWN_ROWS).map(row);
  const more = list.length - MARKDOWN_ROWS;
  if (more > 0) rows.push(table ? `| ... and ${more} more (see the JSON report) | | |` : `- ... and ${more} more (see the JSON report)`);
  return rows;
}

export function renderMarkdown(results: ApiDiff[]): string {
  const out: string[] = ["## API spec changes", ""];
  out.push("| API | base -> head | verdict | clients | consumers | compile | providers | compatible |", "| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const r of results) {
    const t = tally(r);
    out.push(`| ${r.api} | ${md(r.base)} -> ${md(r.head)} | ${r.breaking ? ":x: breaking" : ":white_check_mark: ok"} | ${t.clients} | ${t.consumers} | ${t.types} | ${t.providers} | ${t.compatible} |`);
  }
  for (const r of results) {
    if (r.changes.length === 0 && r.consumers.length === 0 && r.types.length === 0) continue;
    out.push("", `### ${r.api}`, "");
    const breaking = r.changes.filter((c) => breaksClients(c.class));
    if (breaking.length) {
      out.push("**Breaking for clients**", "", "| where | change | detail | acknowledged |", "| --- | --- | --- | --- |");
      out.push(...capped(breaking, (c) => `| ${code(c.where)} | ${md(ruleFor(c.rule as ChangeRuleId).title)} (\`${c.rule}\`) | ${code(c.detail)} | ${md(c.acknowledged ?? "")} |`, true));
      out.push("");
    }
    if (r.consumers.length) {
      out.push("**Consumers broken** (committed pact interactions that pass on the base and fail on the head)", "");
      out.push(...capped(r.consumers, (b) => `- breaks ${md(b.consumer)} interaction '${md(b.interaction)}'${b.acknowledged ? ` (acknowledged: ${md(b.acknowledged)})` : ""}: ${md(b.findings[0] ?? "")}`, false));
      out.push("");
    }
    if (r.types.length) {
      out.push("**TypeScript consumers that would no longer compile**", "");
      out.push(...capped(r.types, (b) => `- ${code(b.where)}: ${md(b.message)}${b.acknowledged ? ` (acknowledged: ${md(b.acknowledged)})` : ""}`, false));
      out.push("");
    }
    const providers = r.changes.filter((c) => c.class === "providers");
    const compatible = r.changes.filter((c) => c.class === "compatible");
    for (const [title, list] of [["Breaking for providers only", providers], ["Compatible", compatible]] as const) {
      if (!list.length) continue;
      out.push(`<details><summary>${title} (${list.length})</summary>`, "", "| where | change | detail |", "| --- | --- | --- |");
      out.push(...capped(list, (c) => `| ${code(c.where)} | ${md(ruleFor(c.rule as ChangeRuleId).title)} | ${code(c.detail)} |`, true));
      out.push("", "</details>", "");
    }
  }
  out.push("", "Acknowledge an intended break with an `info.x-breaking-changes` entry (`where`, `change`, `reason`) in the head spec; see docs/diff.md.");
  return `${out.join("\n")}\n`;
}

export function renderJson(results: ApiDiff[]): string {
  return `${JSON.stringify({ reportVersion: DIFF_REPORT_VERSION, breaking: results.some((r) => r.breaking), apis: results.map((r) => ({ ...r, tally: tally(r) })) }, null, 2)}\n`;
}
