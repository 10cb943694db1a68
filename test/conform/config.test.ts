/**
 * conform.config.yaml: found in the working directory (or --config), per-API sections, flags
 * win; --dry-run prints the resolved configuration with secrets masked and sends nothing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { runConformCommand } from "../../src/cli/conform.js";

const TENANT = "tenant-from-env-5c1d";

function configDir(yaml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "conform-config-"));
  writeFileSync(path.join(dir, "conform.config.yaml"), yaml);
  return dir;
}

async function run(args: string[], cwd: string) {
  const sent: string[] = [];
  const fetchStub = (async (input: string | URL | Request) => {
    sent.push(String(input));
    return new Response("{}", { status: 404, headers: { "content-type": "application/json" } });
  }) as typeof fetch;
  let stdout = "";
  let stderr = "";
  const code = await runConformCommand(args, { cwd, fetch: fetchStub, env: { ...process.env, TENANT_SECRET: TENANT }, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr, sent };
}

const CONFIG = `
api: yarn-service
base-url: http://127.0.0.1:9
headers:
  X-Tenant: "\${TENANT_SECRET}"
phases: [examples, negative]
expect-differences: differences/yarn.yaml
apis:
  yarn-service:
    max-examples: 2
    report-json: out/report.json
`;

test("--dry-run prints the resolved configuration, masks the header from the environment and sends nothing", async () => {
  const dir = configDir(CONFIG);
  mkdirSync(path.join(dir, "differences"));
  writeFileSync(path.join(dir, "differences", "yarn.yaml"), "differences: []\n");
  const result = await run(["--dry-run"], dir);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(result.sent).toEqual([]);
  expect(result.stdout).toContain(`configuration (${path.join(dir, "conform.config.yaml")} under the flags)`);
  expect(result.stdout).toMatch(/header\s+X-Tenant: \*\*\*\s+\[config\]/);
  expect(result.stdout).not.toContain(TENANT);
  expect(result.stdout).toMatch(/phases\s+examples,negative\s+\[config\]/);
  expect(result.stdout).toMatch(/max-examples\s+2\s+\[config apis.yarn-service\]/);
  expect(result.stdout).toContain(`report-json          ${path.join(dir, "out", "report.json")}`);
  expect(result.stdout).toMatch(/plan for yarn-service at http:\/\/127.0.0.1:9 \(seed 1; phases examples, negative\)/);
});

test("flags override the file", async () => {
  const dir = configDir(CONFIG.replace("expect-differences: differences/yarn.yaml\n", ""));
  const result = await run(["--dry-run", "--phases", "examples", "--base-url", "http://127.0.0.1:8"], dir);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/phases\s+examples\s+\[flag\]/);
  expect(result.stdout).toMatch(/plan for yarn-service at http:\/\/127.0.0.1:8 \(seed 1; phases examples\)/);
});

test("--config names another file; --no-config ignores the one in the folder", async () => {
  const dir = configDir("base-url: http://127.0.0.1:7\napi: yarn-service\n");
  const other = path.join(dir, "other.yaml");
  writeFileSync(other, "base-url: http://127.0.0.1:6\napi: yarn-service\n");
  expect((await run(["--dry-run", "--config", other], dir)).stdout).toContain("plan for yarn-service at http://127.0.0.1:6");
  const ignored = await run(["--dry-run", "--no-config", "--api", "yarn-service"], dir);
  expect(ignored.code).toBe(2);
  expect(ignored.stderr).toMatch(/--base-url is required/);
});

test("an unknown setting is a usage error naming file and key", async () => {
  const dir = configDir("api: yarn-service\nbase-url: http://127.0.0.1:9\nbase_url: oops\n");
  const result = await run(["--dry-run"], dir);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/conform.config.yaml: base_url: unknown setting/);
});

test("docs/conform.md documents every option and exit code", async () => {
  const { readFileSync } = await import("node:fs");
  const { CONFORM_OPTIONS, EXIT_CODES } = await import("../../src/cli/conform-options.js");
  const docs = readFileSync(path.join(__dirname, "..", "..", "docs", "conform.md"), "utf8");
  for (const o of CONFORM_OPTIONS.filter((x) => x.name !== "help")) expect(docs, o.name).toContain(`--${o.name}`);
  for (const [code] of EXIT_CODES) expect(docs).toMatch(new RegExp(`\\| ${code} \\|`));
});
