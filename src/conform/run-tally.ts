/**
 * Counts a run's events and gives each failed check its final outcome: a finding with the
 * `x-known-values` keyword is a warning, one covered by --expect-differences is known; at the
 * end, entries that matched nothing come back as stale findings.
 */
import { KNOWN_VALUES_KEYWORD } from "../validate/create-ajv.js";
import { matchDifference, toRef, type Difference } from "./differences.js";
import type { CheckEvent, CleanupCounts, EmitEvent, RunEvent } from "./events.js";

export class RunTally {
  checks = 0;
  passed = 0;
  failed = 0;
  warnings = 0;
  known = 0;
  stale = 0;
  skipped = 0;
  readonly cleanup: CleanupCounts = { deleted: 0, alreadyGone: 0, failed: 0, notDeletable: 0 };
  private readonly matched = new Set<Difference>();
  /** "operationId check" pairs that ran at least once (whatever the outcome). */
  private readonly judged = new Set<string>();

  constructor(private readonly differences: readonly Difference[], private readonly emit: EmitEvent) {}

  /** Judge, count and pass on one event. */
  readonly push: EmitEvent = (event: RunEvent) => {
    if (event.type === "check") {
      const judged = this.judge(event);
      this.count(judged);
      this.emit(judged);
      return;
    }
    if (event.type === "skipped") this.skipped++;
    else if (event.type === "cleanup") {
      const key = ({ deleted: "deleted", "already-gone": "alreadyGone", failed: "failed", "not-deletable": "notDeletable" } as const)[event.outcome];
      this.cleanup[key]++;
    }
    this.emit(event);
  };

  private judge(event: CheckEvent): CheckEvent {
    if (event.outcome !== "failed" || !event.failure) return event;
    if (event.failure.keyword === KNOWN_VALUES_KEYWORD) return { ...event, outcome: "warning" };
    const difference = matchDifference(this.differences, { operationId: event.operationId, check: event.check, message: event.failure.message, status: event.failure.status });
    if (!difference) return event;
    this.matched.add(difference);
    return { ...event, outcome: "known", difference: toRef(difference) };
  }

  private count(event: CheckEvent): void {
    this.checks++;
    this.judged.add(`${event.operationId} ${event.check}`);
    if (event.outcome === "warning") this.warnings++;
    else this.passedOr(event.outcome);
  }

  private passedOr(outcome: CheckEvent["outcome"]): void {
    if (outcome === "passed") this.passed++;
    else if (outcome === "failed") this.failed++;
    else if (outcome === "known") this.known++;
    else if (outcome === "stale") this.stale++;
  }

  /**
   * Entries that matched no finding, among those this run judged (the check ran at least once
   * on the operation). Emitted as stale check events.
   */
  reportStale(operations: ReadonlyArray<{ operationId: string; method: string; path: string }>): void {
    const ran = [...this.judged].map((pair) => pair.split(" ") as [string, string]);
    for (const d of this.differences) {
      if (this.matched.has(d)) continue;
      if (!ran.some(([op, check]) => (d.operation === "*" || d.operation === op) && (d.check === "*" || d.check === check))) continue;
      const operation = operations.find((o) => o.operationId === d.operation);
      this.push({
        type: "check",
        check: d.check === "*" ? "expected_difference" : d.check,
        outcome: "stale",
        operationId: d.operation,
        method: operation?.method.toUpperCase() ?? "",
        path: operation?.path ?? "",
        caseId: `expect-differences/${d.index}`,
        description: `--expect-differences entry ${d.index}`,
        failure: { message: `stale known difference (entry ${d.index}): no finding matched it in this run; remove or update it (${d.reason})` },
        difference: toRef(d),
      });
    }
  }
}
