/**
 * Start-up stays cheap: a command's --help, its usage errors and a plan without workflows load
 * none of the heavy libraries (Prism, Redocly, graphql, TypeScript, Pact, swagger-parser, Optic),
 * which the commands import only where the work needs them. Two processes of the built bin
 * (dist/, as packed), each recording what it loaded (test/support/trace-imports-hook.mjs), side
 * by side.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, test } from "vitest";
import { PROJECT_ROOT } from "../src/spec/apis.js";
import { BUILT_BIN, collect, spawnNode } from "./support/run-cli.js";
import { packagesOf } from "./support/trace-imports.js";

const HEAVY = [
  "@stoplight/prism-http",
  "@stoplight/prism-http-server",
  "@stoplight/prism-core",
  "@redocly/openapi-core",
  "@redocly/respect-core",
  "graphql",
  "typescript",
  "openapi-typescript",
  "@pact-foundation/pact",
  "@pactflow/openapi-pact-comparator",
  "@apidevtools/swagger-parser",
  "@useoptic/openapi-utilities",
];

const scratch = mkdtempSync(path.join(os.tmpdir(), "cac-startup-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Run the bin with the import tracer; the exit code, output and the loaded module URLs. */
async function traced(name: string, args: string[]) {
  const file = path.join(scratch, `${name}.json`);
  const child = spawnNode(["--import", path.join(PROJECT_ROOT, "test", "support", "trace-imports-hook.mjs"), BUILT_BIN, ...args], { TRACE_IMPORTS_FILE: file });
  const result = await collect(child, 30_000);
  const urls = JSON.parse(readFileSync(file, "utf8")) as string[];
  return { ...result, urls, packages: packagesOf(urls) };
}

test.concurrent("conform --help loads no heavy library", async ({ expect }) => {
  const run = await traced("help", ["conform", "--help"]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain("--base-url");
  // The tracer saw the command's own modules (it cannot pass by seeing nothing).
  expect(run.urls.some((url) => url.endsWith("/dist/src/cli/conform-options.js"))).toBe(true);
  expect(HEAVY.filter((name) => run.packages.has(name))).toEqual([]);
}, 30_000);

test.concurrent("a conform --dry-run of the examples phase loads no heavy library", async ({ expect }) => {
  const run = await traced("dry-run", ["conform", "--api", "yarn-service", "--base-url", "http://127.0.0.1:9", "--phases", "examples", "--dry-run"]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/\d+ cases, 0 workflows/);
  // The plan compiled the spec's validators and generated cases: Ajv and yaml did load.
  expect(run.packages.has("ajv")).toBe(true);
  expect(run.packages.has("yaml")).toBe(true);
  expect(HEAVY.filter((name) => run.packages.has(name))).toEqual([]);
}, 30_000);
