/**
 * npm run pact:publish : publish contracts/pacts/*.json to a Pact Broker or PactFlow with the
 * pact CLI (`pact-broker publish`), versioned by the git commit and tagged with the branch.
 * Needs PACT_BROKER_BASE_URL and PACT_BROKER_TOKEN (or PACT_BROKER_USERNAME and
 * PACT_BROKER_PASSWORD); the CLI reads them from the environment, so no secret is ever on a
 * command line. Exit codes: the CLI's own; 2 when the configuration is missing.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../src/spec/apis.js";
import { missingBrokerConfig, missingConfigMessage } from "../src/cli/pact-publish-config.js";

const PACT_DIR = path.join(PROJECT_ROOT, "contracts", "pacts");
const env = process.env;

function fail(message: string): never {
  console.error(`pact:publish: ${message}`);
  process.exit(2);
}

function git(...args: string[]): string {
  return execFileSync("git", args, { cwd: PROJECT_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
}

const missing = missingBrokerConfig(env);
if (missing.length > 0) fail(missingConfigMessage(missing));
if (!existsSync(PACT_DIR) || !readdirSync(PACT_DIR).some((f) => f.endsWith(".json"))) fail("no pact files in contracts/pacts (run npm test first)");

let version: string;
let branch: string;
try {
  version = env.PACT_CONSUMER_VERSION || git("rev-parse", "--short", "HEAD");
  // CI checkouts are often a detached HEAD: prefer the CI's branch name when there is one.
  branch = env.PACT_CONSUMER_BRANCH || env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || git("rev-parse", "--abbrev-ref", "HEAD");
} catch {
  fail("cannot read the version from git (git rev-parse failed); set PACT_CONSUMER_VERSION and PACT_CONSUMER_BRANCH");
}

const cli = path.join(PROJECT_ROOT, "node_modules", "@pact-foundation", "pact-cli", "bin", "pact-broker.js");
const args = [cli, "publish", PACT_DIR, "--consumer-app-version", version, "--branch", branch];
console.log(`pact:publish: publishing ${path.relative(PROJECT_ROOT, PACT_DIR)} as version ${version} on branch ${branch} to ${env.PACT_BROKER_BASE_URL}`);
const run = spawnSync(process.execPath, args, { stdio: "inherit", env });
process.exit(run.status ?? 2);
