/**
 * `npm run fixtures:add -- <dir>`: recorded exchanges become fixtures only when they hold no
 * secret and break no spec rule (unless --allow-violations); the API's manifest is appended
 * to, and what was added passes the same judge test/upstream-fixtures.test.ts applies.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { stringify } from "yaml";
import { addRecordings } from "../src/evidence/add-recordings.js";
import { judgeFixture } from "../src/evidence/judge-fixture.js";
import { loadManifest } from "../src/evidence/manifest.js";
import { recordingSecrets } from "../src/evidence/mask-exchange.js";
import { createSpecValidator } from "../src/validate/spec-validator.js";
import { loadSpec } from "../src/spec/load-spec.js";
import { runFixturesAdd } from "../src/cli/fixtures-add.js";

const ENV = { BIGDATA_PAAS_TOKEN: "fixtures-paas-token-51e0c2", YARN_USER: "fixtures-user-a3d9" };
const secrets = recordingSecrets(ENV);
const DATE = "2026-11-30";

const exchange = (query: Record<string, string>, status: number, body: unknown, path = "/app/v1/services/version") => ({
  request: { method: "GET", path, query, headers: { accept: "application/json" } },
  response: { status, headers: { "content-type": "application/json" }, body },
  timing: { startedAt: `${DATE}T10:00:00.000Z`, durationMs: 3 },
});

/** One file per way a recording can be good or bad. */
const RECORDINGS: Record<string, { operation: string; status: number; content: unknown }> = {
  "000001-getVersion.json": { operation: "getVersion", status: 200, content: exchange({ "user.name": "***" }, 200, { hadoop_version: "3.3.6" }) },
  "000002-getVersion.json": { operation: "getVersion", status: 200, content: exchange({ "user.name": "***" }, 200, { hadoop_version: 336 }) },
  "000003-getVersion.json": { operation: "getVersion", status: 200, content: exchange({ "user.name": "***" }, 200, { hadoop_version: `3.3.6 ${ENV.BIGDATA_PAAS_TOKEN}` }) },
  "000004-getService.json": { operation: "getService", status: 404, content: exchange({ "user.name": "alice" }, 404, { diagnostics: "no such service" }, "/app/v1/services/x") },
};

let root: string;
let recordings: string;
let fixtures: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "fixtures-add-"));
  recordings = path.join(root, "recordings", "yarn-service");
  fixtures = path.join(root, "fixtures");
  await mkdir(recordings, { recursive: true });
  for (const [file, r] of Object.entries(RECORDINGS)) await writeFile(path.join(recordings, file), JSON.stringify(r.content, null, 2));
  const entries = Object.entries(RECORDINGS).map(([file, r]) => ({
    file,
    source: { repository: "recorded", date: DATE },
    operation: r.operation,
    kind: "exchange",
    status: r.status,
    verdict: "accepted",
    reason: "recorded from 127.0.0.1:8088",
  }));
  await writeFile(path.join(recordings, "manifest.yaml"), stringify({ fixtures: entries }));
  await mkdir(path.join(fixtures, "yarn-service"), { recursive: true });
  await writeFile(
    path.join(fixtures, "yarn-service", "manifest.yaml"),
    "# yarn-service evidence\nfixtures:\n  - file: hadoop/example.json # kept as written\n    source: { repository: apache/hadoop, path: a/b.json, commit: '0123456789012345678901234567890123456789' }\n    operation: createService\n    kind: request\n    status: 202\n    verdict: accepted\n    reason: an example\n",
  );
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("fixtures:add", () => {
  test("adds the clean recording, refuses violations, secret values and unmasked credentials", async () => {
    const outcomes = await addRecordings({ dir: path.join(root, "recordings"), fixturesRoot: fixtures, secrets });
    expect(outcomes.map((o) => [o.file, o.added ?? null, o.refused])).toEqual([
      ["000001-getVersion.json", `recorded/${DATE}/000001-getVersion.json`, []],
      ["000002-getVersion.json", null, [expect.stringMatching(/^violation getVersion response type \/hadoop_version must be string$/)]],
      ["000003-getVersion.json", null, ["secret: contains the value of a credential variable (or an encoding of it)"]],
      ["000004-getService.json", null, ["secret: request query parameter user.name is not masked"]],
    ]);
    const text = await readFile(path.join(fixtures, "yarn-service", "manifest.yaml"), "utf8");
    expect(text).toContain("# yarn-service evidence");
    expect(text).toContain("# kept as written");
    expect(text).toContain(`date: "${DATE}"`);
    const manifest = await loadManifest(path.join(fixtures, "yarn-service"));
    expect(manifest.fixtures.map((e) => e.file)).toEqual(["hadoop/example.json", `recorded/${DATE}/000001-getVersion.json`]);
    const added = manifest.fixtures[1]!;
    const copied = await readFile(path.join(fixtures, "yarn-service", added.file), "utf8");
    expect(copied).toBe(await readFile(path.join(recordings, "000001-getVersion.json"), "utf8"));
    const validator = createSpecValidator((await loadSpec("yarn-service")).document);
    expect(judgeFixture(validator, added, copied).verdict).toBe(added.verdict);
    expect(existsSync(path.join(fixtures, "yarn-service", "recorded", DATE, "000003-getVersion.json"))).toBe(false);
  });

  test("--allow-violations keeps a breaking answer as upstreamWrong, judged rejected; secrets stay refused", async () => {
    const outcomes = await addRecordings({ dir: recordings, fixturesRoot: fixtures, secrets, allowViolations: true });
    expect(outcomes.filter((o) => o.added).map((o) => o.file)).toEqual(["000001-getVersion.json", "000002-getVersion.json"]);
    const manifest = await loadManifest(path.join(fixtures, "yarn-service"));
    const kept = manifest.fixtures.find((e) => e.file.endsWith("000002-getVersion.json"))!;
    expect(kept.verdict).toBe("rejected");
    expect(kept.upstreamWrong).toMatch(/^recorded answer breaks the spec \(1 finding\(s\), first: .*must be string\); kept with --allow-violations$/);
    const validator = createSpecValidator((await loadSpec("yarn-service")).document);
    expect(judgeFixture(validator, kept, await readFile(path.join(fixtures, "yarn-service", kept.file), "utf8")).verdict).toBe("rejected");
  });

  test("the command prints one line per refused file, never the secret, and exits 1; a second run refuses duplicates", async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (written.push(String(chunk)), true));
    try {
      const code = await runFixturesAdd([recordings, "--fixtures-root", fixtures], ENV);
      expect(code).toBe(1);
      const again = await runFixturesAdd([recordings, "--fixtures-root", fixtures, "--allow-violations"], ENV);
      expect(again).toBe(1);
    } finally {
      spy.mockRestore();
    }
    const lines = written.join("").split("\n");
    expect(lines.filter((l) => l.startsWith("refused yarn-service 000003"))).toHaveLength(2);
    expect(lines).toContain("1 added, 3 refused");
    expect(lines.some((l) => /^refused yarn-service 000001-getVersion\.json: already in .*manifest\.yaml as recorded\/2026-11-30\/000001-getVersion\.json$/.test(l))).toBe(true);
    expect(written.join("")).not.toContain(ENV.BIGDATA_PAAS_TOKEN);
  });

  test("a folder whose API cannot be told is an operator error", async () => {
    await expect(runFixturesAdd([path.join(root, "recordings", "yarn-service", ".."), "--api", "nope"], ENV)).rejects.toMatchObject({ code: "UNKNOWN_API" });
    const odd = path.join(root, "odd");
    await mkdir(odd);
    await writeFile(path.join(odd, "manifest.yaml"), "fixtures: []\n");
    await expect(addRecordings({ dir: odd, fixturesRoot: fixtures, secrets })).rejects.toMatchObject({ code: "USAGE" });
  });
});
