/**
 * `npm run pact:publish` without a broker configured says what is missing in one line and
 * exits 2. Tests never contact a broker: only the missing-configuration paths run here. Each
 * combination is judged through the function the script calls; one real run of the script
 * shows the message reaches stderr as one line with exit code 2.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "vitest";
import { PROJECT_ROOT } from "../src/spec/apis.js";
import { missingBrokerConfig, missingConfigMessage } from "../src/cli/pact-publish-config.js";

const SCRIPT = path.join(PROJECT_ROOT, "scripts", "pact-publish.ts");

test.each([
  [{}, /PACT_BROKER_BASE_URL and PACT_BROKER_TOKEN \(or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD\)/],
  [{ PACT_BROKER_BASE_URL: "http://broker.invalid" }, /set PACT_BROKER_TOKEN \(or PACT_BROKER_USERNAME/],
  [{ PACT_BROKER_TOKEN: "t" }, /set PACT_BROKER_BASE_URL to publish/],
  [{ PACT_BROKER_BASE_URL: "http://broker.invalid", PACT_BROKER_USERNAME: "u" }, /set PACT_BROKER_TOKEN/],
])("with %j it names what is missing", (env, message) => {
  const missing = missingBrokerConfig(env);
  expect(missing.length).toBeGreaterThan(0);
  expect(missingConfigMessage(missing)).toMatch(message);
});

test("a complete configuration misses nothing (token, or user name and password)", () => {
  expect(missingBrokerConfig({ PACT_BROKER_BASE_URL: "http://broker.invalid", PACT_BROKER_TOKEN: "t" })).toEqual([]);
  expect(missingBrokerConfig({ PACT_BROKER_BASE_URL: "http://broker.invalid", PACT_BROKER_USERNAME: "u", PACT_BROKER_PASSWORD: "p" })).toEqual([]);
});

test("the script prints the one line on stderr and exits 2", () => {
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PACT_BROKER_TOKEN: "t" };
  const run = spawnSync(process.execPath, ["--import", "tsx", SCRIPT], { cwd: PROJECT_ROOT, env, encoding: "utf8", timeout: 30_000 });
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(/^pact:publish: not published: set PACT_BROKER_BASE_URL to publish/);
}, 30_000);
