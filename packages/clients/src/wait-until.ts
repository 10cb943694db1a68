/**
 * Poll until a resource reaches a wanted state, with a deadline and exponential backoff.
 * Long-running operations answer 202 and move on their own; this is the one loop every
 * client uses to wait for them. Outcomes are values: reached, failed state, error, deadline.
 */
import type { ApiResult } from "./result.js";

export interface WaitOptions {
  /** Give up after this many milliseconds (default 10 minutes). */
  deadlineMs?: number;
  /** First pause between polls (default 1 s); each next pause is `factor` times longer. */
  initialDelayMs?: number;
  /** Longest pause between polls (default 30 s). */
  maxDelayMs?: number;
  factor?: number;
  /** HTTP statuses worth polling through, e.g. 404 right after a create (default 429, 502, 503, 504). */
  retryStatuses?: readonly number[];
  /** Injected for tests: how to wait, and what time it is. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export type WaitOutcome<T, E> =
  | { ok: true; reason: "reached"; value: T; polls: number }
  | { ok: false; reason: "failed-state"; value: T; polls: number }
  | { ok: false; reason: "error"; last: ApiResult<T, E>; polls: number }
  | { ok: false; reason: "deadline"; last: ApiResult<T, E> | undefined; polls: number };

export interface WaitCondition<T> {
  /** The wanted state was reached. */
  done(value: T): boolean;
  /** A terminal state that will never become `done` (e.g. FAILED). */
  failed?(value: T): boolean;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function waitUntil<T, E>(poll: () => Promise<ApiResult<T, E>>, condition: WaitCondition<T>, options: WaitOptions = {}): Promise<WaitOutcome<T, E>> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? sleepFor;
  const deadline = now() + (options.deadlineMs ?? 600_000);
  const retryStatuses = options.retryStatuses ?? [429, 502, 503, 504];
  const maxDelay = options.maxDelayMs ?? 30_000;
  const factor = options.factor ?? 2;
  let delay = options.initialDelayMs ?? 1_000;
  let last: ApiResult<T, E> | undefined;
  let polls = 0;
  for (;;) {
    last = await poll();
    polls += 1;
    if (last.ok) {
      if (condition.done(last.data)) return { ok: true, reason: "reached", value: last.data, polls };
      if (condition.failed?.(last.data)) return { ok: false, reason: "failed-state", value: last.data, polls };
    } else if (last.kind === "http" && !retryStatuses.includes(last.status)) {
      return { ok: false, reason: "error", last, polls };
    }
    const remaining = deadline - now();
    if (remaining <= 0) return { ok: false, reason: "deadline", last, polls };
    await sleep(Math.min(delay, remaining));
    delay = Math.min(delay * factor, maxDelay);
  }
}
