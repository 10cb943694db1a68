/**
 * Real signals to real child processes: `npm run conform` (npm forwards SIGTERM; the runner
 * itself must get it) and the package's bin. After the first signal the runner sends nothing
 * new, says what it cleans up and within how long, tears down within that bound and exits 3
 * (INCOMPLETE); a second signal exits at once (130). DELETEs hang behind a proxy, so the
 * teardown would take forever without its bound (--teardown-timeout 2 in the npm run test, below
 * the 10 s per-request timeout, so the bound and not the timeout ends it). Two processes
 * cover both entry points and both signals: each one loads the whole runner.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "vitest";
import { PROJECT_ROOT } from "../../src/spec/apis.js";
import { startApiFake } from "../../src/fakes/start-fakes.js";
import { collect, spawnBin, waitForOutput } from "../support/run-cli.js";

/**
 * Each test has its own fake and proxy, so the two runs go side by side: the npm run one spends
 * most of its time idle inside its 2 s teardown bound.
 */
interface Target {
  url: string;
  /** Resolves once the run's first wave (the creates) is over: the first GET after a 2xx POST. */
  pastCreates: Promise<void>;
  close(): Promise<void>;
}

async function startTarget(options: { hangDeletes: boolean }): Promise<Target> {
  const fake = await startApiFake("yarn-service", { port: 0, clock: "real", stepMs: 10 });
  let created = false;
  let markPastCreates!: () => void;
  const pastCreates = new Promise<void>((resolve) => (markPastCreates = resolve));
  // Forwards everything to the fake (except, with hangDeletes, that DELETE never gets an answer).
  const proxy: Server = createServer((req, res) => {
    if (options.hangDeletes && req.method === "DELETE") return;
    // Creates run first, as a wave of their own, so a GET after an answered create means the
    // run holds resources to clean up and is sending its other cases.
    if (req.method === "GET" && created) markPastCreates();
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !["host", "connection", "content-length"].includes(k)).map(([k, v]) => [k, String(v)]));
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      const answer = await fetch(fake.url + (req.url ?? "/"), { method: req.method, headers, body }).catch(() => undefined);
      if (!answer) return void res.writeHead(502).end();
      if (req.method === "POST" && answer.status >= 200 && answer.status < 300) created = true;
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    pastCreates,
    async close() {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await fake.close();
    },
  };
}

// The examples alone create services in their first wave and have ~20 more cases to send after
// it; at 10 requests a second the run is still sending when the signal arrives.
const ARGS = (url: string) => ["--api", "yarn-service", "--base-url", url, "--rate-limit", "10", "--phases", "examples"];
const env = { ...process.env, FORCE_COLOR: "0" };
/** The built bin (dist/, as packed), so the process loads plain JavaScript. */
const spawnConform = (url: string, more: string[] = []) => spawnBin(["conform", ...ARGS(url), ...more]);

/** Wait until the run has created resources and is sending its other cases (or fail with its output). */
async function startedRun(child: ChildProcess, target: Target): Promise<void> {
  const exited = collect(child, 90_000).then((r) => Promise.reject(new Error(`exited (${r.code}) before its first GET after a create:\n${r.stdout}${r.stderr}`)));
  exited.catch(() => {});
  await Promise.race([target.pastCreates, exited]);
}

test.concurrent("bin: a second SIGINT quits at once with 130", async ({ expect }) => {
  // DELETEs hang: without the second signal the teardown would last its whole bound.
  const target = await startTarget({ hangDeletes: true });
  try {
    const child = spawnConform(target.url);
    const done = collect(child, 120_000);
    await startedRun(child, target);
    child.kill("SIGINT");
    // The default bound (10 s) leaves the second signal plenty of time to land inside the teardown.
    await waitForOutput(child, /stopping \(/, 20_000);
    await new Promise((r) => setTimeout(r, 600)); // past the window in which a duplicate signal counts once
    const secondAt = performance.now();
    child.kill("SIGINT");
    const result = await done;
    expect(result.code, result.stdout + result.stderr).toBe(130);
    expect(result.stderr).toContain("second SIGINT");
    expect(result.stdout).toMatch(/stopping \(interrupted \(SIGINT\)\): no new requests; cleaning up [1-9]\d* resources?(?: and what \d+ creates? in flight may make)? \(at most 10 s\)/);
    expect(performance.now() - secondAt).toBeLessThan(3_000);
  } finally {
    await target.close();
  }
}, 150_000);

test.concurrent("npm run conform: SIGTERM to npm reaches the runner, which stops at once, tears down within the announced bound and exits 3", async ({ expect }) => {
  // DELETEs hang here, so the teardown would take forever without its bound.
  const target = await startTarget({ hangDeletes: true });
  try {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const child = spawn(npm, ["run", "--silent", "conform", "--", ...ARGS(target.url), "--teardown-timeout", "2"], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    const done = collect(child, 120_000);
    await startedRun(child, target);
    const signalledAt = performance.now();
    child.kill("SIGTERM");
    const result = await done;
    const took = performance.now() - signalledAt;
    expect(result.stderr, result.stdout + result.stderr).toContain("SIGTERM received");
    expect(result.stdout).toMatch(/stopping \(interrupted \(SIGTERM\)\): no new requests; cleaning up [1-9]\d* resources?(?: and what \d+ creates? in flight may make)? \(at most 2 s\)/);
    expect(result.stdout).toMatch(/INCOMPLETE: interrupted \(SIGTERM\); did not run: \d+ cases/);
    expect(result.stdout).toMatch(/cleanup: 0 deleted, \d+ already gone, [1-9]\d* failed/);
    // npm passes the runner's exit code on (checked with npm 10 and 11)
    expect(result.code, `code ${result.code}, signal ${result.signal}`).toBe(3);
    expect(took).toBeLessThan(10_000);
  } finally {
    await target.close();
  }
}, 150_000);
