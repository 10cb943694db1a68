/**
 * The teardown's stall bound (WorkflowDeps.stall): a polling step named in it stops once the
 * same answer has come back for that long; a step not named in it, or whose answer changes,
 * keeps polling up to its wait. The three only wait on timers, so they run side by side.
 */
import { test } from "vitest";
import { readCredentials } from "../../spec/credentials.js";
import { profileFor } from "../api-profiles.js";
import type { Exchange } from "../exchange.js";
import type { ExchangeRunner } from "../execute-exchange.js";
import { loadValidatedSpec } from "../../validate/validated-spec.js";
import type { Workflow } from "./arazzo-types.js";
import { runWorkflow, type WorkflowDeps } from "./run-workflow.js";

const FOLLOW: Workflow = {
  workflowId: "follow-job",
  steps: [
    {
      stepId: "follow-queue",
      operationId: "getQueueJob",
      parameters: [{ name: "id", in: "path", value: "0123456789abcdef0123456789abcdef" }],
      successCriteria: [{ condition: "$statusCode == 303" }],
      onFailure: [{ name: "pending", type: "retry", retryAfter: 0.02, retryLimit: 1000 }],
    },
  ],
} as Workflow;

/** A queue job that answers 200 with `body(n)` on the n-th poll, for ever. */
async function deps(body: (n: number) => unknown, extra: Partial<WorkflowDeps>): Promise<WorkflowDeps & { polls: () => number }> {
  const { spec, validator } = await loadValidatedSpec("bigdata-paas");
  let polls = 0;
  const runner: ExchangeRunner = {
    get requests() {
      return polls;
    },
    async execute(input) {
      const value = body(polls++);
      const now = performance.now();
      return {
        ...input,
        method: input.request.method,
        response: { status: 200, headers: { "content-type": "application/json" }, contentType: "application/json", text: JSON.stringify(value), body: value, durationMs: 1 },
        sentAt: now,
        receivedAt: now,
      } as unknown as Exchange;
    },
  };
  return {
    baseUrl: "http://127.0.0.1:9/bigdata/api/v1",
    document: spec.document,
    validator,
    profile: profileFor("bigdata-paas"),
    credentials: readCredentials({}),
    runner,
    quiet: true,
    waitTimeoutSeconds: 0.5,
    ...extra,
    polls: () => polls,
  };
}

async function timed(d: WorkflowDeps) {
  const started = performance.now();
  const result = await runWorkflow(FOLLOW, {}, d);
  return { result, ms: performance.now() - started };
}

test.concurrent("a step in the stall set gives up once its answer has not changed for the bound, and says so", async ({ expect }) => {
  const d = await deps(() => ({ status: "pending" }), { stall: { stepIds: new Set(["follow-queue"]), seconds: 0.2 }, waitTimeoutSeconds: 1.5 });
  const { result, ms } = await timed(d);
  expect(result.ok).toBe(false);
  expect(result.failure?.message).toMatch(/answer unchanged for 0\.\d s; polling stops before 0\.2 s without a change\): \$statusCode == 303; got status 200 \{"status":"pending"\}/);
  expect(ms).toBeLessThan(900); // without the bound the step polls ~1.5 s
  expect(d.polls()).toBeGreaterThan(1);
});

test.concurrent("a step outside the stall set polls the same answer up to its wait", async ({ expect }) => {
  const d = await deps(() => ({ status: "pending" }), { stall: { stepIds: new Set(["destroy"]), seconds: 0.2 } });
  const { result, ms } = await timed(d);
  expect(result.ok).toBe(false);
  expect(result.failure?.message).not.toContain("unchanged");
  expect(ms).toBeGreaterThan(400); // its wait (0.5 s), well past the 0.2 s stall bound
});

test.concurrent("an answer that keeps changing is polled past the stall bound", async ({ expect }) => {
  const d = await deps((n) => ({ status: "pending", position: n }), { stall: { stepIds: new Set(["follow-queue"]), seconds: 0.2 } });
  const { result, ms } = await timed(d);
  expect(result.ok).toBe(false);
  expect(result.failure?.message).not.toContain("unchanged");
  expect(ms).toBeGreaterThan(400); // its wait (0.5 s), well past the 0.2 s stall bound
});
