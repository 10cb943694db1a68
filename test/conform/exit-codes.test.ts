/** Operator problems exit 2 with one clear line and no stack; --help exits 0. */
import { createServer } from "node:net";
import { expect, test } from "vitest";
import { conform } from "../support/conform-run.js";

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test.each([
  { name: "unknown --api", args: ["--api", "no-such-api", "--base-url", "http://127.0.0.1:9"], message: /unknown API "no-such-api"/ },
  { name: "unreadable --spec", args: ["--spec", "/nonexistent/spec.yaml", "--base-url", "http://127.0.0.1:9"], message: /cannot read spec/ },
  { name: "bad option", args: ["--api", "yarn-service", "--base-url", "http://127.0.0.1:9", "--frobnicate"], message: /Unknown option '--frobnicate'/ },
  { name: "bad number", args: ["--api", "yarn-service", "--base-url", "http://127.0.0.1:9", "--workers", "many"], message: /--workers many/ },
  { name: "unknown check", args: ["--api", "yarn-service", "--base-url", "http://127.0.0.1:9", "--checks", "nope"], message: /unknown check "nope"/ },
  { name: "missing --base-url", args: ["--api", "yarn-service"], message: /--base-url is required/ },
])("$name exits 2 with one line", async ({ args, message }) => {
  const run = await conform(args);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
});

test("an unreachable target (a closed loopback port) exits 2", async () => {
  const port = await closedPort();
  const run = await conform(["--api", "yarn-service", "--base-url", `http://127.0.0.1:${port}`]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/unreachable \(ECONNREFUSED/);
  expect(run.stderr).not.toMatch(/\n\s+at /);
});

test("--help lists every option and exits 0", async () => {
  const run = await conform(["--help"]);
  expect(run.code).toBe(0);
  for (const flag of ["--api", "--base-url", "--checks", "--exclude-checks", "--operation", "--max-examples", "--seed", "--timeout", "--rate-limit", "--workers", "--allow-mutations", "--report-json", "--junit", "--dry-run", "--phases", "--deadline", "--max-response-time", "--target", "--header", "--expect-differences", "--config", "--no-config", "--read-only", "--force", "--report-html", "--wait-timeout", "--teardown-timeout"]) {
    expect(run.stdout).toContain(flag);
  }
  expect(run.stdout).toMatch(/\n\s+3  INCOMPLETE: interrupted/);
});
