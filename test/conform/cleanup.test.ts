/**
 * A run deletes what it created at the end, also when it is cut short by its deadline or
 * interrupted (the CLI's SIGINT/SIGTERM handler aborts the same signal used here).
 */
import { expect, test } from "vitest";
import { startApiFake } from "../../src/fakes/start-fakes.js";
import type { RunningFake } from "../../src/fakes/runtime/create-fake-server.js";
import { conform } from "../support/conform-run.js";

/** The three runs go side by side (the deadline run waits out its second), each on a fake of its own. */
async function withFake(body: (fake: RunningFake<any>) => Promise<void>): Promise<void> {
  const fake = await startApiFake("yarn-service", { port: 0, clock: "real", stepMs: 10 });
  try {
    await body(fake);
  } finally {
    await fake.close();
  }
}

async function servicesLeft(fake: RunningFake<any>): Promise<unknown[]> {
  const response = await fetch(`${fake.url}/app/v1/services?user.name=yarn-user`);
  return (await response.json()) as unknown[];
}

test.concurrent("a complete run leaves no service behind, even with a tiny --teardown-timeout (a complete run gets at least 60 s)", () => withFake(async (fake) => {
  const run = await conform(["--api", "yarn-service", "--base-url", fake.url, "--teardown-timeout", "0.05"]);
  expect(run.code).toBe(0);
  expect(await servicesLeft(fake)).toEqual([]);
}), 30_000);

test.concurrent("a run stopped by --deadline still deletes what it created", () => withFake(async (fake) => {
  const run = await conform(["--api", "yarn-service", "--base-url", fake.url, "--rate-limit", "200", "--deadline", "0.5"]);
  expect(run.report.summary.aborted).toMatch(/deadline/);
  expect(run.stdout).toMatch(/stopping \(deadline of 0\.5 s reached\): no new requests; cleaning up \d+ resources?(?: and what \d+ creates? in flight may make)? \(at most 10 s\)/);
  expect(run.code).toBe(3);
  expect(run.junit).toContain(`<error message="INCOMPLETE: deadline`);
  expect(run.report.summary.skipped).toBeGreaterThan(0);
  expect(run.report.summary.failed).toBe(0);
  expect(run.report.cleanup.length).toBeGreaterThan(0);
  expect(await servicesLeft(fake)).toEqual([]);
}), 30_000);

test.concurrent("an interrupted run (Ctrl-C) still deletes what it created, within the --teardown-timeout it announces", () => withFake(async (fake) => {
  // Ctrl-C once the creates wave is over (the first GET after an answered create), as in
  // signals.test.ts, so the resources are known at the stop; creates still in flight at the
  // stop are the subject of inflight-creates.test.ts.
  const controller = new AbortController();
  let created = false;
  const interruptAfterCreates = (async (input: string | URL | Request, init?: RequestInit) => {
    const method = (init?.method ?? "GET").toUpperCase();
    if (method === "GET" && created && !controller.signal.aborted) controller.abort(new Error("SIGINT"));
    const response = await fetch(input, init);
    if (method === "POST" && response.ok) created = true;
    return response;
  }) as typeof fetch;
  const run = await conform(["--api", "yarn-service", "--base-url", fake.url, "--rate-limit", "100", "--teardown-timeout", "8"], { signal: controller.signal, fetch: interruptAfterCreates });
  expect(run.report.summary.aborted).toMatch(/^interrupted/);
  expect(run.stdout).toMatch(/stopping \(interrupted \(SIGINT\)\): no new requests; cleaning up [1-9]\d* resources?(?: and what \d+ creates? in flight may make)? \(at most 8 s\)/);
  expect(run.report.summary.cleanup.deleted).toBeGreaterThan(0);
  expect(run.code).toBe(3);
  expect(run.report.summary.verdict).toBe("incomplete");
  expect(run.report.summary.failed).toBe(0);
  expect(await servicesLeft(fake)).toEqual([]);
}), 30_000);
