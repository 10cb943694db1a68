/** Fold check events into per-operation and per-(operation, check) counts for the reports. */
import type { CheckEvent, CheckOutcome } from "../conform/events.js";

export type OutcomeCounts = Record<CheckOutcome, number>;

export interface CheckCount extends OutcomeCounts {
  check: string;
}

export interface OperationTally extends OutcomeCounts {
  operationId: string;
  method: string;
  path: string;
  checks: Map<string, CheckCount>;
}

const zero = (): OutcomeCounts => ({ passed: 0, failed: 0, warning: 0, known: 0, stale: 0 });

export class OperationTallies {
  readonly byOperation = new Map<string, OperationTally>();

  add(event: CheckEvent): void {
    const key = `${event.operationId} ${event.method}`;
    let tally = this.byOperation.get(key);
    if (!tally) {
      tally = { operationId: event.operationId, method: event.method, path: event.path, ...zero(), checks: new Map() };
      this.byOperation.set(key, tally);
    }
    let count = tally.checks.get(event.check);
    if (!count) {
      count = { check: event.check, ...zero() };
      tally.checks.set(event.check, count);
    }
    count[event.outcome]++;
    tally[event.outcome]++;
  }

  list(): OperationTally[] {
    return [...this.byOperation.values()];
  }
}
