/**
 * The package bin (built to dist/ before the tests, as it is packed) runs `conform` and names the other commands. Each
 * test starts the bin as its own process; they run side by side (most of a run is loading).
 */
import { test } from "vitest";
import { runBin } from "../support/run-cli.js";

const run = (args: string[]) => runBin(args, {}, 30_000);

test.concurrent("cluster-api-contracts conform --help", async ({ expect }) => {
  const result = await run(["conform", "--help"]);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain("--base-url");
}, 30_000);

test.concurrent("cluster-api-contracts conform with a bad API exits 2 with one line", async ({ expect }) => {
  const result = await run(["conform", "--api", "nope", "--base-url", "http://127.0.0.1:9"]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('unknown API "nope"');
}, 30_000);

test.concurrent("an unknown command exits 2 and lists the commands", async ({ expect }) => {
  const result = await run(["frobnicate"]);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/conform\|mock\|fake/);
}, 30_000);
