/**
 * The `npm run fake` command as a user runs it: ready table, a lifecycle over HTTP, operator
 * errors, clean shutdown. Two runs start a process: the whole lifecycle through the built bin
 * (`cluster-api-contracts fake`, the same main()), and how a usage error is printed through the
 * script itself; the other operator errors call the command's function in-process.
 */
import { createServer } from "node:net";
import { describe, expect, test } from "vitest";
import { runFake } from "../src/cli/fake.js";
import { collect, operatorErrorOf, runBin, spawnBin, waitForOutput } from "./support/run-cli.js";

describe.concurrent("npm run fake", () => {
  test("serves all four, moves a lifecycle with /__fake/advance, and stops on SIGTERM with exit 0", async () => {
    const child = spawnBin(["fake", "--port", "0", "--quiet"], { YARN_USER: "carol" });
    try {
      const output = await waitForOutput(child, /^ready: 4 fake\(s\) answering/m);
      expect(output).toMatch(/one lifecycle step = 500 ms/);
      const url = output.match(/yarn-service\s+(http:\/\/\S+)/)![1]!;
      const created = await fetch(`${url}/app/v1/services?user.name=carol`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "cli-check", version: "1", components: [{ name: "sleeper", number_of_containers: 1, launch_command: "sleep 900", resource: { cpus: 1, memory: "256" } }] }),
      });
      expect(created.status).toBe(202);
      const before = (await (await fetch(`${url}/app/v1/services/cli-check?user.name=carol`)).json()) as { state: string };
      expect(before.state).toBe("ACCEPTED");
      expect((await fetch(`${url}/__fake/advance`, { method: "POST", body: JSON.stringify({ steps: 5 }) })).status).toBe(200);
      const after = (await (await fetch(`${url}/app/v1/services/cli-check?user.name=carol`)).json()) as { state: string };
      expect(after.state).toBe("STABLE");
    } finally {
      child.kill("SIGTERM");
    }
    const result = await collect(child);
    expect(result.code).toBe(0);
  }, 30_000);

  test("a busy port is an operator error naming the API and the port", async () => {
    const blocker = createServer().listen(0, "127.0.0.1");
    await new Promise((r) => blocker.once("listening", r));
    const port = (blocker.address() as { port: number }).port;
    try {
      expect(await operatorErrorOf(runFake(["--api", "hadoop-eco", "--port", `hadoop-eco=${port}`, "--quiet"]))).toContain(`hadoop-eco: port ${port}`);
    } finally {
      blocker.close();
    }
  }, 30_000);

  test("a usage error exits 2 with one line on stderr and no stack", async () => {
    const result = await runBin(["fake", "--step-ms", "soon"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^fake: --step-ms soon is not a whole number/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  test.each([
    [["--step-ms", "soon"], /--step-ms soon is not a whole number/],
    [["--api", "hive"], /unknown API "hive"/],
    [["--dynamic"], /Unknown option '--dynamic'/],
  ])("usage error %j is an operator error", async (args, message) => {
    expect(await operatorErrorOf(runFake(args))).toMatch(message);
  });
});
