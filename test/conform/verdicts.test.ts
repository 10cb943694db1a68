/**
 * Summaries and exit codes that never lie: a failed workflow is a failed check, known
 * differences do not fail a run but stale ones do, cleanup says "already gone" when it did
 * not delete anything, wrong credentials and unwritable reports stop the run before it starts.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startApiFake } from "../../src/fakes/start-fakes.js";
import type { RunningFake } from "../../src/fakes/runtime/create-fake-server.js";
import { FAULTS, startFaultProxy } from "../support/fault-proxy.js";
import { conform, failedPairs } from "../support/conform-run.js";
import { runConformCommand } from "../../src/cli/conform.js";

let yarn: RunningFake<any>;
const dir = mkdtempSync(path.join(tmpdir(), "conform-verdicts-"));
const version = ["--operation", "getVersion", "--phases", "examples"];

beforeAll(async () => {
  yarn = await startApiFake("yarn-service", { port: 0, clock: "real", stepMs: 10 });
});

afterAll(async () => {
  await yarn?.close();
});

function differencesFile(name: string, entries: object[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify({ differences: entries }));
  return file;
}

test("a failed workflow is a failed check, even when its step's check is excluded", async () => {
  const proxy = await startFaultProxy(yarn.url, FAULTS["still-readable"]);
  try {
    const run = await conform(["--api", "yarn-service", "--base-url", proxy.url, "--phases", "workflows", "--wait-timeout", "1", "--exclude-checks", "deleted_resource_gone"]);
    expect(run.report.workflows.some((w: any) => w.outcome === "failed")).toBe(true);
    expect(run.report.summary.failed).toBeGreaterThan(0);
    expect(failedPairs(run.report)).toContain("workflow_step getService");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\nFAILED: /);
  } finally {
    await proxy.close();
  }
}, 30_000);

test("a finding listed in --expect-differences is 'known': reported apart, exit 0", async () => {
  const file = differencesFile("known.yaml", [{ operation: "getVersion", check: "response_schema", match: "hadoop_version", reason: "this build reports a number", source: "test" }]);
  const proxy = await startFaultProxy(yarn.url, FAULTS["wrong-type"]);
  try {
    const run = await conform(["--api", "yarn-service", "--base-url", proxy.url, ...version, "--expect-differences", file]);
    expect(run.code).toBe(0);
    expect(run.report.summary).toMatchObject({ verdict: "passed", failed: 0, stale: 0 });
    expect(run.report.summary.known).toBeGreaterThan(0);
    expect(run.report.known[0]).toMatchObject({ outcome: "known", check: "response_schema", operationId: "getVersion", difference: { reason: "this build reports a number" } });
    expect(run.junit).toContain('<skipped message="known difference: this build reports a number"/>');
    expect(run.stdout).toContain("KNOWN DIFFERENCES");
  } finally {
    await proxy.close();
  }
}, 30_000);

test("an entry that matches nothing is 'stale': a finding, exit 1; entries for operations not run are not judged", async () => {
  const file = differencesFile("stale.yaml", [
    { operation: "getVersion", check: "response_schema", reason: "fixed long ago" },
    { operation: "createService", check: "*", reason: "not part of this run" },
    { operation: "getVersion", check: "state_transition", reason: "a check that never ran on getVersion" },
  ]);
  const run = await conform(["--api", "yarn-service", "--base-url", yarn.url, ...version, "--expect-differences", file]);
  expect(run.code).toBe(1);
  expect(run.report.summary).toMatchObject({ verdict: "failed", failed: 0, stale: 1 });
  expect(run.report.failures).toEqual([expect.objectContaining({ outcome: "stale", operationId: "getVersion", check: "response_schema" })]);
  expect(run.stdout).toMatch(/STALE response_schema - getVersion/);
  expect(run.junit).toContain('type="stale"');
}, 30_000);

test("a malformed differences file is a usage error", async () => {
  const file = differencesFile("bad.yaml", [{ operation: "getVersion", check: "no_such_check", reason: "x" }]);
  const run = await conform(["--api", "yarn-service", "--base-url", yarn.url, ...version, "--expect-differences", file]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/unknown check "no_such_check"/);
});

test("cleanup counts what it really removed: resources the run deleted itself are 'already gone'", async () => {
  const run = await conform(["--api", "yarn-service", "--base-url", yarn.url, "--phases", "examples"]);
  const outcomes = run.report.cleanup.map((c: any) => c.outcome);
  expect(outcomes).toContain("already-gone");
  const { deleted, alreadyGone } = run.report.summary.cleanup;
  expect(alreadyGone).toBe(outcomes.filter((o: string) => o === "already-gone").length);
  expect(deleted).toBe(outcomes.filter((o: string) => o === "deleted").length);
  expect(run.stdout).toMatch(new RegExp(`cleanup: ${deleted} deleted, ${alreadyGone} already gone`));
}, 30_000);

test("wrong credentials: exit 2 before the run, naming scheme, variable and status; right ones still run the auth checks", async () => {
  const nks = await startApiFake("nhn-kubernetes", { port: 0, clock: "real", stepMs: 10 });
  try {
    const wrong = await conform(["--api", "nhn-kubernetes", "--base-url", nks.url], { env: { ...process.env, NHN_KUBERNETES_TOKEN: "not-the-fakes-token" } });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/credentials rejected: security scheme \S+ \(from NHN_KUBERNETES_TOKEN\) got 401 on GET \//);
    expect(wrong.report).toBeUndefined();
    const { NHN_KUBERNETES_TOKEN: _unset, ...env } = process.env;
    const right = await conform(["--api", "nhn-kubernetes", "--base-url", nks.url, "--operation", "listClusters", "--phases", "examples,negative"], { env });
    expect(right.code, right.stdout.slice(-2000)).toBe(0);
    expect(Object.keys(right.report.operations[0].checks)).toContain("auth_enforced");
  } finally {
    await nks.close();
  }
}, 30_000);

test("an unwritable report path is refused before the first request", async () => {
  const sent: string[] = [];
  const fetchStub = (async (input: string | URL | Request) => {
    sent.push(String(input));
    return new Response("{}", { status: 404, headers: { "content-type": "application/json" } });
  }) as typeof fetch;
  const blocker = path.join(dir, "a-file");
  writeFileSync(blocker, "x");
  let stderr = "";
  const code = await runConformCommand(["--api", "yarn-service", "--base-url", "http://127.0.0.1:9", "--junit", path.join(blocker, "junit.xml")], { fetch: fetchStub, stdout: () => {}, stderr: (t) => void (stderr += t) });
  expect(code).toBe(2);
  expect(stderr).toMatch(/--junit .*a-file\/junit.xml is not writable \(ENOTDIR\)/);
  expect(sent).toEqual([]);
});

test("the target kind is detected (the fake names itself) and --target overrides it", async () => {
  const detected = await conform(["--api", "yarn-service", "--base-url", yarn.url, ...version]);
  expect(detected.report.summary.target).toEqual({ kind: "fake", detectedBy: "x-cluster-api-contracts header" });
  const forced = await conform(["--api", "yarn-service", "--base-url", yarn.url, "--phases", "workflows", "--target", "mock"]);
  expect(forced.code).toBe(0);
  expect(forced.report.workflows).toEqual([]);
  expect(forced.report.skipped.some((s: any) => /stateless mock/.test(s.reason))).toBe(true);
  expect(forced.stdout).toMatch(/skipped 1: workflow: the target is a stateless mock/);
}, 30_000);
