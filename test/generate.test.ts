/**
 * Generated files are committed: `npm run generate -- --check` must pass and must catch
 * staleness. The check runs in-process (the same function the script calls); one spawn proves
 * the script's wiring (a usage error exits 2).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { API_IDS } from "../src/spec/apis.js";
import { findStale } from "../src/generate/generate-types.js";
import { generateAll, runGenerate } from "../src/generate/run-generate.js";
import { renderSpecDoc } from "../src/generate/spec-docs.js";
import { runScript } from "./support/run-cli.js";

const scratch = mkdtempSync(path.join(os.tmpdir(), "cac-gen-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const generated = generateAll();

test("every generated file matches its spec (generate --check exits 0)", async () => {
  const out: string[] = [];
  const err: string[] = [];
  expect(await runGenerate(["--check"], { out: (l) => out.push(l), err: (l) => err.push(l) }, () => generated)).toBe(0);
  expect(err).toEqual([]);
  expect(out.join("\n")).toMatch(/12 files up to date/);
}, 60_000);

test("a stale or missing file is reported", async () => {
  const files = await generated;
  const types = files.find((f) => f.path.endsWith("bigdata-paas.d.ts"))!;
  const doc = files.find((f) => f.path.endsWith(path.join("docs", "specs", "bigdata-paas.md")))!;
  const stalePath = path.join(scratch, "stale.d.ts");
  writeFileSync(stalePath, `${types.content}// edited by hand\n`);
  const moved = [
    { path: stalePath, content: types.content },
    { path: path.join(scratch, "missing.md"), content: doc.content },
  ];
  expect((await findStale(moved)).map((s) => path.basename(s))).toEqual(["stale.d.ts", "missing.md"]);
});

test("the types carry every operation of every spec, and go to the clients package", async () => {
  const files = await generated;
  for (const id of API_IDS) {
    const types = files.find((f) => f.path.endsWith(path.join("packages", "clients", "generated", `${id}.d.ts`)));
    expect(types?.content, id).toMatch(/^\/\*\*\n \* Generated from specs\//);
    expect(types!.content).toMatch(/export (interface|type) operations/);
  }
});

test("each spec page lists every operation and every x-source-notes decision", async () => {
  const files = await generated;
  for (const id of API_IDS) {
    const doc = files.find((f) => f.path.endsWith(path.join("docs", "specs", `${id}.md`)))!.content;
    expect(doc).toMatch(/^<!-- Generated from specs\//);
    expect(doc).toContain("## Operations");
  }
  const page = renderSpecDoc("demo", {
    info: { title: "Demo", version: "1" },
    paths: { "/things": { get: { operationId: "listThings", description: "Shape inferred from traffic.", responses: { "200": {}, "404": {} } }, post: { operationId: "makeThing", deprecated: true, responses: { "201": {} } } } },
    "x-source-notes": [{ topic: "Paths", decision: "From the guide | not the code", sources: ["guide", "code"] }],
  });
  expect(page).toContain("| listThings | GET | `/things` | 200, 404 | inferred |");
  expect(page).toContain("| makeThing | POST | `/things` | 201 | documented, deprecated |");
  expect(page).toContain("| Paths | From the guide \\| not the code | guide; code |");
});

test("an unknown option is a usage error", async () => {
  const result = await runScript("generate.ts", ["--frobnicate"]);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/unknown option --frobnicate/);
}, 30_000);
