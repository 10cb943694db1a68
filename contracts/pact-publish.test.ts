/**
 * `npm run pact:publish` without a broker configured says what is missing in one line and
 * exits 2. Tests never contact a broker: only the missing-configuration paths run here.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "vitest";
import { PROJECT_ROOT } from "../src/spec/apis.js";

const TSX = path.join(PROJECT_ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const SCRIPT = path.join(PROJECT_ROOT, "scripts", "pact-publish.ts");

function publishWith(extra: Record<string, string>) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...extra };
  return spawnSync(process.execPath, [TSX, SCRIPT], { cwd: PROJECT_ROOT, env, encoding: "utf8", timeout: 30_000 });
}

test.each([
  [{}, /PACT_BROKER_BASE_URL and PACT_BROKER_TOKEN \(or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD\)/],
  [{ PACT_BROKER_BASE_URL: "http://broker.invalid" }, /set PACT_BROKER_TOKEN \(or PACT_BROKER_USERNAME/],
  [{ PACT_BROKER_TOKEN: "t" }, /set PACT_BROKER_BASE_URL to publish/],
  [{ PACT_BROKER_BASE_URL: "http://broker.invalid", PACT_BROKER_USERNAME: "u" }, /set PACT_BROKER_TOKEN/],
])("with %j it names what is missing in one line and exits 2", (env, message) => {
  const run = publishWith(env);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(message);
}, 30_000);
