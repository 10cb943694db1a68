/** The operations x checks matrix: one row per operation, one cell per check, each cell its worst outcome. */
import type { Text } from "./escape.js";

/** Cell and row states, worst first. */
const STATES = ["failed", "stale", "known", "warning", "passed", "skipped"] as const;
type CellState = (typeof STATES)[number] | "none";
const SYMBOL: Record<CellState, string> = { failed: "✘", stale: "✘", known: "≈", warning: "!", passed: "✔", skipped: "–", none: "" };

/** What the run did to one operation: outcome counts by check, and how many of its cases were skipped. */
export interface OperationRow {
  operationId: string;
  method: string;
  path: string;
  counts: Map<string, Map<string, number>>;
  skipped: number;
}

function cellState(row: OperationRow, check: string): CellState {
  const counts = row.counts.get(check);
  if (!counts) return row.skipped > 0 && row.counts.size === 0 ? "skipped" : "none";
  return STATES.find((st) => (counts.get(st) ?? 0) > 0) ?? "none";
}

export function renderMatrix(t: Text, checks: string[], rows: OperationRow[]): string {
  const head = checks.map((c) => `<th><span>${t(c)}</span></th>`).join("");
  const body = rows
    .map((row) => {
      const states = checks.map((check) => cellState(row, check));
      const worst = STATES.find((st) => states.includes(st)) ?? "none";
      const cells = checks
        .map((check, i) => {
          const st = states[i]!;
          const counts = row.counts.get(check);
          const tip = counts ? [...counts].map(([o, n]) => `${n} ${o}`).join(", ") : st === "skipped" ? `${row.skipped} case(s) skipped` : "not applicable";
          return `<td class="cell ${st}" title="${t(`${check}: ${tip}`)}">${SYMBOL[st]}</td>`;
        })
        .join("");
      return `<tr class="row ${worst}"><th scope="row"><code>${t(row.method)}</code> ${t(row.path)}<br><small>${t(row.operationId)}</small></th>${cells}</tr>`;
    })
    .join("\n");
  return `<section id="matrix"><h2>Operations × checks</h2>
<p class="legend"><span class="cell passed">✔ passed</span> <span class="cell failed">✘ failed</span> <span class="cell known">≈ known difference</span> <span class="cell warning">! warning</span> <span class="cell skipped">– skipped</span>
<label><input type="checkbox" id="only-problems"> only operations with findings</label></p>
<table class="matrix"><thead><tr><th>operation</th>${head}</tr></thead><tbody>
${body}
</tbody></table></section>`;
}
