/**
 * Console: a start line, a progress counter (at most one line a second, plus one line per
 * workflow), then a table per operation and every failure with check, operation, pointer,
 * expected vs actual and a curl line. Writes only through the masked Output.
 */
import type { CheckEvent, RunEvent, SkippedEvent } from "../conform/events.js";
import type { Output } from "./output.js";
import type { Reporter } from "./reporter.js";
import { OperationTallies } from "./tally-operations.js";

const MAX_PRINTED_FAILURES = 40;

export class ConsoleReporter implements Reporter {
  private readonly tallies = new OperationTallies();
  private readonly failures: CheckEvent[] = [];
  private readonly skipped: SkippedEvent[] = [];
  private requests = 0;
  private checks = 0;
  private lastProgress = performance.now();

  constructor(private readonly out: Output, private readonly progressEveryMs = 1000) {}

  onEvent(event: RunEvent): void {
    switch (event.type) {
      case "run-started":
        this.out.line(`conform ${event.api} at ${event.baseUrl}: ${event.operationCount} operations, ${event.caseCount} cases, ${event.workflowCount} workflows, seed ${event.seed}`);
        this.out.line(`  phases: ${event.phases.join(", ")}; checks: ${event.checks.join(", ")}`);
        break;
      case "exchange":
        this.requests++;
        if (performance.now() - this.lastProgress >= this.progressEveryMs) {
          this.lastProgress = performance.now();
          this.out.line(`  ... ${this.requests} requests, ${this.checks} checks, ${this.failures.length} failed`);
        }
        break;
      case "check":
        this.checks++;
        this.tallies.add(event);
        if (event.outcome === "failed") this.failures.push(event);
        break;
      case "skipped":
        this.skipped.push(event);
        break;
      case "workflow":
        this.out.line(`  workflow ${event.workflowId}: ${event.outcome} (${event.steps} steps, ${event.requests} requests, ${event.durationMs} ms)`);
        break;
      case "cleanup":
        if (event.outcome === "failed") this.out.line(`  cleanup ${event.resource}: ${event.outcome}${event.message ? ` - ${event.message}` : ""}`);
        break;
      case "run-finished":
        this.printSummary(event.summary);
        break;
    }
  }

  private printSummary(summary: Extract<RunEvent, { type: "run-finished" }>["summary"]): void {
    const rows = this.tallies.list().map((t) => [t.operationId, `${t.method} ${t.path}`, String(t.passed + t.failed), String(t.passed), String(t.failed)]);
    this.out.line("");
    this.out.line(table(["operation", "request", "checks", "passed", "failed"], rows));
    if (this.skipped.length > 0) {
      const reasons = new Map<string, number>();
      for (const s of this.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
      this.out.line("");
      for (const [reason, count] of reasons) this.out.line(`skipped ${count}: ${reason}`);
    }
    if (this.failures.length > 0) {
      this.out.line("");
      this.out.line(`FAILURES (${this.failures.length})`);
      this.failures.slice(0, MAX_PRINTED_FAILURES).forEach((f, i) => {
        const d = f.failure!;
        this.out.line(`${i + 1}) ${f.check} - ${f.operationId} (${f.method} ${f.path})${f.workflowId ? ` in workflow ${f.workflowId}` : ""}`);
        this.out.line(`   ${d.message}`);
        if (d.pointer) this.out.line(`   at ${d.pointer}`);
        if (d.expected !== undefined) this.out.line(`   expected: ${brief(d.expected)}`);
        if (d.actual !== undefined) this.out.line(`   actual:   ${brief(d.actual)}`);
        this.out.line(`   case: ${f.caseId}${f.description ? ` - ${f.description}` : ""}`);
        if (d.curl) this.out.line(`   reproduce: ${d.curl}`);
      });
      if (this.failures.length > MAX_PRINTED_FAILURES) this.out.line(`... and ${this.failures.length - MAX_PRINTED_FAILURES} more (see --report-json)`);
    }
    if (summary.leftovers.length > 0) {
      const shown = summary.leftovers.slice(0, 8).join("; ");
      const more = summary.leftovers.length > 8 ? `; ... ${summary.leftovers.length - 8} more` : "";
      this.out.line(`\nleft over (${summary.leftovers.length}, not deletable through the API or teardown failed): ${shown}${more}`);
    }
    if (summary.aborted) this.out.line(`\nrun stopped early: ${summary.aborted}`);
    this.out.line(
      `\n${summary.failed > 0 ? "FAILED" : "PASSED"}: ${summary.checks} checks, ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped; ${summary.requests} requests in ${(summary.durationMs / 1000).toFixed(1)} s`,
    );
  }
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
