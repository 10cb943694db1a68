/**
 * The runner against the Prism mocks with positive cases only (examples and coverage).
 * Prism answers from static examples and keeps no state, so workflows tell nothing about it;
 * it only checks that credentials are present (any value passes), so the auth probes (part of
 * the negative phase) would flag Prism itself rather than the spec.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { API_IDS } from "../../src/spec/apis.js";
import { startMocks, type MockSet } from "../../src/mock/start-mocks.js";
import { conform, failedPairs } from "../support/conform-run.js";

let mocks: MockSet;

beforeAll(async () => {
  mocks = await startMocks({ apis: API_IDS.map((id) => ({ id, port: 0 })), host: "127.0.0.1", logLevel: "quiet", log: () => {} });
}, 30_000);

afterAll(async () => {
  await mocks?.close();
});

describe.each(API_IDS)("conform against the %s Prism mock", (id) => {
  test("positive cases find no failure", async () => {
    const url = mocks.mocks.find((m) => m.id === id)!.url;
    const run = await conform(["--api", id, "--base-url", url, "--phases", "examples,coverage", "--wait-timeout", "1", "--workers", "8"]);
    expect(failedPairs(run.report), run.stdout.slice(-3000)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.report.summary.passed).toBeGreaterThan(20);
  }, 30_000);
});
