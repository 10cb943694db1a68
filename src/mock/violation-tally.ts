/** Counts of proxied calls and their violations per API and operation, and the summary table printed at shutdown. */
import type { ExchangeViolation } from "../evidence/validate-exchange.js";

export interface OperationCount {
  api: string;
  operation: string;
  calls: number;
  requestErrors: number;
  responseErrors: number;
  warnings: number;
  /** Calls the upstream did not answer. */
  upstreamFailures: number;
}

export class ViolationTally {
  readonly rows = new Map<string, OperationCount>();

  private row(api: string, operation: string): OperationCount {
    const key = `${api}\0${operation}`;
    let row = this.rows.get(key);
    if (!row) {
      row = { api, operation, calls: 0, requestErrors: 0, responseErrors: 0, warnings: 0, upstreamFailures: 0 };
      this.rows.set(key, row);
    }
    return row;
  }

  addCall(api: string, operation: string, violations: ExchangeViolation[]): void {
    const row = this.row(api, operation);
    row.calls++;
    for (const v of violations) {
      if (v.severity === "warning") row.warnings++;
      else if (v.direction === "request") row.requestErrors++;
      else row.responseErrors++;
    }
  }

  addUpstreamFailure(api: string, operation: string): void {
    const row = this.row(api, operation);
    row.calls++;
    row.upstreamFailures++;
  }

  /** Error-level violations (warnings excluded). */
  get errorCount(): number {
    let n = 0;
    for (const row of this.rows.values()) n += row.requestErrors + row.responseErrors;
    return n;
  }

  formatSummary(): string {
    const rows = [...this.rows.values()].sort((a, b) => a.api.localeCompare(b.api) || a.operation.localeCompare(b.operation));
    if (rows.length === 0) return "proxy summary: no calls";
    const header = ["API", "operation", "calls", "request violations", "response violations", "warnings", "upstream failures"];
    const cells = rows.map((r) => [r.api, r.operation, r.calls, r.requestErrors, r.responseErrors, r.warnings, r.upstreamFailures].map(String));
    const total = (pick: (r: OperationCount) => number) => String(rows.reduce((sum, r) => sum + pick(r), 0));
    cells.push(["total", "", total((r) => r.calls), total((r) => r.requestErrors), total((r) => r.responseErrors), total((r) => r.warnings), total((r) => r.upstreamFailures)]);
    const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
    const line = (cols: string[]) => cols.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
    return ["proxy summary:", line(header), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
  }
}

/** One violation as one line: operation, direction, rule, where (JSON pointer, "-" for the whole part), message. */
export function formatViolation(api: string, v: ExchangeViolation): string {
  return `[${api}] ${v.severity === "warning" ? "warning" : "violation"} ${v.operation} ${v.direction} ${v.rule} ${v.where || "-"} ${v.message}`;
}
