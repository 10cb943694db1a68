/** The `npm run mock` command as a user runs it: ready table, operator errors, clean shutdown. */
import { createServer } from "node:net";
import { describe, expect, test } from "vitest";
import { collect, runScript, spawnScript, waitForOutput } from "./support/run-cli.js";

describe("npm run mock", () => {
  test("prints one table and a ready line, answers, and stops on SIGTERM with exit 0", async () => {
    const child = spawnScript("mock.ts", ["--port", "0", "--quiet"]);
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

  test("a busy port is an operator error naming the API and the port (exit 2, no stack)", async () => {
    const blocker = createServer().listen(0, "127.0.0.1");
    await new Promise((r) => blocker.once("listening", r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = await runScript("mock.ts", ["--api", "bigdata-paas", "--port", `bigdata-paas=${port}`]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`bigdata-paas: port ${port}`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  }, 30_000);

  test.each([
    [["--api", "hdfs"], /unknown API "hdfs"/],
    [["--bogus"], /Unknown option '--bogus'/],
    [["--port", "70000"], /not a valid port/],
    [["--seed", "1"], /--seed only applies with --dynamic/],
  ])("usage error %j exits 2 with one line", async (args, message) => {
    const result = await runScript("mock.ts", args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
