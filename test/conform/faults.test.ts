/**
 * Fault injection: a proxy in front of a fake breaks one thing at a time, and the runner must
 * exit 1 naming the right check and operation. One fault also goes through the built bin in
 * a child process.
 */
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startApiFake } from "../../src/fakes/start-fakes.js";
import type { RunningFake } from "../../src/fakes/runtime/create-fake-server.js";
import { FAULTS, startFaultProxy, type FaultName, type FaultProxy } from "../support/fault-proxy.js";
import { collect, spawnBin, type CliResult } from "../support/run-cli.js";
import { conform, failedPairs } from "../support/conform-run.js";

interface FaultCase {
  fault: FaultName;
  api: "yarn-service" | "bigdata-paas";
  args: string[];
  check: string;
  operationId: string;
}

const version = ["--operation", "getVersion", "--phases", "examples"];
const CASES: FaultCase[] = [
  { fault: "wrong-type", api: "yarn-service", args: version, check: "response_schema", operationId: "getVersion" },
  { fault: "missing-field", api: "yarn-service", args: version, check: "response_schema", operationId: "getVersion" },
  { fault: "undocumented-status", api: "yarn-service", args: version, check: "status_documented", operationId: "getVersion" },
  { fault: "wrong-content-type", api: "yarn-service", args: version, check: "content_type", operationId: "getVersion" },
  { fault: "server-error", api: "yarn-service", args: version, check: "server_error", operationId: "getVersion" },
  { fault: "accept-invalid", api: "yarn-service", args: ["--operation", "createService", "--phases", "negative"], check: "negative_rejected", operationId: "createService" },
  { fault: "ignore-auth", api: "yarn-service", args: ["--operation", "getVersion", "--phases", "negative"], check: "auth_enforced", operationId: "getVersion" },
  { fault: "still-readable", api: "yarn-service", args: ["--phases", "workflows", "--wait-timeout", "1"], check: "deleted_resource_gone", operationId: "getService" },
  { fault: "undeclared-state", api: "yarn-service", args: ["--phases", "workflows", "--wait-timeout", "1"], check: "state_transition", operationId: "getService" },
  { fault: "undeclared-transition", api: "bigdata-paas", args: ["--phases", "workflows", "--wait-timeout", "1"], check: "state_transition", operationId: "getCluster" },
];

const fakes = new Map<string, RunningFake<any>>();
/** The real-CLI run starts with the file, so its process start-up overlaps the in-process runs. */
let cli: { child: ChildProcess; result: Promise<CliResult>; proxy: FaultProxy } | undefined;

beforeAll(async () => {
  for (const id of ["yarn-service", "bigdata-paas"] as const) fakes.set(id, await startApiFake(id, { port: 0, clock: "real", stepMs: 10 }));
  // getVersion only: it reads, so it cannot disturb the state the other runs use.
  const proxy = await startFaultProxy(fakes.get("yarn-service")!.url, FAULTS["server-error"]);
  const child = spawnBin(["conform", "--api", "yarn-service", "--base-url", proxy.url, ...version]);
  cli = { child, result: collect(child, 60_000), proxy };
});

afterAll(async () => {
  cli?.child.kill("SIGKILL");
  await cli?.proxy.close();
  await Promise.all([...fakes.values()].map((f) => f.close()));
});

describe("each injected fault is caught", () => {
  test("the clean proxy itself causes no failure", async () => {
    const proxy = await startFaultProxy(fakes.get("yarn-service")!.url, undefined);
    try {
      const run = await conform(["--api", "yarn-service", "--base-url", proxy.url, "--phases", "examples,negative,workflows", "--wait-timeout", "5"]);
      expect(failedPairs(run.report), run.stdout.slice(-3000)).toEqual([]);
      expect(run.code).toBe(0);
    } finally {
      await proxy.close();
    }
  }, 30_000);

  // Side by side, each with a fake of its own (the workflow faults spend most of their time
  // waiting out --wait-timeout, and runs sharing a fake could meet each other's services).
  test.concurrent.each(CASES)("$fault -> $check on $operationId", async ({ fault, api, args, check, operationId }) => {
    const fake = await startApiFake(api, { port: 0, clock: "real", stepMs: 10 });
    const proxy = await startFaultProxy(fake.url, FAULTS[fault]);
    try {
      const run = await conform(["--api", api, "--base-url", proxy.url, ...args]);
      expect(run.code).toBe(1);
      expect(failedPairs(run.report)).toContain(`${check} ${operationId}`);
      expect(run.stdout).toContain(`${check} - ${operationId}`);
      expect(run.stdout).toMatch(/reproduce: curl /);
      expect(run.junit).toContain(`name="${check}"`);
      expect(run.junit).toContain("<failure ");
    } finally {
      await proxy.close();
      await fake.close();
    }
  }, 30_000);

  test("the real CLI exits 1 and names check and operation", async () => {
    const result = await cli!.result;
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toContain("server_error - getVersion");
    expect(result.stdout).toContain("FAILED");
  }, 30_000);
});
