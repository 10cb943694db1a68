/** Fold check events into per-operation and per-(operation, check) counts for the reports. */
import type { CheckEvent } from "../conform/events.js";

export interface CheckCount {
  check: string;
  passed: number;
  failed: number;
}

export interface OperationTally {
  operationId: string;
  method: string;
  path: string;
  passed: number;
  failed: number;
  checks: Map<string, CheckCount>;
}

export class OperationTallies {
  readonly byOperation = new Map<string, OperationTally>();

  add(event: CheckEvent): void {
    const key = `${event.operationId} ${event.method}`;
    let tally = this.byOperation.get(key);
    if (!tally) {
      tally = { operationId: event.operationId, method: event.method, path: event.path, passed: 0, failed: 0, checks: new Map() };
      this.byOperation.set(key, tally);
    }
    let count = tally.checks.get(event.check);
    if (!count) {
      count = { check: event.check, passed: 0, failed: 0 };
      tally.checks.set(event.check, count);
    }
    count[event.outcome]++;
    tally[event.outcome]++;
  }

  list(): OperationTally[] {
    return [...this.byOperation.values()];
  }
}
