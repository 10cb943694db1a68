/**
 * `npm run mock -- --proxy <url> --record <dir>` and `--replay <dir>` against a real upstream on
 * loopback: the YARN fake behind a fault proxy that breaks one answer. A scripted client sees
 * the upstream's answers unchanged, the fault is reported with its operation and rule, the
 * recording holds no secret, and the replay answers the recorded calls the same way.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { startApiFake } from "../src/fakes/start-fakes.js";
import { startMocks, type MockSet } from "../src/mock/start-mocks.js";
import { readCredentials, type Credentials } from "../src/spec/credentials.js";
import { recordingSecrets } from "../src/evidence/mask-exchange.js";
import { secretVariants } from "../src/reporters/output.js";
import { FAULTS, startFaultProxy, type FaultProxy } from "./support/fault-proxy.js";
import { collect, spawnBin, waitForOutput, type CliResult } from "./support/run-cli.js";
import { runMock } from "../src/cli/mock.js";
import { resolvePerApiValues } from "../src/cli/server-options.js";

/** Distinctive credential values, so a leak is found by a plain text search. */
const ENV = {
  YARN_USER: "proxy-user-4f1c9e",
  NHN_KUBERNETES_TOKEN: "proxy-nks-token-8d2a61",
  BIGDATA_PAAS_TOKEN: "proxy-paas-token-3b7e05",
  HADOOP_ECO_CREDENTIAL_SECRET: "proxy-eco-secret-92c4aa",
};
const credentials: Credentials = readCredentials(ENV);
const secrets = recordingSecrets(ENV);
const user = ENV.YARN_USER;
const SERVICE = {
  name: "sleeper-proxy",
  version: "1.0.0",
  components: [{ name: "sleeper", number_of_containers: 1, launch_command: "sleep 900000", resource: { cpus: 1, memory: "256" } }],
};

interface Answer {
  status: number;
  contentType: string | null;
  body: string;
}

async function call(base: string, method: string, target: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${base}${target}`, {
    method,
    headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    redirect: "manual",
  });
  return { status: response.status, contentType: response.headers.get("content-type"), body: await response.text() };
}

/** The scripted client: the same calls through the proxy and, later, against the replay. */
const UNLISTED = { user: "unlisted-user-77a0", token: "unlisted-token-5e19" };
const SCRIPT: Array<{ method: string; target: string; body?: unknown; headers?: Record<string, string> }> = [
  { method: "GET", target: `/app/v1/services/version?user.name=${user}` },
  { method: "POST", target: `/app/v1/services?user.name=${user}`, body: SERVICE },
  { method: "GET", target: `/app/v1/services/${SERVICE.name}?user.name=${user}` },
  { method: "GET", target: `/app/v1/services/${SERVICE.name}` },
  // Credentials no variable holds: masked by name (query user.name, header X-Auth-Token).
  { method: "GET", target: `/app/v1/services/version?user.name=${UNLISTED.user}`, headers: { "X-Auth-Token": UNLISTED.token } },
];

/**
 * The command's own process (the built bin's `mock`) starts with the file, behind its own fake and
 * fault proxy, so its start-up overlaps the in-process tests; its test (the last) drives it.
 */
let cli: { child: ChildProcess; done: Promise<CliResult>; ready: Promise<string>; recordDir: string; close(): Promise<void> } | undefined;

beforeAll(async () => {
  const fake = await startApiFake("yarn-service", { port: 0, clock: "manual", credentials });
  const fault = await startFaultProxy(fake.url, FAULTS["wrong-type"]);
  const recordDir = await mkdtemp(path.join(tmpdir(), "mock-proxy-cli-"));
  const child = spawnBin(["mock", "--api", "yarn-service", "--port", "0", "--proxy", fault.url, "--record", recordDir], ENV);
  const done = collect(child, 90_000);
  const ready = waitForOutput(child, /ready: 1 mock\(s\)/, 60_000);
  ready.catch(() => {}); // observed by the test
  cli = {
    child,
    done,
    ready,
    recordDir,
    async close() {
      child.kill("SIGKILL");
      await rm(recordDir, { recursive: true, force: true });
      await fault.close();
      await fake.close();
    },
  };
});

afterAll(async () => {
  await cli?.close();
});

describe("mock --proxy --record, then --replay", () => {
  let fake: Awaited<ReturnType<typeof startApiFake>>;
  let fault: FaultProxy;
  let proxy: MockSet;
  let dir: string;
  const lines: string[] = [];
  const proxied: Answer[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "mock-proxy-"));
    fake = await startApiFake("yarn-service", { port: 0, clock: "manual", credentials });
    fault = await startFaultProxy(fake.url, FAULTS["wrong-type"]);
    proxy = await startMocks({
      apis: [{ id: "yarn-service", port: 0, proxy: fault.url, record: path.join(dir, "yarn-service") }],
      host: "127.0.0.1",
      logLevel: "normal",
      log: (line) => lines.push(line),
      secrets,
    });
    for (const step of SCRIPT) proxied.push(await call(proxy.mocks[0]!.url, step.method, step.target, step.body, step.headers));
  }, 60_000);

  afterAll(async () => {
    await proxy?.close();
    await fault?.close();
    await fake?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test("returns the upstream's answers unchanged", async () => {
    expect(proxied.map((a) => a.status)).toEqual([200, 202, 200, 401, 200]);
    // The version call is stateless: the same call straight to the upstream gives the same bytes.
    const direct = await call(fault.url, "GET", SCRIPT[0]!.target);
    expect(proxied[0]).toEqual(direct);
    expect(JSON.parse(proxied[0]!.body)).toEqual({ hadoop_version: 336 });
    expect(JSON.parse(proxied[2]!.body)).toMatchObject({ name: SERVICE.name });
  });

  test("reports the injected fault with its operation, direction, rule and pointer, and nothing for conforming calls", () => {
    const violations = lines.filter((l) => /\] (violation|warning) /.test(l));
    expect(violations).toEqual([
      expect.stringMatching(/^\[yarn-service\] violation getVersion response type \/hadoop_version /),
      expect.stringMatching(/^\[yarn-service\] violation getService request security - no credentials/),
      expect.stringMatching(/^\[yarn-service\] violation getVersion response type \/hadoop_version /),
    ]);
    const rows = [...proxy.tally.rows.values()];
    expect(rows.find((r) => r.operation === "getVersion")).toMatchObject({ calls: 2, responseErrors: 2, requestErrors: 0 });
    expect(rows.find((r) => r.operation === "createService")).toMatchObject({ calls: 1, responseErrors: 0, requestErrors: 0 });
    expect(rows.find((r) => r.operation === "getService")).toMatchObject({ calls: 2, responseErrors: 0, requestErrors: 1 });
    expect(proxy.tally.errorCount).toBe(3);
    expect(proxy.tally.formatSummary()).toMatch(/getVersion\s+2\s+0\s+2\s+0\s+0/);
  });

  test("prints no secret", () => {
    const text = lines.join("\n");
    expect(text).toContain("user.name=***");
    for (const variant of secretVariants([...secrets, UNLISTED.user])) expect(text).not.toContain(variant);
  });

  test("records one masked file per call, in call order, with a manifest", async () => {
    await proxy.close();
    const folder = path.join(dir, "yarn-service");
    const names = (await readdir(folder)).sort();
    expect(names).toEqual(["000001-getVersion.json", "000002-createService.json", "000003-getService.json", "000004-getService.json", "000005-getVersion.json", "manifest.yaml"]);
    for (const name of names) {
      const text = await readFile(path.join(folder, name), "utf8");
      for (const value of [...Object.values(ENV), ...Object.values(UNLISTED)]) expect(text, name).not.toContain(value);
    }
    const first = JSON.parse(await readFile(path.join(folder, names[1]!), "utf8"));
    expect(first.request).toMatchObject({ method: "POST", path: "/app/v1/services", query: { "user.name": "***" }, body: SERVICE });
    expect(first.response.status).toBe(202);
    expect(first.timing.durationMs).toBeGreaterThanOrEqual(0);
    const manifest = parse(await readFile(path.join(folder, "manifest.yaml"), "utf8"));
    expect(manifest.fixtures).toHaveLength(5);
    const last = JSON.parse(await readFile(path.join(folder, names[4]!), "utf8"));
    expect(last.request).toMatchObject({ query: { "user.name": "***" }, headers: { "x-auth-token": "***" } });
    expect(manifest.fixtures[0]).toEqual({
      file: "000001-getVersion.json",
      source: { repository: "recorded", date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
      operation: "getVersion",
      kind: "exchange",
      status: 200,
      verdict: "accepted",
      reason: `recorded from ${new URL(fault.url).host}`,
    });
  });

  test("replays the recorded calls identically and leaves the rest to Prism", async () => {
    const replayLines: string[] = [];
    const replay = await startMocks({
      apis: [{ id: "yarn-service", port: 0, replay: path.join(dir, "yarn-service") }],
      host: "127.0.0.1",
      logLevel: "normal",
      log: (line) => replayLines.push(line),
      secrets,
    });
    try {
      const base = replay.mocks[0]!.url;
      const replayed: Answer[] = [];
      for (const step of SCRIPT) replayed.push(await call(base, step.method, step.target, step.body, step.headers));
      expect(replayed).toEqual(proxied);
      expect(replayLines).toContain(`[yarn-service] GET /app/v1/services/version?user.name=*** -> 200 replayed 000005-getVersion.json`);
      expect(replayLines.join("\n")).not.toContain(UNLISTED.user);
      // Not recorded: Prism answers from the spec's example.
      const other = await call(base, "GET", `/app/v1/services/not-recorded?user.name=${user}`);
      expect(other.status).toBe(200);
      expect(JSON.parse(other.body).name).not.toBe(SERVICE.name);
      expect(replayLines).toContain("[yarn-service] GET /app/v1/services/not-recorded?user.name=***");
      expect(replayLines.join("\n")).not.toContain(user);
    } finally {
      await replay.close();
    }
  });
});

describe("mock --proxy passes bytes through", () => {
  let upstream: Server;
  let proxy: MockSet;
  const lines: string[] = [];
  const BODY = '{"hadoop_version":  336 ,\n "build": 1.0}';

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      const gz = gzipSync(Buffer.from(BODY));
      if (/gzip/.test(String(req.headers["accept-encoding"]))) {
        res.writeHead(200, "Fine", { "Content-Type": "application/json", "Content-Encoding": "gzip", "X-Upstream": "A", "Set-Cookie": ["a=1", "b=2"] });
        res.end(gz);
      } else {
        res.writeHead(200, "Fine", { "Content-Type": "application/json", "X-Upstream": "A", "Set-Cookie": ["a=1", "b=2"] });
        res.end(BODY);
      }
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    proxy = await startMocks({ apis: [{ id: "yarn-service", port: 0, proxy: url }], host: "127.0.0.1", logLevel: "quiet", log: (l) => lines.push(l), secrets });
  }, 30_000);

  afterAll(async () => {
    await proxy?.close();
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  });

  test("status line, headers and body bytes (even compressed) come back as the upstream sent them", async () => {
    const { request } = await import("node:http");
    const raw = await new Promise<{ status: number; message: string; headers: string[]; body: Buffer }>((resolve, reject) => {
      const req = request(`${proxy.mocks[0]!.url}/app/v1/services/version?user.name=x`, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, message: res.statusMessage!, headers: res.rawHeaders, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      req.end();
    });
    expect(raw.status).toBe(200);
    expect(raw.message).toBe("Fine");
    expect(raw.body.equals(gzipSync(Buffer.from(BODY)))).toBe(true);
    expect(raw.headers).toEqual(expect.arrayContaining(["Content-Encoding", "gzip", "X-Upstream", "A", "Set-Cookie", "a=1", "Set-Cookie", "b=2"]));
    expect(raw.headers.filter((h) => /^sl-violations$|^access-control/i.test(h))).toEqual([]);
    // ... and the decompressed body was still judged.
    expect(lines.some((l) => /violation getVersion response type \/hadoop_version/.test(l))).toBe(true);
  });

  test("an upstream that stops answering gets a 502 and one line, and is counted", async () => {
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
    upstream.closeAllConnections();
    const answer = await call(proxy.mocks[0]!.url, "GET", "/app/v1/services/version?user.name=x");
    expect(answer.status).toBe(502);
    expect(lines.at(-1)).toMatch(/GET \/app\/v1\/services\/version\?user\.name=\*\*\* -> upstream .* failed: ECONNREFUSED/);
    expect([...proxy.tally.rows.values()].find((r) => r.operation === "getVersion")?.upstreamFailures).toBe(1);
    upstream.listen(0, "127.0.0.1"); // so afterAll can close it again
  });
});

describe("several APIs proxied at once", () => {
  test("--proxy id=url picks each API's upstream; a bare URL needs exactly one API", () => {
    expect([...resolvePerApiValues("proxy", ["yarn-service=http://a:1", "bigdata-paas=https://b/x"], ["yarn-service", "nhn-kubernetes", "bigdata-paas"])]).toEqual([
      ["yarn-service", "http://a:1"],
      ["bigdata-paas", "https://b/x"],
    ]);
    expect([...resolvePerApiValues("proxy", ["http://a:1"], ["nhn-kubernetes"])]).toEqual([["nhn-kubernetes", "http://a:1"]]);
  });

  test("each API records into its own folder; call numbers follow the order of calls across APIs", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "mock-proxy-two-"));
    const yarn = await startApiFake("yarn-service", { port: 0, clock: "manual", credentials });
    const paas = await startApiFake("bigdata-paas", { port: 0, clock: "manual", credentials });
    const set = await startMocks({
      apis: [
        { id: "yarn-service", port: 0, proxy: yarn.url, record: path.join(dir, "yarn-service") },
        { id: "bigdata-paas", port: 0, proxy: paas.url, record: path.join(dir, "bigdata-paas") },
        { id: "nhn-kubernetes", port: 0 },
      ],
      host: "127.0.0.1",
      logLevel: "quiet",
      log: () => {},
      secrets,
    });
    try {
      expect(set.mocks.map((m) => m.mode)).toEqual(["proxy", "proxy", "mock"]);
      const url = (id: string) => set.mocks.find((m) => m.id === id)!.url;
      await call(url("yarn-service"), "GET", `/app/v1/services/version?user.name=${user}`);
      const products = await call(url("bigdata-paas"), "GET", "/bigdata/api/v1/products", undefined, { "x-auth-token": credentials.bigdataPaasToken });
      expect(products.status).toBe(200);
      await call(url("yarn-service"), "GET", `/app/v1/services/version?user.name=${user}`);
      await set.close();
      expect((await readdir(path.join(dir, "yarn-service"))).sort()).toEqual(["000001-getVersion.json", "000003-getVersion.json", "manifest.yaml"]);
      expect((await readdir(path.join(dir, "bigdata-paas"))).filter((n) => n.endsWith(".json"))).toEqual([expect.stringMatching(/^000002-\w+\.json$/)]);
      const text = await readFile(path.join(dir, "bigdata-paas", (await readdir(path.join(dir, "bigdata-paas"))).find((n) => n.endsWith(".json"))!), "utf8");
      expect(text).toContain('"x-auth-token": "***"');
      expect(text).not.toContain(credentials.bigdataPaasToken);
    } finally {
      await set.close();
      await yarn.close();
      await paas.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("npm run mock -- --proxy (the command)", () => {
  test.each([
    [["--record", "rec"], "USAGE", "--record needs --proxy: only real traffic is recorded"],
    [["--proxy", "http://127.0.0.1:1"], "USAGE", "--proxy http://127.0.0.1:1 is ambiguous with 4 APIs"],
    [["--api", "yarn-service", "--proxy", "nhn-kubernetes=http://127.0.0.1:1"], "USAGE", "--proxy nhn-kubernetes=http://127.0.0.1:1 names an API that is not selected with --api"],
    [["--proxy", "hdfs=http://127.0.0.1:1"], "UNKNOWN_API", 'unknown API "hdfs" in --proxy hdfs=http://127.0.0.1:1'],
    [["--api", "yarn-service", "--proxy", "http://127.0.0.1:1", "--replay", "rec"], "USAGE", "--replay and --proxy exclude each other"],
    [["--api", "yarn-service", "--replay", "/no/such/folder"], "USAGE", "--replay /no/such/folder: no such folder"],
  ])("%j is a usage error before anything starts", async (argv, code, message) => {
    await expect(runMock(argv)).rejects.toMatchObject({ code, message });
  });


  test("refuses an upstream nobody listens on before serving (operator error)", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const started = startMocks({ apis: [{ id: "yarn-service", port: 0, proxy: `http://127.0.0.1:${port}` }], host: "127.0.0.1", logLevel: "quiet", log: () => {} });
    await expect(started).rejects.toMatchObject({ code: "TARGET_UNREACHABLE", message: `yarn-service: upstream 127.0.0.1:${port} does not accept connections (ECONNREFUSED)` });
  });

  test("prints the violations, then a summary by operation at SIGTERM, and exits 1", async () => {
    const { child, done, ready: readyOutput, recordDir } = cli!;
    const ready = await readyOutput;
    const url = ready.match(/yarn-service\s+(http:\/\/127\.0\.0\.1:\d+)/)![1]!;
    expect((await call(url, "GET", `/app/v1/services/version?user.name=${user}`)).status).toBe(200);
    await waitForOutput(child, /violation getVersion response type/, 20_000);
    child.kill("SIGTERM");
    const result = await done;
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/proxy summary:\nAPI\s+operation\s+calls\s+request violations\s+response violations\s+warnings\s+upstream failures/);
    expect(result.stdout).toMatch(/yarn-service\s+getVersion\s+1\s+0\s+1\s+0\s+0/);
    expect(result.stdout).toContain(`recordings in ${path.join(recordDir, "yarn-service")}; next: npm run fixtures:add -- ${recordDir}`);
    expect((await readdir(path.join(recordDir, "yarn-service"))).sort()).toEqual(["000001-getVersion.json", "manifest.yaml"]);
    expect(result.stdout).not.toContain(user);
  }, 120_000);
});
