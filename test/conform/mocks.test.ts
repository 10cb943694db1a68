/**
 * Full runs (every phase, every default check) against the Prism mocks. The runner sees the
 * target is a stateless mock and runs what makes sense against one (examples, schema,
 * status, content type, negative cases, credential presence); workflows, state checks and
 * wrong-credential probes are skipped with a printed reason. A conforming spec served by
 * Prism gives zero failures, and the run is short and quiet.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { API_IDS } from "../../src/spec/apis.js";
import { startMocks, type MockSet } from "../../src/mock/start-mocks.js";
import { conform, failedPairs } from "../support/conform-run.js";

let mocks: MockSet;

beforeAll(async () => {
  mocks = await startMocks({ apis: API_IDS.map((id) => ({ id, port: 0 })), host: "127.0.0.1", logLevel: "quiet", log: () => {} });
}, 60_000);

afterAll(async () => {
  await mocks?.close();
});

describe.each(API_IDS)("conform against the %s Prism mock", (id) => {
  test("a full run finds no failure and skips what a stateless mock cannot answer", async () => {
    const url = mocks.mocks.find((m) => m.id === id)!.url;
    const run = await conform(["--api", id, "--base-url", url]);
    expect(failedPairs(run.report), run.stdout.slice(-3000)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.report.summary).toMatchObject({ verdict: "passed", target: { kind: "mock" } });
    expect(run.report.summary.passed).toBeGreaterThan(100);
    expect(run.report.workflows).toEqual([]);
    expect(run.report.cleanup).toEqual([]);
    expect(run.stdout).toMatch(/target: mock \(Prism's 404 answer|target: mock \(x-cluster-api-contracts header/);
    expect(run.stdout).toMatch(/not run: state_transition, created_resource_readable, deleted_resource_gone, workflow_step: the target is a stateless mock/);
    const ran = new Set(run.report.operations.flatMap((o: any) => Object.keys(o.checks)));
    for (const check of ["server_error", "status_documented", "response_schema", "negative_rejected", "auth_enforced"]) expect(ran, check).toContain(check);
    // at most one progress line per 5 s when not on a terminal
    const progress = run.stdout.split("\n").filter((l) => l.startsWith("  ... ")).length;
    expect(progress).toBeLessThanOrEqual(Math.ceil(run.report.summary.durationMs / 5000) + 1);
  }, 90_000);
});
