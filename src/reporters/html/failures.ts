/**
 * The failures section: every failed or stale check open, with the violated rule, the request
 * (read back from its curl line), the answer and the curl line; then known differences and
 * warnings, closed.
 */
import type { CheckEvent } from "../../conform/events.js";
import { cls, type Text } from "./escape.js";
import { parseCurl } from "./parse-curl.js";

interface Difference {
  reason?: string;
  source?: string;
}

export function renderFailures(t: Text, findings: CheckEvent[]): string {
  const failures = findings.filter((f) => ["failed", "stale"].includes(String(f.outcome)));
  const others = findings.filter((f) => !["failed", "stale"].includes(String(f.outcome)));
  const items = (list: CheckEvent[], open: boolean) => list.map((f, i) => renderFinding(t, f, i, open)).join("\n");
  return `<section id="failures"><h2>Failures (${failures.length})</h2>
${failures.length ? `<p><button type="button" id="toggle-all">collapse all</button></p>${items(failures, true)}` : "<p>No check failed.</p>"}
${others.length ? `<h2>Known differences and warnings (${others.length})</h2>${items(others, false)}` : ""}
</section>`;
}

function renderFinding(t: Text, f: CheckEvent, index: number, open: boolean): string {
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
<summary><span class="badge ${cls(outcome)}">${t(outcome)}</span> <b>${t(f.check)}</b> — ${t(f.operationId)} <code>${t(f.method)} ${t(f.path)}</code>: ${t(d?.message ?? "")}</summary>
<div class="grid">
<div><h4>Violated rule</h4><dl>${rule.map(([k, v]) => `<dt>${k}</dt><dd><pre>${t(v)}</pre></dd>`).join("")}<dt>case</dt><dd>${t(f.caseId)}${f.workflowId ? ` (workflow ${t(f.workflowId)})` : ""}</dd><dt>why sent</dt><dd>${t(f.description)}</dd>${
    difference ? `<dt>difference entry</dt><dd>${t(difference.reason)}${difference.source ? `<br><small>${t(difference.source)}</small>` : ""}</dd>` : ""
  }</dl></div>
<div><h4>Request</h4>${
    request
      ? `<pre class="http">${t(`${request.method} ${request.url}`)}\n${t(request.headers.join("\n"))}${request.body !== undefined ? `\n\n${t(prettyJson(request.body))}` : ""}</pre>`
      : `<pre class="http">${t(`${f.method} ${f.path}`)}</pre>`
  }</div>
<div><h4>Response</h4><pre class="http">${t(d?.status === undefined ? "no response" : `HTTP ${d.status}`)}</pre>${
    d?.actual !== undefined ? `<p>value${d.pointer ? ` at <code>${t(d.pointer)}</code>` : ""}:</p><pre>${t(d.actual)}</pre>` : ""
  }</div>
</div>
${d?.curl ? `<h4>Reproduce</h4><pre class="curl">${t(d.curl)}</pre>` : ""}
</details>`;
}

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
