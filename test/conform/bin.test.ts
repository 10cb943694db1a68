/** The package bin runs `conform` (and names the other commands) through tsx's ESM API. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "vitest";
import { PROJECT_ROOT } from "../../src/spec/apis.js";

const bin = path.join(PROJECT_ROOT, "bin", "cluster-api-contracts.js");
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: PROJECT_ROOT, encoding: "utf8", timeout: 30_000 });

test("cluster-api-contracts conform --help", () => {
  const result = run(["conform", "--help"]);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("--base-url");
}, 30_000);

test("cluster-api-contracts conform with a bad API exits 2 with one line", () => {
  const result = run(["conform", "--api", "nope", "--base-url", "http://127.0.0.1:9"]);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('unknown API "nope"');
}, 30_000);

test("an unknown command exits 2 and lists the commands", () => {
  const result = run(["frobnicate"]);
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(/conform\|mock\|fake/);
});
