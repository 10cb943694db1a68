/** A target that goes away mid-run makes the run INCOMPLETE (exit 3), not a pile of failures. */
import { expect, test } from "vitest";
import { startApiFake } from "../../src/fakes/start-fakes.js";
import { conform } from "../support/conform-run.js";

test("the target stops answering mid-run: INCOMPLETE, 'target lost', exit 3", async () => {
  const fake = await startApiFake("yarn-service", { port: 0, clock: "real", stepMs: 10 });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await fake.close();
  };
  // The fake goes away once the run is well under way.
  const fetchSpy = (async (input: string | URL | Request, init?: RequestInit) => {
    const response = await fetch(input, init);
    if (String(input).includes("/app/v1/services/") && !stopped) setTimeout(() => void stop(), 200);
    return response;
  }) as typeof fetch;
  try {
    const run = await conform(["--api", "yarn-service", "--base-url", fake.url, "--rate-limit", "200", "--phases", "examples,coverage,negative"], { fetch: fetchSpy });
    expect(run.code, run.stdout.slice(-1500)).toBe(3);
    expect(run.report.summary.verdict).toBe("incomplete");
    expect(run.report.summary.incomplete.reason).toMatch(/^target lost: (ECONNREFUSED|ECONNRESET|UND_ERR_SOCKET)/);
    expect(run.report.summary.incomplete.casesNotRun).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/INCOMPLETE: target lost/);
    expect(run.report.summary.failed).toBeLessThanOrEqual(8); // the requests in flight when it went
  } finally {
    await stop();
  }
}, 60_000);
