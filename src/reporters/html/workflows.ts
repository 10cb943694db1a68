/** The workflows section: each workflow with its outcome and timing, and a table of its steps. */
import type { ExchangeEvent, WorkflowEvent } from "../../conform/events.js";
import { cls, type Text } from "./escape.js";

interface StepRow {
  step: string;
  operationId: string;
  requests: number;
  statuses: string[];
  durationMs: number;
}

export function renderWorkflows(t: Text, workflows: WorkflowEvent[], exchanges: ExchangeEvent[]): string {
  if (workflows.length === 0) return `<section id="workflows"><h2>Workflows</h2><p>No workflow ran.</p></section>`;
  const rows = workflows
    .map((w) => {
      const steps = stepRows(exchanges, w.workflowId);
      const stepList = steps.length
        ? `<table class="steps"><thead><tr><th>step</th><th>operation</th><th>requests</th><th>statuses</th><th>time</th></tr></thead><tbody>${steps
            .map((st) => `<tr><td>${t(st.step)}</td><td>${t(st.operationId)}</td><td>${st.requests}</td><td>${t(st.statuses.join(" "))}</td><td>${st.durationMs} ms</td></tr>`)
            .join("")}</tbody></table>`
        : "";
      return `<details class="workflow ${cls(w.outcome)}"${w.outcome === "failed" ? " open" : ""}><summary><span class="badge ${cls(w.outcome)}">${t(w.outcome)}</span> <b>${t(
        w.workflowId,
      )}</b> — ${w.steps} steps, ${w.requests} requests, ${(w.durationMs / 1000).toFixed(2)} s${w.message ? `: ${t(w.message)}` : ""}</summary>${stepList}</details>`;
    })
    .join("\n");
  return `<section id="workflows"><h2>Workflows (${workflows.length})</h2>${rows}</section>`;
}

/** Workflow steps from the exchanges whose case id is `<workflowId>/<stepId>`, in order. */
function stepRows(exchanges: ExchangeEvent[], workflowId: string): StepRow[] {
  const rows = new Map<string, StepRow>();
  for (const e of exchanges) {
    if (!e.caseId.startsWith(`${workflowId}/`)) continue;
    const step = e.caseId.slice(workflowId.length + 1);
    const row = rows.get(step) ?? { step, operationId: e.operationId, requests: 0, statuses: [], durationMs: 0 };
    row.requests++;
    const status = e.status === undefined ? "—" : String(e.status);
    if (row.statuses[row.statuses.length - 1] !== status) row.statuses.push(status);
    row.durationMs += e.durationMs;
    rows.set(step, row);
  }
  return [...rows.values()];
}
