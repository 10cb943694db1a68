/** generated/ is committed; `npm run generate -- --check` must pass and must catch staleness. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { API_IDS } from "../src/spec/apis.js";
import { findStale, generateFor } from "../src/generate/generate-types.js";
import { runScript } from "./support/run-cli.js";

const scratch = mkdtempSync(path.join(os.tmpdir(), "cac-gen-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test("every generated file matches its spec (npm run generate -- --check exits 0)", async () => {
  const result = await runScript("generate.ts", ["--check"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/8 files up to date/);
}, 60_000);

test("a stale or missing file is reported", async () => {
  const files = await generateFor("bigdata-paas");
  const stalePath = path.join(scratch, "stale.d.ts");
  writeFileSync(stalePath, `${files[0]!.content}// edited by hand\n`);
  const moved = [
    { path: stalePath, content: files[0]!.content },
    { path: path.join(scratch, "missing.json"), content: files[1]!.content },
  ];
  const stale = await findStale(moved);
  expect(stale.map((s) => path.basename(s))).toEqual(["stale.d.ts", "missing.json"]);
});

test("the types carry every operation of every spec", async () => {
  for (const id of API_IDS) {
    const [types] = await generateFor(id);
    expect(types!.content).toMatch(/^\/\*\*\n \* Generated from specs\//);
    expect(types!.content).toMatch(/export (interface|type) operations/);
  }
});

test("an unknown option is a usage error", async () => {
  const result = await runScript("generate.ts", ["--frobnicate"]);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/unknown option --frobnicate/);
}, 30_000);
