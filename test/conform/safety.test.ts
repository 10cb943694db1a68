/**
 * The safety gate, tested without any traffic to a non-loopback address: a dry run shows
 * the mutations it would skip, and a run against a stubbed fetch sends only GET/HEAD/OPTIONS
 * to a non-loopback URL unless --allow-mutations is given.
 */
import { expect, test } from "vitest";
import { isLoopbackUrl } from "../../src/conform/safety.js";
import { conform } from "../support/conform-run.js";

const REMOTE = "https://yarn.example.invalid:8088";

/** A fetch that never touches the network: records the request, answers 404 JSON. */
function stubFetch() {
  const sent: Array<{ method: string; url: string }> = [];
  const fetchStub = (async (input: string | URL | Request, init?: RequestInit) => {
    sent.push({ method: String(init?.method ?? "GET").toUpperCase(), url: String(input) });
    return new Response(JSON.stringify({ diagnostics: "not found" }), { status: 404, headers: { "content-type": "application/json" } });
  }) as typeof fetch;
  return { sent, fetchStub };
}

test.each([
  ["http://127.0.0.1:4021", true],
  ["http://127.8.9.10", true],
  ["http://localhost:4021", true],
  ["http://[::1]:4021", true],
  ["https://api.example.com", false],
  ["http://10.0.0.5:8088", false],
  ["http://128.0.0.1", false],
  ["http://localhost.example.com", false],
])("isLoopbackUrl(%s) = %s", (url, expected) => {
  expect(isLoopbackUrl(url)).toBe(expected);
});

test("a dry run against a remote host lists the skipped mutations and sends nothing", async () => {
  const { sent, fetchStub } = stubFetch();
  const run = await conform(["--api", "yarn-service", "--base-url", REMOTE, "--dry-run"], { fetch: fetchStub });
  expect(run.code).toBe(0);
  expect(sent).toEqual([]);
  expect(run.stdout).toMatch(/SKIP createService\/examples\/1 POST \/app\/v1\/services: POST is a mutation/);
  expect(run.stdout).toMatch(/SKIP workflow:service-lifecycle/);
  expect(run.stdout).not.toMatch(/^\s+createService\/\S+\s+POST/m);
});

test("a run against a remote host sends only safe methods and reports the rest as skipped", async () => {
  const { sent, fetchStub } = stubFetch();
  const run = await conform(["--api", "yarn-service", "--base-url", REMOTE], { fetch: fetchStub });
  expect(sent.length).toBeGreaterThan(5);
  expect(new Set(sent.map((s) => s.method))).toEqual(new Set(["GET"]));
  expect(run.report.summary.skipped).toBeGreaterThan(0);
  expect(run.report.skipped.some((s: any) => s.operationId === "createService" && /--allow-mutations/.test(s.reason))).toBe(true);
  expect(run.stdout).toMatch(/skipped \d+: POST is a mutation/);
});

test("--allow-mutations lifts the gate (still only the stub answers)", async () => {
  const { sent, fetchStub } = stubFetch();
  await conform(["--api", "yarn-service", "--base-url", REMOTE, "--allow-mutations", "--phases", "examples", "--wait-timeout", "1"], { fetch: fetchStub });
  expect(sent.some((s) => s.method === "POST")).toBe(true);
  expect(sent.every((s) => s.url.startsWith(REMOTE))).toBe(true);
});
