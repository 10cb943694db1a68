/**
 * Creates in flight at a stop. The yarn-service fake sits behind a proxy that forwards every
 * request at once but holds the answers to POSTs: the service exists on the fake while the
 * runner still waits. The run is interrupted then (the AbortController the CLI's signal
 * handler aborts). A create already sent must not be cancelled: its late answer is registered
 * and the teardown deletes the service; one still unanswered at the teardown bound is reported
 * (a leftover that may exist), and no create is sent after the stop.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { onTestFinished, test } from "vitest";
import { startApiFake } from "../../src/fakes/start-fakes.js";
import type { RunningFake } from "../../src/fakes/runtime/create-fake-server.js";
import { conform } from "../support/conform-run.js";

interface Target {
  url: string;
  fake: RunningFake<any>;
  /** Resolves at the first POST the fake answered 2xx (a service exists, its answer is held). */
  created: Promise<void>;
  /** POSTs the proxy received. */
  posts: number;
  /** Names of the services the fake created (2xx POST answers, held or not). */
  createdNames: string[];
  /** Deliver the held POST answers (and every later one at once). */
  release(): void;
  close(): Promise<void>;
}

/** A fake behind a holding proxy, closed when the calling test ends (the two tests run side by side). */
async function startTarget(): Promise<Target> {
  const fake = await startApiFake("yarn-service", { port: 0, clock: "real", stepMs: 10 });
  let markCreated!: () => void;
  const created = new Promise<void>((resolve) => (markCreated = resolve));
  let released = false;
  const held: Array<() => void> = [];
  const target: Target = {
    url: "",
    fake,
    created,
    posts: 0,
    createdNames: [],
    release() {
      released = true;
      for (const deliver of held.splice(0)) deliver();
    },
    async close() {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await fake.close();
    },
  };
  const proxy: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      if (req.method === "POST") target.posts++;
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !["host", "connection", "content-length"].includes(k)).map(([k, v]) => [k, String(v)]));
      const answer = await fetch(fake.url + (req.url ?? "/"), { method: req.method, headers, body: chunks.length > 0 ? Buffer.concat(chunks) : undefined }).catch(() => undefined);
      if (!answer) return void res.writeHead(502).end();
      const body = Buffer.from(await answer.arrayBuffer());
      const deliver = () => {
        if (res.destroyed) return;
        res.writeHead(answer.status, Object.fromEntries(answer.headers));
        res.end(body);
      };
      if (req.method === "POST" && answer.status >= 200 && answer.status < 300) target.createdNames.push(JSON.parse(Buffer.concat(chunks).toString("utf8")).name);
      if (req.method !== "POST" || released) return deliver();
      held.push(deliver);
      if (answer.status >= 200 && answer.status < 300) markCreated();
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  target.url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  onTestFinished(() => target.close());
  return target;
}

async function servicesOnTheFake(target: Target): Promise<unknown[]> {
  const response = await fetch(`${target.fake.url}/app/v1/services?user.name=yarn-user`);
  return (await response.json()) as unknown[];
}

/** Interrupts once a create is held; records every request the runner starts, before or after the stop. */
function interruptWhileCreating(target: Target) {
  const controller = new AbortController();
  void target.created.then(() => controller.abort(new Error("SIGINT")));
  const afterStop: string[] = [];
  const recording = ((input: string | URL | Request, init?: RequestInit) => {
    const method = (init?.method ?? "GET").toUpperCase();
    if (controller.signal.aborted) afterStop.push(`${method} ${new URL(String(input)).pathname}`);
    return fetch(input, init);
  }) as typeof fetch;
  return { controller, afterStop, fetch: recording };
}

const ARGS = (url: string) => ["--api", "yarn-service", "--base-url", url, "--phases", "examples,coverage"];

// Each test has its own fake and proxy, so the two go side by side (the second mostly waits
// out its 0.4 s teardown bound).
test.concurrent("creates answered after the stop are registered and deleted by the teardown", async ({ expect }) => {
  const target = await startTarget();
  const run0 = interruptWhileCreating(target);
  // The held answers arrive a little after the stop: a create cancelled at the stop never sees them.
  void target.created.then(() => setTimeout(() => target.release(), 150));
  const run = await conform([...ARGS(target.url), "--teardown-timeout", "2"], { signal: run0.controller.signal, fetch: run0.fetch });

  expect(run.code, run.stdout + run.stderr).toBe(3);
  expect(run.report.summary.verdict).toBe("incomplete");
  expect(run.report.summary.aborted).toMatch(/^interrupted/);
  expect(target.posts).toBeGreaterThan(0);
  expect(run.report.summary.cleanup.deleted).toBeGreaterThan(0);
  expect(run.report.summary.leftovers).toEqual([]);
  expect(await servicesOnTheFake(target)).toEqual([]);
  expect(target.createdNames.length).toBeGreaterThan(0);
  for (const name of target.createdNames) {
    expect((await fetch(`${target.fake.url}/app/v1/services/${encodeURIComponent(name)}?user.name=yarn-user`)).status, name).toBe(404);
  }
  expect(run.report.summary.cleanup.deleted).toBe(new Set(target.createdNames).size);
  // After the stop only the teardown talks to the server (look-ups and deletes), never a create.
  expect(run0.afterStop.filter((r) => !/^(GET|DELETE) \/app\/v1\/services\/[^/]+$/.test(r))).toEqual([]);
}, 30_000);

test.concurrent("a create still unanswered at the teardown bound is aborted and reported as possibly left on the server", async ({ expect }) => {
  const target = await startTarget(); // the POST answers are never released
  const run0 = interruptWhileCreating(target);
  // No answer ever comes, so the bound only needs to pass: 0.4 s.
  const run = await conform([...ARGS(target.url), "--teardown-timeout", "0.4"], { signal: run0.controller.signal, fetch: run0.fetch });

  expect(run.code, run.stdout + run.stderr).toBe(3);
  expect(run.report.summary.verdict).toBe("incomplete");
  const posts = target.posts;
  expect(posts).toBeGreaterThan(0);
  // Every POST the proxy received is unanswered: each is a leftover that may exist, and said so.
  const unanswered = run.report.summary.leftovers.filter((l: string) => /no answer/.test(l));
  expect(unanswered).toHaveLength(posts);
  expect(run.report.cleanup.filter((c: any) => c.outcome === "failed" && /no answer before the 0.4 s teardown bound/.test(c.message ?? ""))).toHaveLength(posts);
  expect(run.stdout).toContain(`${posts} create request${posts === 1 ? "" : "s"} got no answer before the 0.4 s teardown bound`);
  // The stopping line already says they are out there.
  expect(run.stdout).toMatch(new RegExp(`cleaning up \\d+ resources? and what ${posts} creates? in flight may make \\(at most 0.4 s\\)`));
  // They are indeed on the server: that is why the report must list them.
  expect(target.createdNames.length).toBeGreaterThan(0);
  for (const name of target.createdNames) {
    expect((await fetch(`${target.fake.url}/app/v1/services/${encodeURIComponent(name)}?user.name=yarn-user`)).status, name).toBe(200);
  }
  expect(run0.afterStop.filter((r) => !/^(GET|DELETE) \/app\/v1\/services\/[^/]+$/.test(r))).toEqual([]);
}, 30_000);
