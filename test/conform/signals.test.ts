/**
 * Real signals to real child processes: the package's bin and `npm run conform` (npm forwards
 * SIGTERM; the runner itself must get it). After the first signal the runner sends nothing
 * new, says what it cleans up and within how long, tears down within that bound and exits 3
 * (INCOMPLETE); a second signal exits at once (130). DELETEs hang behind a proxy here, so the
 * teardown would take forever without its bound.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, expect, test } from "vitest";
import { PROJECT_ROOT } from "../../src/spec/apis.js";
import { startApiFake } from "../../src/fakes/start-fakes.js";
import type { RunningFake } from "../../src/fakes/runtime/create-fake-server.js";
import { collect, waitForOutput } from "../support/run-cli.js";

let fake: RunningFake<any>;
let proxy: Server;
let proxyUrl: string;

beforeAll(async () => {
  fake = await startApiFake("yarn-service", { port: 0, clock: "real", stepMs: 10 });
  // Forwards everything to the fake, except that DELETE never gets an answer.
  proxy = createServer((req, res) => {
    if (req.method === "DELETE") return;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !["host", "connection", "content-length"].includes(k)).map(([k, v]) => [k, String(v)]));
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      const answer = await fetch(fake.url + (req.url ?? "/"), { method: req.method, headers, body }).catch(() => undefined);
      if (!answer) return void res.writeHead(502).end();
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

beforeEach(async () => {
  // The previous run's DELETEs never arrived: start each run from the fake's initial state.
  await fetch(`${fake.url}/__fake/reset`, { method: "POST" });
});

afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
  await fake?.close();
});

const ARGS = () => ["--api", "yarn-service", "--base-url", proxyUrl, "--rate-limit", "25", "--phases", "examples,coverage,negative"];
const env = { ...process.env, FORCE_COLOR: "0" };
const spawnBin = () => spawn(process.execPath, [path.join(PROJECT_ROOT, "bin", "cluster-api-contracts.js"), "conform", ...ARGS()], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });

/** Wait until the run has been sending requests for a while (the first progress line, after 5 s). */
async function startedRun(child: ChildProcess): Promise<void> {
  await waitForOutput(child, /\.\.\. \d+ requests/, 90_000);
}

test("bin: SIGINT stops at once, tears down within the announced bound, exits 3 with INCOMPLETE", async () => {
  const child = spawnBin();
  const done = collect(child, 120_000);
  await startedRun(child);
  const signalledAt = performance.now();
  child.kill("SIGINT");
  const result = await done;
  const took = performance.now() - signalledAt;
  expect(result.code, result.stdout + result.stderr).toBe(3);
  expect(result.stderr).toContain("SIGINT received");
  expect(result.stdout).toMatch(/stopping \(interrupted \(SIGINT\)\): no new requests; cleaning up \d+ resources? \(at most 10 s\)/);
  expect(result.stdout).toMatch(/INCOMPLETE: interrupted \(SIGINT\); did not run: \d+ cases/);
  expect(result.stdout).toMatch(/cleanup: 0 deleted, \d+ already gone, [1-9]\d* failed/);
  expect(took).toBeLessThan(20_000);
}, 150_000);

test("bin: a second SIGINT quits at once with 130", async () => {
  const child = spawnBin();
  const done = collect(child, 120_000);
  await startedRun(child);
  child.kill("SIGINT");
  await waitForOutput(child, /stopping \(/, 20_000);
  await new Promise((r) => setTimeout(r, 600)); // past the window in which a duplicate signal counts once
  const secondAt = performance.now();
  child.kill("SIGINT");
  const result = await done;
  expect(result.code, result.stdout + result.stderr).toBe(130);
  expect(result.stderr).toContain("second SIGINT");
  expect(performance.now() - secondAt).toBeLessThan(3_000);
}, 150_000);

test("npm run conform: SIGTERM to npm reaches the runner, which stops and exits 3", async () => {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const child = spawn(npm, ["run", "--silent", "conform", "--", ...ARGS()], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  const done = collect(child, 120_000);
  await startedRun(child);
  const signalledAt = performance.now();
  child.kill("SIGTERM");
  const result = await done;
  expect(result.stderr).toContain("SIGTERM received");
  expect(result.stdout).toMatch(/stopping \(interrupted \(SIGTERM\)\)/);
  expect(result.stdout).toContain("INCOMPLETE: interrupted (SIGTERM)");
  expect(result.code === 3 || result.signal === "SIGTERM").toBe(true);
  expect(performance.now() - signalledAt).toBeLessThan(20_000);
}, 150_000);
