/**
 * `npm run mock -- --watch`: a changed spec is served on the same port after one "reloaded"
 * line; a spec that no longer loads leaves the previous one serving, with one line saying why.
 * Both for Prism mocks and for the proxy's validator.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startMocks, type MockSet } from "../src/mock/start-mocks.js";
import { specPathFor } from "../src/spec/apis.js";
import { startApiFake } from "../src/fakes/start-fakes.js";

/** Lines as they arrive, and a wait for the next one that matches. */
function lineLog() {
  const lines: string[] = [];
  const waiters: Array<{ pattern: RegExp; from: number; resolve: (line: string) => void }> = [];
  return {
    lines,
    log: (line: string) => {
      lines.push(line);
      for (const w of [...waiters]) {
        if (w.pattern.test(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    },
    next: (pattern: RegExp, timeoutMs = 15_000) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no line ${pattern} within ${timeoutMs} ms:\n${lines.join("\n")}`)), timeoutMs);
        waiters.push({ pattern, from: lines.length, resolve: (l) => (clearTimeout(timer), resolve(l)) });
      }),
  };
}

const VERSION = "/app/v1/services/version?user.name=watcher";
const versionOf = async (base: string) => {
  const response = await fetch(`${base}${VERSION}`);
  return { status: response.status, body: (await response.json()) as { hadoop_version: unknown } };
};

describe("mock --watch (Prism)", () => {
  let dir: string;
  let spec: string;
  let set: MockSet;
  const out = lineLog();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "mock-watch-"));
    spec = path.join(dir, "yarn-service.yaml");
    await copyFile(specPathFor("yarn-service"), spec);
    set = await startMocks({ apis: [{ id: "yarn-service", port: 0, specPath: spec }], host: "127.0.0.1", logLevel: "quiet", log: out.log, watch: true, secrets: [] });
  }, 30_000);

  afterAll(async () => {
    await set?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test("serves an edited spec on the same port, and keeps it when the next edit breaks the file", async () => {
    const base = set.mocks[0]!.url;
    const original = await readFile(spec, "utf8");
    expect((await versionOf(base)).body.hadoop_version).toBe("3.3.6");
    const count = set.mocks[0]!.operationCount;

    const reloaded = out.next(/^reloaded yarn-service/);
    await writeFile(spec, original.replace("hadoop_version: 3.3.6", "hadoop_version: 9.8.7"));
    expect(await reloaded).toBe(`reloaded yarn-service from ${spec} (${count} operations)`);
    expect(await versionOf(base)).toEqual({ status: 200, body: { hadoop_version: "9.8.7" } });
    expect(set.mocks[0]!.url).toBe(base);

    const refused = out.next(/^not reloaded yarn-service/);
    await writeFile(spec, `${original.replace("hadoop_version: 3.3.6", "hadoop_version: 1.1.1")}\npaths: [unclosed\n`);
    expect(await refused).toMatch(new RegExp(`^not reloaded yarn-service: ${spec.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} does not load \\(.+\\); still serving the previous spec \\(${count} operations\\)$`));
    expect(await versionOf(base)).toEqual({ status: 200, body: { hadoop_version: "9.8.7" } });
  }, 40_000);
});

describe("mock --watch --proxy", () => {
  let dir: string;
  let spec: string;
  let set: MockSet;
  let fake: Awaited<ReturnType<typeof startApiFake>>;
  const out = lineLog();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "mock-watch-proxy-"));
    spec = path.join(dir, "yarn-service.yaml");
    await copyFile(specPathFor("yarn-service"), spec);
    fake = await startApiFake("yarn-service", { port: 0, clock: "manual" });
    set = await startMocks({ apis: [{ id: "yarn-service", port: 0, specPath: spec, proxy: fake.url }], host: "127.0.0.1", logLevel: "quiet", log: out.log, watch: true, secrets: [] });
  }, 30_000);

  afterAll(async () => {
    await set?.close();
    await fake?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test("judges traffic with the edited spec after the reload", async () => {
    const base = set.mocks[0]!.url;
    await versionOf(base);
    expect(out.lines.filter((l) => / violation /.test(l))).toEqual([]);
    const original = await readFile(spec, "utf8");
    // The edited spec wants a number: the real answer (a string) now breaks it.
    const edited = original.replace(/(VersionInfo:[\s\S]*?hadoop_version:\n\s+type: )string/, "$1integer");
    expect(edited).not.toBe(original);
    const reloaded = out.next(/^reloaded yarn-service/);
    await writeFile(spec, edited);
    await reloaded;
    await versionOf(base);
    expect(out.lines.filter((l) => / violation /.test(l))).toEqual([expect.stringMatching(/violation getVersion response type \/hadoop_version must be integer/)]);
  }, 40_000);
});
