import { describe, expect, it } from "vitest";
import type { RunEvent } from "../conform/events.js";
import { HtmlReporter, escapeHtml, parseCurl } from "./html-reporter.js";
import { createOutput } from "./output.js";

const SECRET = "s3cr3t-user-value";
const EVIL = `<script>alert("pwned")</script><img src=x onerror=alert(1)>`;

/** A small run: one pass, one failure with a hostile answer, one warning, a skip, a workflow with two steps. */
function events(): RunEvent[] {
  const op = { operationId: "getVersion", method: "GET", path: "/app/v1/services/version" };
  const svc = { operationId: "getService", method: "GET", path: "/app/v1/services/{service_name}" };
  return [
    { type: "run-started", api: "yarn-service", baseUrl: "http://127.0.0.1:1", seed: 7, phases: ["examples", "workflows"], checks: ["status_documented", "response_schema"], caseCount: 2, workflowCount: 1, operationCount: 2 },
    { type: "exchange", caseId: "c1", kind: "example", ...op, status: 200, durationMs: 3 },
    { type: "check", check: "status_documented", outcome: "passed", ...op, caseId: "c1", description: "example" },
    {
      type: "check", check: "response_schema", outcome: "failed", ...op, caseId: "c1", description: "example request",
      failure: {
        message: `/hadoop_version must be string ${EVIL}`, pointer: "/hadoop_version", expected: "string", actual: { hadoop_version: EVIL },
        status: 200, curl: `curl -i -X POST -H 'accept: application/json' -H 'content-type: application/json' --data-raw '{"name":"it'\\''s"}' 'http://127.0.0.1:1/app/v1/services/version?user.name=${SECRET}'`,
      },
    },
    { type: "check", check: "response_schema", outcome: "warning" as never, ...svc, caseId: "w/read", description: "poll", workflowId: "w", failure: { message: "state DRAINING is not a known value" } },
    { type: "skipped", operationId: "destroyService", method: "DELETE", path: "/app/v1/services/{service_name}", caseId: "d1", reason: "mutations off" },
    { type: "exchange", caseId: "w/create", kind: "workflow", operationId: "createService", method: "POST", path: "/app/v1/services", status: 202, durationMs: 11 },
    { type: "exchange", caseId: "w/read", kind: "workflow", ...svc, status: 200, durationMs: 4 },
    { type: "exchange", caseId: "w/read", kind: "workflow", ...svc, status: 200, durationMs: 5 },
    { type: "workflow", workflowId: "w", outcome: "passed", steps: 2, requests: 3, durationMs: 1234 },
    { type: "cleanup", resource: "service sleeper", outcome: "deleted" },
    { type: "run-finished", summary: { checks: 3, passed: 1, failed: 1, skipped: 1, requests: 4, cases: 2, workflows: 1, durationMs: 2000, leftovers: [] } as never },
  ];
}

async function render(): Promise<string> {
  const files = new Map<string, string>();
  const out = createOutput([SECRET], { writeFile: async (file, content) => void files.set(file, content) });
  const reporter = new HtmlReporter(out, "report.html");
  for (const event of events()) reporter.onEvent(event);
  await reporter.finish();
  return files.get("report.html")!;
}

describe("HtmlReporter", () => {
  it("escapes everything the server sent and masks secrets", async () => {
    const html = await render();
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;");
    expect(html).not.toContain(SECRET);
    expect(html).toContain("user.name=***");
    // The only script is ours; the policy forbids any network access.
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`);
  });

  it("shows the summary, the matrix, the failure with request, response, rule and curl, and the workflow steps", async () => {
    const html = await render();
    expect(html).toContain('<span class="verdict failed">FAILED</span>');
    expect(html).toMatch(/<tr class="row failed"><th scope="row"><code>GET<\/code> \/app\/v1\/services\/version.*<td class="cell passed"[^>]*>✔<\/td><td class="cell failed"[^>]*>✘<\/td><\/tr>/);
    expect(html).toMatch(/<tr class="row warning">.*getService.*<td class="cell warning"/);
    expect(html).toMatch(/<tr class="row skipped">.*destroyService.*<td class="cell skipped"/);
    expect(html).toContain("Failures (1)");
    expect(html).toContain("POST http://127.0.0.1:1/app/v1/services/version?user.name=***");
    expect(html).toContain("&quot;name&quot;: &quot;it&#39;s&quot;");
    expect(html).toContain("HTTP 200");
    expect(html).toContain("<dt>at</dt><dd><pre>/hadoop_version</pre></dd>");
    expect(html).toContain("<h4>Reproduce</h4><pre class=\"curl\">curl -i -X POST");
    expect(html).toMatch(/<td>create<\/td><td>createService<\/td><td>1<\/td><td>202<\/td><td>11 ms<\/td>/);
    expect(html).toMatch(/<td>read<\/td><td>getService<\/td><td>2<\/td><td>200<\/td><td>9 ms<\/td>/);
    expect(html).toContain("Known differences and warnings (1)");
    expect(html).toContain("mutations off");
  });

  it("reads back the curl line it shows as a request", () => {
    expect(parseCurl(`curl -i -X PUT -H 'a: b' --data-raw '{"x":"y'\\''z"}' 'http://h/p?q=1'`)).toEqual({ method: "PUT", url: "http://h/p?q=1", headers: ["a: b"], body: `{"x":"y'z"}` });
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
