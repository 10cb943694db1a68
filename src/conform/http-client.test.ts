/**
 * What a stop does to requests in flight (sendRequest with a stub fetch that answers only when
 * told, and fails with the abort reason when its signal aborts): reads and deletes are cut at
 * once, a held create waits for its answer until the teardown deadline or its own timeout,
 * and nothing is sent after the stop.
 */
import { describe, expect, test } from "vitest";
import { sendRequest, type HoldAtStop, type HttpOutcome } from "./http-client.js";
import type { PreparedRequest } from "./http-request.js";

interface Pending {
  method: string;
  signal: AbortSignal;
  answer(status: number): void;
  /** Fail as undici does: a TypeError whose cause carries the code. */
  fail(code: string): void;
}

function stubServer() {
  const calls: Pending[] = [];
  const fetchStub = ((_url: string, init: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init.signal!;
      if (signal.aborted) return reject(signal.reason);
      signal.addEventListener("abort", () => reject(signal.reason), { once: true });
      calls.push({
        method: String(init.method),
        signal,
        answer: (status) => resolve(new Response(JSON.stringify({ status }), { status, headers: { "content-type": "application/json" } })),
        fail: (code) => reject(Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error(`${code} 127.0.0.1:1`), { code }) })),
      });
    })) as unknown as typeof fetch;
  return { calls, fetch: fetchStub };
}

const request = (method: string): PreparedRequest => ({ method, url: "http://fake.test/app/v1/services", headers: {}, body: method === "POST" || method === "PUT" ? "{}" : undefined });

/** A run: its stop signal, a teardown deadline made at the stop, a hold for POST/PUT/PATCH. */
function stoppableRun() {
  const run = new AbortController();
  const deadline = new AbortController();
  let asked = 0;
  const hold: HoldAtStop = {
    applies: (r) => ["POST", "PUT", "PATCH"].includes(r.method),
    until: () => {
      asked++;
      return deadline.signal;
    },
  };
  return { run, deadline, hold, asked: () => asked };
}

/** Settles yet? (after the current microtasks) */
async function settled(promise: Promise<HttpOutcome>): Promise<HttpOutcome | undefined> {
  let result: HttpOutcome | undefined;
  void promise.then((r) => (result = r));
  await new Promise((r) => setImmediate(r));
  return result;
}

describe("a stop with requests in flight", () => {
  test("a read and a delete are cut at once; a held create keeps waiting and gets its answer", async () => {
    const server = stubServer();
    const { run, hold } = stoppableRun();
    const options = { timeoutMs: 60_000, signal: run.signal, fetch: server.fetch, hold };
    const read = sendRequest(request("GET"), options);
    const remove = sendRequest(request("DELETE"), options);
    const create = sendRequest(request("POST"), options);
    await new Promise((r) => setImmediate(r));
    expect(server.calls.map((c) => c.method)).toEqual(["GET", "DELETE", "POST"]);

    run.abort(new Error("SIGINT"));
    expect(await settled(read)).toMatchObject({ ok: false, error: "run aborted (deadline or interrupt)" });
    expect(await settled(remove)).toMatchObject({ ok: false, error: "run aborted (deadline or interrupt)" });
    expect(await settled(create)).toBeUndefined();
    expect(server.calls[2]!.signal.aborted).toBe(false);

    server.calls[2]!.answer(201);
    const outcome = await create;
    expect(outcome.ok && outcome.response.status).toBe(201);
  });

  test("a held create still unanswered at the teardown deadline is cut and marked held", async () => {
    const server = stubServer();
    const { run, deadline, hold, asked } = stoppableRun();
    const create = sendRequest(request("PUT"), { timeoutMs: 60_000, signal: run.signal, fetch: server.fetch, hold });
    await new Promise((r) => setImmediate(r));
    run.abort(new Error("deadline of 1 s reached"));
    expect(asked()).toBe(1);
    expect(await settled(create)).toBeUndefined();
    deadline.abort(new Error("teardown bound"));
    expect(await create).toMatchObject({ ok: false, held: true, error: "cut at the teardown deadline, sent before the run stopped" });
  });

  test("a held create ends at its own timeout if that comes first, and is marked held", async () => {
    const server = stubServer();
    const { run, hold } = stoppableRun();
    const create = sendRequest(request("POST"), { timeoutMs: 50, signal: run.signal, fetch: server.fetch, hold });
    await new Promise((r) => setImmediate(r));
    run.abort(new Error("SIGINT"));
    expect(await create).toMatchObject({ ok: false, held: true, error: "no answer within 50 ms" });
  });

  test("a create that was not held (no hold given) is cut at once, as before", async () => {
    const server = stubServer();
    const run = new AbortController();
    const create = sendRequest(request("POST"), { timeoutMs: 60_000, signal: run.signal, fetch: server.fetch });
    await new Promise((r) => setImmediate(r));
    run.abort(new Error("SIGINT"));
    const outcome = await create;
    expect(outcome).toMatchObject({ ok: false, error: "run aborted (deadline or interrupt)" });
    expect(outcome.ok ? undefined : outcome.held).toBeUndefined();
  });

  test("nothing is sent after the stop, a create neither (and the deadline is not asked for)", async () => {
    const server = stubServer();
    const { run, hold, asked } = stoppableRun();
    run.abort(new Error("SIGINT"));
    const outcome = await sendRequest(request("POST"), { timeoutMs: 60_000, signal: run.signal, fetch: server.fetch, hold });
    expect(outcome).toMatchObject({ ok: false, error: "run aborted before the request was sent" });
    expect(server.calls).toEqual([]);
    expect(asked()).toBe(0);
  });

  test("a create answered before any stop leaves no listener behind on the run signal", async () => {
    const server = stubServer();
    const { run, hold, asked } = stoppableRun();
    const create = sendRequest(request("POST"), { timeoutMs: 60_000, signal: run.signal, fetch: server.fetch, hold });
    await new Promise((r) => setImmediate(r));
    server.calls[0]!.answer(200);
    expect((await create).ok).toBe(true);
    run.abort(new Error("SIGINT"));
    expect(asked()).toBe(0);
  });

  test("after the stop, a held create whose connection breaks may have made something; one that never connected made nothing", async () => {
    const server = stubServer();
    const { run, hold } = stoppableRun();
    const options = { timeoutMs: 60_000, signal: run.signal, fetch: server.fetch, hold };
    const reset = sendRequest(request("POST"), options);
    const refused = sendRequest(request("POST"), options);
    await new Promise((r) => setImmediate(r));
    run.abort(new Error("target lost"));
    server.calls[0]!.fail("ECONNRESET");
    server.calls[1]!.fail("ECONNREFUSED");
    expect(await reset).toMatchObject({ ok: false, held: true, error: "ECONNRESET: ECONNRESET 127.0.0.1:1" });
    const outcome = await refused;
    expect(outcome).toMatchObject({ ok: false, error: "ECONNREFUSED: ECONNREFUSED 127.0.0.1:1" });
    expect(outcome.ok ? undefined : outcome.held).toBeUndefined();
  });
});
