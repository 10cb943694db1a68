/** waitUntil: backoff, deadline, failed states, retryable statuses. Table-driven on a fake clock. */
import { expect, test } from "vitest";
import type { ApiResult } from "./result.js";
import { waitUntil } from "./wait-until.js";

const ok = (state: string): ApiResult<{ state: string }, unknown> => ({ ok: true, status: 200, data: { state }, headers: new Headers() });
const http = (status: number): ApiResult<{ state: string }, unknown> => ({ ok: false, kind: "http", status, error: {}, headers: new Headers() });

/** Run waitUntil over a scripted list of answers; the last answer repeats. */
async function run(answers: ApiResult<{ state: string }, unknown>[], options: { deadlineMs: number; retryStatuses?: number[] }) {
  let clock = 0;
  let index = 0;
  const pauses: number[] = [];
  const outcome = await waitUntil(async () => answers[Math.min(index++, answers.length - 1)]!, { done: (s) => s.state === "READY", failed: (s) => s.state === "FAILED" }, {
    ...options,
    initialDelayMs: 100,
    maxDelayMs: 400,
    now: () => clock,
    sleep: async (ms) => void (pauses.push(ms), (clock += ms)),
  });
  return { outcome, pauses };
}

test.each([
  { name: "reached after backoff", answers: [ok("NEW"), ok("NEW"), ok("NEW"), ok("NEW"), ok("READY")], deadlineMs: 10_000, reason: "reached", pauses: [100, 200, 400, 400] },
  { name: "failed state stops at once", answers: [ok("NEW"), ok("FAILED")], deadlineMs: 10_000, reason: "failed-state", pauses: [100] },
  { name: "deadline cuts the last pause short", answers: [ok("NEW")], deadlineMs: 350, reason: "deadline", pauses: [100, 200, 50] },
  { name: "an HTTP error stops the wait", answers: [ok("NEW"), http(404)], deadlineMs: 10_000, reason: "error", pauses: [100] },
  { name: "a retryable status is polled through", answers: [http(503), ok("READY")], deadlineMs: 10_000, reason: "reached", pauses: [100] },
  { name: "404 is polled through when asked (read after create)", answers: [http(404), ok("READY")], deadlineMs: 10_000, retryStatuses: [404], reason: "reached", pauses: [100] },
])("$name", async ({ answers, deadlineMs, retryStatuses, reason, pauses }) => {
  const result = await run(answers, { deadlineMs, ...(retryStatuses ? { retryStatuses } : {}) });
  expect(result.outcome.reason).toBe(reason);
  expect(result.pauses).toEqual(pauses);
});
