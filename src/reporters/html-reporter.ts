/**
 * --report-html: the run as one self-contained HTML page (inline CSS and a few lines of inline
 * JS, a Content-Security-Policy that allows no network access): summary, a matrix of operations
 * x checks, every failure with its request, the answer, the violated rule and a curl line, the
 * workflows with their steps and timings, skips and cleanup.
 *
 * Everything shown comes from run events (response values come from untrusted servers): each
 * text is masked through `Output.mask` and HTML-escaped before it is placed, and the file is
 * written through `Output.file` (masked again).
 */
import type { CheckEvent, CleanupEvent, ExchangeEvent, RunEvent, RunStartedEvent, RunSummary, SkippedEvent, WorkflowEvent } from "../conform/events.js";
import type { Output } from "./output.js";
import type { Reporter } from "./reporter.js";

/** Cell and row states, worst first. */
const STATES = ["failed", "stale", "known", "warning", "passed", "skipped"] as const;
type CellState = (typeof STATES)[number] | "none";
const SYMBOL: Record<CellState, string> = { failed: "✘", stale: "✘", known: "≈", warning: "!", passed: "✔", skipped: "–", none: "" };

interface OperationRow {
  operationId: string;
  method: string;
  path: string;
  counts: Map<string, Map<string, number>>;
  skipped: number;
}

interface Difference {
  reason?: string;
  source?: string;
}

export class HtmlReporter implements Reporter {
  private started?: RunStartedEvent;
  private summary?: RunSummary;
  private readonly operations = new Map<string, OperationRow>();
  private readonly findings: CheckEvent[] = [];
  private readonly skipped: SkippedEvent[] = [];
  private readonly workflows: WorkflowEvent[] = [];
  private readonly steps: ExchangeEvent[] = [];
  private readonly cleanup: CleanupEvent[] = [];
  private readonly checks = new Set<string>();

  constructor(private readonly out: Output, private readonly filePath: string) {}

  onEvent(event: RunEvent): void {
    switch (event.type) {
      case "run-started":
        this.started = event;
        for (const check of event.checks) this.checks.add(check);
        break;
      case "check": {
        this.checks.add(event.check);
        const counts = this.row(event).counts;
        const byOutcome = counts.get(event.check) ?? new Map<string, number>();
        const outcome = String(event.outcome);
        byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
        counts.set(event.check, byOutcome);
        if (outcome !== "passed") this.findings.push(event);
        break;
      }
      case "skipped":
        this.row(event).skipped++;
        this.skipped.push(event);
        break;
      case "exchange":
        if (event.kind === "workflow") this.steps.push(event);
        break;
      case "workflow":
        this.workflows.push(event);
        break;
      case "cleanup":
        this.cleanup.push(event);
        break;
      case "run-finished":
        this.summary = event.summary;
        break;
    }
  }

  async finish(): Promise<void> {
    if (this.started || this.summary) await this.out.file(this.filePath, this.render());
  }

  private row(event: { operationId: string; method: string; path: string }): OperationRow {
    const key = `${event.operationId} ${event.method}`;
    let row = this.operations.get(key);
    if (!row) {
      row = { operationId: event.operationId, method: event.method, path: event.path, counts: new Map(), skipped: 0 };
      this.operations.set(key, row);
    }
    return row;
  }

  /** Mask, then escape: the only way text gets into the page. */
  private t = (value: unknown): string => escapeHtml(this.out.mask(typeof value === "string" ? value : value === undefined ? "" : JSON.stringify(value, null, 2) ?? String(value)));

  render(): string {
    const s = this.started;
    const sum = this.summary;
    const failed = (sum?.failed ?? 0) + (count(sum, "stale") ?? 0);
    const verdict = String((sum as { verdict?: string } | undefined)?.verdict ?? (failed > 0 ? "failed" : sum ? "passed" : "incomplete"));
    const title = `conform ${s?.api ?? ""}: ${verdict}`;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${this.t(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>conform <span class="api">${this.t(s?.api)}</span> <span class="verdict ${cls(verdict)}">${this.t(verdict.toUpperCase())}</span></h1>
<p class="meta">${this.t(s?.baseUrl)} · seed ${this.t(String(s?.seed ?? ""))} · phases ${this.t(s?.phases.join(", "))}${this.targetText()}</p></header>
<main>
${this.renderSummary(sum)}
${this.renderMatrix()}
${this.renderFailures()}
${this.renderWorkflows()}
${this.renderSkipped()}
${this.renderCleanup()}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
  }

  private targetText(): string {
    const target = (this.started as { target?: { kind: string; detectedBy: string } } | undefined)?.target;
    return target ? ` · target ${this.t(target.kind)} (${this.t(target.detectedBy)})` : "";
  }

  private renderSummary(sum: RunSummary | undefined): string {
    if (!sum) return `<section id="summary"><h2>Summary</h2><p class="warn">The run did not finish.</p></section>`;
    const cards: Array<[string, number | undefined, string]> = [
      ["checks", sum.checks, ""], ["passed", sum.passed, "passed"], ["failed", sum.failed, sum.failed ? "failed" : ""],
      ["warnings", count(sum, "warnings"), "warning"], ["known", count(sum, "known"), "known"], ["stale", count(sum, "stale"), "stale"],
      ["skipped", sum.skipped, "skipped"], ["requests", sum.requests, ""], ["workflows", sum.workflows, ""],
    ];
    const incomplete = (sum as { incomplete?: { reason: string } }).incomplete?.reason ?? sum.aborted;
    return `<section id="summary"><h2>Summary</h2><div class="cards">${cards
      .filter(([, n]) => n !== undefined)
      .map(([label, n, c]) => `<div class="card ${c}"><b>${n}</b><span>${label}</span></div>`)
      .join("")}<div class="card"><b>${(sum.durationMs / 1000).toFixed(1)} s</b><span>duration</span></div></div>${
      incomplete ? `<p class="warn">Incomplete: ${this.t(incomplete)}</p>` : ""
    }${sum.leftovers.length ? `<p class="warn">Left behind (not deleted): ${this.t(sum.leftovers.join(", "))}</p>` : ""}</section>`;
  }

  private renderMatrix(): string {
    const checks = [...this.checks];
    const rows = [...this.operations.values()];
    const head = checks.map((c) => `<th><span>${this.t(c)}</span></th>`).join("");
    const body = rows
      .map((row) => {
        const states = checks.map((check) => cellState(row, check));
        const worst = STATES.find((st) => states.includes(st)) ?? "none";
        const cells = checks
          .map((check, i) => {
            const st = states[i]!;
            const counts = row.counts.get(check);
            const tip = counts ? [...counts].map(([o, n]) => `${n} ${o}`).join(", ") : st === "skipped" ? `${row.skipped} case(s) skipped` : "not applicable";
            return `<td class="cell ${st}" title="${this.t(`${check}: ${tip}`)}">${SYMBOL[st]}</td>`;
          })
          .join("");
        return `<tr class="row ${worst}"><th scope="row"><code>${this.t(row.method)}</code> ${this.t(row.path)}<br><small>${this.t(row.operationId)}</small></th>${cells}</tr>`;
      })
      .join("\n");
    return `<section id="matrix"><h2>Operations × checks</h2>
<p class="legend"><span class="cell passed">✔ passed</span> <span class="cell failed">✘ failed</span> <span class="cell known">≈ known difference</span> <span class="cell warning">! warning</span> <span class="cell skipped">– skipped</span>
<label><input type="checkbox" id="only-problems"> only operations with findings</label></p>
<table class="matrix"><thead><tr><th>operation</th>${head}</tr></thead><tbody>
${body}
</tbody></table></section>`;
  }

  private renderFailures(): string {
    const failures = this.findings.filter((f) => ["failed", "stale"].includes(String(f.outcome)));
    const others = this.findings.filter((f) => !["failed", "stale"].includes(String(f.outcome)));
    const items = (list: CheckEvent[], open: boolean) => list.map((f, i) => this.renderFinding(f, i, open)).join("\n");
    return `<section id="failures"><h2>Failures (${failures.length})</h2>
${failures.length ? `<p><button type="button" id="toggle-all">collapse all</button></p>${items(failures, true)}` : "<p>No check failed.</p>"}
${others.length ? `<h2>Known differences and warnings (${others.length})</h2>${items(others, false)}` : ""}
</section>`;
  }

  private renderFinding(f: CheckEvent, index: number, open: boolean): string {
    const d = f.failure;
    const outcome = String(f.outcome);
    const difference = (f as { difference?: Difference }).difference;
    const keyword = (d as { keyword?: string } | undefined)?.keyword;
    const request = d?.curl ? parseCurl(d.curl) : undefined;
    const rule = [
      ["check", f.check],
      ["keyword", keyword],
      ["at", d?.pointer],
      ["expected", d?.expected],
    ].filter(([, v]) => v !== undefined);
    return `<details class="finding ${cls(outcome)}" id="finding-${index}-${cls(f.caseId)}"${open ? " open" : ""}>
<summary><span class="badge ${cls(outcome)}">${this.t(outcome)}</span> <b>${this.t(f.check)}</b> — ${this.t(f.operationId)} <code>${this.t(f.method)} ${this.t(f.path)}</code>: ${this.t(d?.message ?? "")}</summary>
<div class="grid">
<div><h4>Violated rule</h4><dl>${rule.map(([k, v]) => `<dt>${k}</dt><dd><pre>${this.t(v)}</pre></dd>`).join("")}<dt>case</dt><dd>${this.t(f.caseId)}${f.workflowId ? ` (workflow ${this.t(f.workflowId)})` : ""}</dd><dt>why sent</dt><dd>${this.t(f.description)}</dd>${
      difference ? `<dt>difference entry</dt><dd>${this.t(difference.reason)}${difference.source ? `<br><small>${this.t(difference.source)}</small>` : ""}</dd>` : ""
    }</dl></div>
<div><h4>Request</h4>${
      request
        ? `<pre class="http">${this.t(`${request.method} ${request.url}`)}\n${this.t(request.headers.join("\n"))}${request.body !== undefined ? `\n\n${this.t(prettyJson(request.body))}` : ""}</pre>`
        : `<pre class="http">${this.t(`${f.method} ${f.path}`)}</pre>`
    }</div>
<div><h4>Response</h4><pre class="http">${this.t(d?.status === undefined ? "no response" : `HTTP ${d.status}`)}</pre>${
      d?.actual !== undefined ? `<p>value${d.pointer ? ` at <code>${this.t(d.pointer)}</code>` : ""}:</p><pre>${this.t(d.actual)}</pre>` : ""
    }</div>
</div>
${d?.curl ? `<h4>Reproduce</h4><pre class="curl">${this.t(d.curl)}</pre>` : ""}
</details>`;
  }

  private renderWorkflows(): string {
    if (this.workflows.length === 0) return `<section id="workflows"><h2>Workflows</h2><p>No workflow ran.</p></section>`;
    const rows = this.workflows
      .map((w) => {
        const steps = stepRows(this.steps, w.workflowId);
        const stepList = steps.length
          ? `<table class="steps"><thead><tr><th>step</th><th>operation</th><th>requests</th><th>statuses</th><th>time</th></tr></thead><tbody>${steps
              .map((st) => `<tr><td>${this.t(st.step)}</td><td>${this.t(st.operationId)}</td><td>${st.requests}</td><td>${this.t(st.statuses.join(" "))}</td><td>${st.durationMs} ms</td></tr>`)
              .join("")}</tbody></table>`
          : "";
        return `<details class="workflow ${cls(w.outcome)}"${w.outcome === "failed" ? " open" : ""}><summary><span class="badge ${cls(w.outcome)}">${this.t(w.outcome)}</span> <b>${this.t(
          w.workflowId,
        )}</b> — ${w.steps} steps, ${w.requests} requests, ${(w.durationMs / 1000).toFixed(2)} s${w.message ? `: ${this.t(w.message)}` : ""}</summary>${stepList}</details>`;
      })
      .join("\n");
    return `<section id="workflows"><h2>Workflows (${this.workflows.length})</h2>${rows}</section>`;
  }

  private renderSkipped(): string {
    if (this.skipped.length === 0) return "";
    return `<section id="skipped"><details><summary><h2>Skipped (${this.skipped.length})</h2></summary><ul>${this.skipped
      .map((s) => `<li><code>${this.t(s.method)} ${this.t(s.path)}</code> ${this.t(s.caseId)}: ${this.t(s.reason)}</li>`)
      .join("")}</ul></details></section>`;
  }

  private renderCleanup(): string {
    if (this.cleanup.length === 0) return "";
    return `<section id="cleanup"><h2>Cleanup (${this.cleanup.length})</h2><ul>${this.cleanup
      .map((c) => `<li><span class="badge ${cls(c.outcome)}">${this.t(c.outcome)}</span> ${this.t(c.resource)}${c.message ? `: ${this.t(c.message)}` : ""}</li>`)
      .join("")}</ul></section>`;
  }
}

function count(sum: RunSummary | undefined, key: string): number | undefined {
  const value = (sum as unknown as Record<string, unknown> | undefined)?.[key];
  return typeof value === "number" ? value : undefined;
}

function cellState(row: OperationRow, check: string): CellState {
  const counts = row.counts.get(check);
  if (!counts) return row.skipped > 0 && row.counts.size === 0 ? "skipped" : "none";
  return STATES.find((st) => (counts.get(st) ?? 0) > 0) ?? "none";
}

interface StepRow {
  step: string;
  operationId: string;
  requests: number;
  statuses: string[];
  durationMs: number;
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

/** Read back the curl line of src/conform/http-request.ts (`-X`, `-H '...'`, `--data-raw '...'`, URL last). */
export function parseCurl(curl: string): { method: string; url: string; headers: string[]; body?: string } {
  const tokens = [...curl.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2]!));
  let method = "GET";
  let url = "";
  let body: string | undefined;
  const headers: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === "-X") method = tokens[++i] ?? method;
    else if (token === "-H") headers.push(tokens[++i] ?? "");
    else if (token === "--data-raw" || token === "-d") body = tokens[++i];
    else if (token !== "-i") url = token;
  }
  return { method, url, headers, body };
}

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}

/** A class name from untrusted text: letters, digits and dashes only. */
const cls = (text: string) => text.toLowerCase().replace(/[^a-z0-9-]+/g, "-");

const CSS = `
:root{--ok:#1a7f37;--bad:#cf222e;--known:#8250df;--warn:#9a6700;--skip:#6e7781;--bg:#fff;--fg:#1f2328;--line:#d0d7de;--soft:#f6f8fa}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
header{padding:16px 24px;border-bottom:1px solid var(--line);background:var(--soft)}h1{margin:0;font-size:22px}.meta{margin:4px 0 0;color:#57606a}
main{padding:8px 24px 40px;max-width:1400px}h2{font-size:18px;margin:24px 0 8px}h4{margin:8px 0 4px}
.verdict{padding:2px 8px;border-radius:6px;color:#fff;background:var(--skip);font-size:14px;vertical-align:middle}.verdict.passed{background:var(--ok)}.verdict.failed{background:var(--bad)}
.cards{display:flex;flex-wrap:wrap;gap:8px}.card{border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:90px;text-align:center}.card b{display:block;font-size:20px}.card span{color:#57606a;font-size:12px}
.card.failed b,.card.stale b{color:var(--bad)}.card.passed b{color:var(--ok)}.card.known b{color:var(--known)}.card.warning b{color:var(--warn)}
.matrix{border-collapse:collapse;font-size:13px}.matrix th,.matrix td{border:1px solid var(--line);padding:3px 6px}.matrix thead th{vertical-align:bottom;background:var(--soft)}
.matrix thead th span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}.matrix tbody th{text-align:left;font-weight:normal;white-space:nowrap}
.cell{text-align:center;font-weight:bold;min-width:24px}.cell.passed{color:var(--ok);background:#dafbe1}.cell.failed,.cell.stale{color:#fff;background:var(--bad)}
.cell.known{color:#fff;background:var(--known)}.cell.warning{color:#000;background:#fff8c5}.cell.skipped{color:var(--skip);background:var(--soft)}
.legend .cell{display:inline-block;padding:0 6px;border-radius:4px;margin-right:6px}
body.only-problems tr.row.passed,body.only-problems tr.row.skipped,body.only-problems tr.row.none{display:none}
details.finding,details.workflow{border:1px solid var(--line);border-left:4px solid var(--skip);border-radius:6px;margin:8px 0;padding:6px 10px}
details.failed,details.stale{border-left-color:var(--bad)}details.known{border-left-color:var(--known)}details.warning{border-left-color:var(--warn)}details.passed{border-left-color:var(--ok)}
summary{cursor:pointer}summary h2{display:inline}.badge{display:inline-block;padding:0 6px;border-radius:4px;font-size:12px;color:#fff;background:var(--skip)}
.badge.failed,.badge.stale{background:var(--bad)}.badge.passed,.badge.deleted{background:var(--ok)}.badge.known{background:var(--known)}.badge.warning{background:var(--warn)}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px}dl{margin:0}dt{font-weight:600;color:#57606a}dd{margin:0 0 6px}
pre{margin:0;padding:8px;background:var(--soft);border-radius:6px;overflow:auto;max-height:320px;white-space:pre-wrap;word-break:break-word}
.steps{border-collapse:collapse;margin:6px 0}.steps td,.steps th{border-bottom:1px solid var(--line);padding:2px 10px;text-align:left}.warn{color:var(--bad)}
`;

/** Only toggles classes; never reads or writes markup. */
const SCRIPT = `
(function(){
  var box=document.getElementById('only-problems');
  if(box){box.addEventListener('change',function(){document.body.classList.toggle('only-problems',box.checked);});}
  var all=document.getElementById('toggle-all');
  if(all){all.addEventListener('click',function(){
    var items=document.querySelectorAll('#failures details.finding');
    var open=all.textContent==='expand all';
    for(var i=0;i<items.length;i++){items[i].open=open;}
    all.textContent=open?'collapse all':'expand all';
  });}
})();
`;
