/**
 * The `npm run mock` command as a user runs it: ready table, operator errors, clean shutdown.
 * Two runs start a process: the whole lifecycle through the built bin (`cluster-api-contracts
 * mock`, the same main()), and how a usage error is printed through the script itself; the
 * other operator errors call the command's function in-process, which throws what main() prints.
 */
import { createServer } from "node:net";
import { describe, expect, test } from "vitest";
import { runMock } from "../src/cli/mock.js";
import { collect, operatorErrorOf, runBin, spawnBin, waitForOutput } from "./support/run-cli.js";

describe.concurrent("npm run mock", () => {
  test("prints one table and a ready line, answers, and stops on SIGTERM with exit 0", async () => {
    const child = spawnBin(["mock", "--port", "0", "--quiet"]);
    const output = await waitForOutput(child, /^ready: 4 mock\(s\) answering/m);
    expect(output).toMatch(/API\s+base URL\s+spec\s+operations/);
    for (const id of ["hadoop-eco", "yarn-service", "nhn-kubernetes", "bigdata-paas"]) expect(output).toContain(id);
    const url = output.match(/yarn-service\s+(http:\/\/\S+)/)![1]!;
    const response = await fetch(`${url}/app/v1/services/version`);
    expect(response.status).toBeLessThan(500);
    child.kill("SIGTERM");
    const result = await collect(child);
    expect(result.code).toBe(0);
    await expect(fetch(`${url}/app/v1/services/version`)).rejects.toThrow();
  }, 30_000);

  test("a busy port is an operator error naming the API and the port", async () => {
    const blocker = createServer().listen(0, "127.0.0.1");
    await new Promise((r) => blocker.once("listening", r));
    const port = (blocker.address() as { port: number }).port;
    try {
      expect(await operatorErrorOf(runMock(["--api", "bigdata-paas", "--port", `bigdata-paas=${port}`, "--quiet"]))).toContain(`bigdata-paas: port ${port}`);
    } finally {
      blocker.close();
    }
  }, 30_000);

  test("a usage error exits 2 with one line on stderr and no stack", async () => {
    const result = await runBin(["mock", "--api", "hdfs"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^mock: unknown API "hdfs"\n/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  test.each([
    [["--api", "hdfs"], /unknown API "hdfs"/],
    [["--bogus"], /Unknown option '--bogus'/],
    [["--port", "70000"], /not a valid port/],
    [["--seed", "1"], /--seed only applies with --dynamic/],
  ])("usage error %j is an operator error", async (args, message) => {
    expect(await operatorErrorOf(runMock(args))).toMatch(message);
  });
});
