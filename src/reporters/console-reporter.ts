/**
 * Console: a start line, progress (one updating line on a terminal, otherwise at most one
 * line every 5 s, plus one line per workflow), then a table per operation, every failure
 * with check, operation, pointer, expected vs actual and a curl line, warnings, known
 * differences, cleanup counts and one verdict line: PASSED, FAILED or INCOMPLETE. Writes only
 * through the masked Output.
 */
import type { CheckEvent, RunEvent, RunSummary, SkippedEvent } from "../conform/events.js";
import type { Output } from "./output.js";
import type { Reporter } from "./reporter.js";
import { OperationTallies } from "./tally-operations.js";

const MAX_PRINTED_FAILURES = 40;
const MAX_PRINTED_WARNINGS = 10;

export interface ConsoleOptions {
  /** Write progress as one line rewritten in place (a terminal); text passes through out.mask first. */
  tty?: (text: string) => void;
  /** Least time between two progress lines when not on a terminal (default 5000 ms). */
  progressEveryMs?: number;
  now?: () => number;
}

export class ConsoleReporter implements Reporter {
  private readonly tallies = new OperationTallies();
  private readonly failures: CheckEvent[] = [];
  private readonly warnings: CheckEvent[] = [];
  private readonly known: CheckEvent[] = [];
  private readonly skipped: SkippedEvent[] = [];
  private requests = 0;
  private checks = 0;
  private planned = 0;
  private lastProgress: number;
  private progressShown = false;
  private readonly now: () => number;

  constructor(private readonly out: Output, private readonly options: ConsoleOptions = {}) {
    this.now = options.now ?? (() => performance.now());
    this.lastProgress = this.now();
  }

  onEvent(event: RunEvent): void {
    switch (event.type) {
      case "run-started":
        this.planned = event.caseCount;
        this.out.line(`conform ${event.api} at ${event.baseUrl}: ${event.operationCount} operations, ${event.caseCount} cases, ${event.workflowCount} workflows, seed ${event.seed}`);
        if (event.target) this.out.line(`  target: ${event.target.kind} (${event.target.detectedBy})`);
        this.out.line(`  phases: ${event.phases.join(", ")}; checks: ${event.checks.join(", ")}`);
        for (const note of event.notes ?? []) this.out.line(`  ${note}`);
        break;
      case "exchange":
        this.requests++;
        this.progress();
        break;
      case "check":
        this.checks++;
        this.tallies.add(event);
        if (event.outcome === "failed" || event.outcome === "stale") this.failures.push(event);
        else if (event.outcome === "warning") this.warnings.push(event);
        else if (event.outcome === "known") this.known.push(event);
        break;
      case "skipped":
        this.skipped.push(event);
        break;
      case "workflow":
        this.clearProgress();
        this.out.line(`  workflow ${event.workflowId}: ${event.outcome} (${event.steps} steps, ${event.requests} requests, ${event.durationMs} ms)${event.outcome === "incomplete" && event.message ? ` - ${event.message}` : ""}`);
        break;
      case "stopping":
        this.clearProgress();
        this.out.line(`stopping (${event.reason}): no new requests; cleaning up ${plural(event.resources, "resource")}${event.createsInFlight ? ` and what ${plural(event.createsInFlight, "create")} in flight may make` : ""} (at most ${event.budgetSeconds} s)`);
        break;
      case "cleanup":
        if (event.outcome === "failed") this.out.line(`  cleanup ${event.resource}: ${event.outcome}${event.message ? ` - ${event.message}` : ""}`);
        break;
      case "run-finished":
        this.clearProgress();
        this.printSummary(event.summary);
        break;
    }
  }

  private progress(): void {
    const text = `  ... ${this.requests} requests (${this.planned} cases planned), ${this.checks} checks, ${this.failures.length} failed`;
    if (this.options.tty) {
      this.options.tty(`\r\x1b[2K${this.out.mask(text)}`);
      this.progressShown = true;
      return;
    }
    if (this.now() - this.lastProgress < (this.options.progressEveryMs ?? 5000)) return;
    this.lastProgress = this.now();
    this.out.line(text);
  }

  private clearProgress(): void {
    if (this.options.tty && this.progressShown) this.options.tty("\r\x1b[2K");
    this.progressShown = false;
  }

  private printSummary(summary: RunSummary): void {
    const rows = this.tallies.list().map((t) => [t.operationId, `${t.method} ${t.path}`, String(t.passed + t.failed + t.warning + t.known + t.stale), String(t.passed), String(t.failed + t.stale), String(t.warning), String(t.known)]);
    this.out.line("");
    this.out.line(table(["operation", "request", "checks", "passed", "failed", "warnings", "known"], rows));
    if (this.skipped.length > 0) {
      const reasons = new Map<string, number>();
      for (const s of this.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
      this.out.line("");
      for (const [reason, count] of reasons) this.out.line(`skipped ${count}: ${reason}`);
    }
    if (this.warnings.length > 0) {
      this.out.line("");
      this.out.line(`WARNINGS (${this.warnings.length}): values outside x-known-values (not failures)`);
      for (const w of this.warnings.slice(0, MAX_PRINTED_WARNINGS)) this.out.line(`  ${w.operationId} (${w.method} ${w.path})${w.failure?.pointer ? ` at ${w.failure.pointer}` : ""}: ${w.failure?.message ?? ""}`);
      if (this.warnings.length > MAX_PRINTED_WARNINGS) this.out.line(`  ... and ${this.warnings.length - MAX_PRINTED_WARNINGS} more (see --report-json)`);
    }
    if (this.known.length > 0) {
      const reasons = new Map<string, number>();
      for (const k of this.known) {
        const key = `${k.check} ${k.operationId}: ${k.difference?.reason ?? ""}`;
        reasons.set(key, (reasons.get(key) ?? 0) + 1);
      }
      this.out.line("");
      this.out.line(`KNOWN DIFFERENCES (${this.known.length}, not failures)`);
      for (const [key, count] of reasons) this.out.line(`  ${count} x ${key}`);
    }
    if (this.failures.length > 0) {
      this.out.line("");
      this.out.line(`FAILURES (${this.failures.length})`);
      this.failures.slice(0, MAX_PRINTED_FAILURES).forEach((f, i) => {
        const d = f.failure!;
        this.out.line(`${i + 1}) ${f.outcome === "stale" ? "STALE " : ""}${f.check} - ${f.operationId}${f.method ? ` (${f.method} ${f.path})` : ""}${f.workflowId ? ` in workflow ${f.workflowId}` : ""}`);
        this.out.line(`   ${d.message}`);
        if (d.pointer) this.out.line(`   at ${d.pointer}`);
        if (d.expected !== undefined) this.out.line(`   expected: ${brief(d.expected)}`);
        if (d.actual !== undefined) this.out.line(`   actual:   ${brief(d.actual)}`);
        this.out.line(`   case: ${f.caseId}${f.description ? ` - ${f.description}` : ""}`);
        if (d.curl) this.out.line(`   reproduce: ${d.curl}`);
      });
      if (this.failures.length > MAX_PRINTED_FAILURES) this.out.line(`... and ${this.failures.length - MAX_PRINTED_FAILURES} more (see --report-json)`);
    }
    const c = summary.cleanup;
    if (c.deleted + c.alreadyGone + c.failed + c.notDeletable > 0) {
      this.out.line(`\ncleanup: ${c.deleted} deleted, ${c.alreadyGone} already gone, ${c.failed} failed, ${c.notDeletable} not deletable`);
    }
    if (summary.leftovers.length > 0) {
      const shown = summary.leftovers.slice(0, 8).join("; ");
      const more = summary.leftovers.length > 8 ? `; ... ${summary.leftovers.length - 8} more` : "";
      this.out.line(`left over (${summary.leftovers.length}, not deletable through the API or teardown failed): ${shown}${more}`);
    }
    this.out.line(`\n${verdictLine(summary)}`);
  }
}

export function verdictLine(s: RunSummary): string {
  const counts = `${s.checks} checks, ${s.passed} passed, ${s.failed} failed, ${s.warnings} warnings, ${s.known} known, ${s.stale} stale, ${s.skipped} skipped; ${s.requests} requests in ${(s.durationMs / 1000).toFixed(1)} s`;
  if (s.verdict === "incomplete" && s.incomplete) {
    const i = s.incomplete;
    const ops = i.operationsNotRun.length > 0 ? ` (${i.operationsNotRun.slice(0, 6).join(", ")}${i.operationsNotRun.length > 6 ? ", ..." : ""})` : "";
    return `INCOMPLETE: ${i.reason}; did not run: ${i.casesNotRun} cases${ops}, ${i.workflowsNotRun} workflows. So far: ${counts}`;
  }
  return `${s.verdict === "failed" ? "FAILED" : "PASSED"}: ${counts}`;
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cols: string[]) => cols.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function brief(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text === undefined ? "undefined" : text.length > 300 ? `${text.slice(0, 300)}...` : text;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
