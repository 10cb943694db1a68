/**
 * Send one request with the run's limits: a per-request timeout, the run's abort signal
 * (deadline, Ctrl-C) and a shared rate limiter, over node:http (./http-transport.ts, which keeps
 * connections alive across requests) or a fetch the caller passes. Redirects are not followed:
 * a 303 is an answer to check.
 *
 * Nothing is sent once the run's signal has aborted. A request already sent is cut at once by
 * it, except one the `hold` applies to (a create): the server may already be making the
 * resource, so it keeps waiting for its answer (to be registered for cleanup) until the
 * teardown deadline (`hold.until()`, asked for at the stop) or its own timeout, whichever
 * comes first; cut then, its outcome says `held` (sent before the stop, never answered).
 */
import type { PreparedRequest } from "./http-request.js";
import { sendOverHttp, type RawAnswer } from "./http-transport.js";
import { isJsonMediaType } from "../validate/media-type.js";

export interface HttpResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  contentType: string | undefined;
  text: string;
  /** Parsed JSON when the content type is JSON and the text parses; otherwise the text (or undefined when empty). */
  body: unknown;
  /** Set when a JSON content type carried text that does not parse. */
  jsonError?: string;
  durationMs: number;
}

export type HttpOutcome =
  | { ok: true; response: HttpResponse }
  | {
      ok: false;
      error: string;
      durationMs: number;
      /** A request the hold applied to, in flight when the run stopped and never answered: what it made may be on the server. */
      held?: boolean;
    };

export interface HttpClientOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  limiter?: RateLimiter;
  /** Send through this fetch-compatible function instead (a stub or spy in tests). */
  fetch?: typeof fetch;
  /** Requests that, once sent, outlive the run's signal until the teardown deadline. */
  hold?: HoldAtStop;
}

export interface HoldAtStop {
  /** True for a request that may create something (its answer is needed for the cleanup). */
  applies(request: PreparedRequest): boolean;
  /** The teardown deadline; asked for only once the run's signal has aborted. */
  until(): AbortSignal;
}

export interface RateLimiter {
  wait(): Promise<void>;
}

/** Space requests at least 1000/n ms apart across all workers. */
export function createRateLimiter(perSecond: number | undefined): RateLimiter {
  if (!perSecond || perSecond <= 0) return { wait: async () => {} };
  const interval = 1000 / perSecond;
  let nextAt = 0;
  return {
    async wait() {
      const now = performance.now();
      const at = Math.max(now, nextAt);
      nextAt = at + interval;
      if (at > now) await new Promise((r) => setTimeout(r, at - now));
    },
  };
}

export async function sendRequest(request: PreparedRequest, options: HttpClientOptions): Promise<HttpOutcome> {
  await options.limiter?.wait();
  const started = performance.now();
  if (options.signal?.aborted) return { ok: false, error: "run aborted before the request was sent", durationMs: 0 };
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const stop = options.signal && options.hold?.applies(request) ? holdPastStop(options.signal, options.hold) : undefined;
  const runSignal = stop?.signal ?? options.signal;
  const signal = runSignal ? AbortSignal.any([runSignal, timeout]) : timeout;
  try {
    const answer = options.fetch ? await sendOverFetch(options.fetch, request, signal) : await sendOverHttp(request, signal);
    const { headers } = answer;
    const text = request.method === "HEAD" ? "" : answer.text;
    const contentType = headers["content-type"];
    let body: unknown = text.length > 0 ? text : undefined;
    let jsonError: string | undefined;
    if (text.length > 0 && isJsonMediaType(contentType)) {
      try {
        body = JSON.parse(text);
      } catch (error) {
        jsonError = (error as Error).message;
      }
    }
    return { ok: true, response: { status: answer.status, headers, contentType, text, body, jsonError, durationMs: performance.now() - started } };
  } catch (error) {
    const durationMs = performance.now() - started;
    // Sent before the stop and cut after it (teardown deadline, own timeout, or the connection).
    const held = stop !== undefined && options.signal!.aborted ? { held: true } : {};
    if (timeout.aborted) return { ok: false, error: `no answer within ${options.timeoutMs} ms`, durationMs, ...held };
    if (stop?.signal.aborted) return { ok: false, error: "cut at the teardown deadline, sent before the run stopped", durationMs, ...held };
    if (options.signal?.aborted && !stop) return { ok: false, error: "run aborted (deadline or interrupt)", durationMs };
    const described = describeNetworkError(error);
    // A create that never reached the server (refused, no route, no such host) made nothing.
    return { ok: false, error: described, durationMs, ...(NEVER_CONNECTED.test(described) ? {} : held) };
  } finally {
    stop?.release();
  }
}

/** Through a fetch-compatible function (a test's stub or spy). */
async function sendOverFetch(send: typeof fetch, request: PreparedRequest, signal: AbortSignal): Promise<RawAnswer> {
  const response = await send(request.url, { method: request.method, headers: request.headers, body: request.body, redirect: "manual", signal });
  const text = request.method === "HEAD" ? "" : await response.text();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
  return { status: response.status, headers, text };
}

/**
 * A signal for one sent request that the hold applies to: it does not follow the run's signal
 * but, once that aborts, the teardown deadline. release() drops the listeners.
 */
function holdPastStop(runSignal: AbortSignal, hold: HoldAtStop): { signal: AbortSignal; release(): void } {
  const cut = new AbortController();
  let until: AbortSignal | undefined;
  const atDeadline = () => cut.abort(until?.reason);
  const atStop = () => {
    until = hold.until();
    if (until.aborted) atDeadline();
    else until.addEventListener("abort", atDeadline, { once: true });
  };
  runSignal.addEventListener("abort", atStop, { once: true });
  return {
    signal: cut.signal,
    release() {
      runSignal.removeEventListener("abort", atStop);
      until?.removeEventListener("abort", atDeadline);
    },
  };
}

/** Network errors before any byte reached the server. */
const NEVER_CONNECTED = /^(ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)\b/;

export function describeNetworkError(error: unknown): string {
  // node:http and node:https: the error itself carries the socket's or TLS's code.
  const own = error as { code?: unknown; message?: string };
  if (typeof own?.code === "string" && /^[A-Z][A-Z0-9_]+$/.test(own.code) && own.code !== "ABORT_ERR") return `${own.code}${own.message ? `: ${own.message}` : ""}`;
  const cause = (error as { cause?: { code?: string; message?: string; errors?: Array<{ code?: string; message?: string }> } })?.cause;
  const inner = cause?.code ? cause : cause?.errors?.find((e) => e.code);
  if (inner?.code) return `${inner.code}${inner.message ? `: ${inner.message}` : ""}`;
  return cause?.message ? `${(error as Error).message}: ${cause.message}` : String((error as Error)?.message ?? error);
}
