/**
 * The runner against each API's stateful fake, with every check and every phase (workflows
 * included): a conforming provider gets no failure, and the fake's own self-check agrees.
 */
import { describe, test } from "vitest";
import { API_IDS } from "../../src/spec/apis.js";
import { startApiFake } from "../../src/fakes/start-fakes.js";
import { conform, failedPairs } from "../support/conform-run.js";

// Each API has its own fake, so the four runs go side by side: most of a run waits on the
// fakes' life cycles and the PaaS teardown's bound.
describe.concurrent.each(API_IDS)("conform against the %s fake", (id) => {
  test("finds no failure with all checks and workflows on", async ({ expect }) => {
    const fake = await startApiFake(id, { port: 0, clock: "real", stepMs: 10, selfCheck: true });
    try {
      // The BigData PaaS fake follows its server where the spec asks more (contracts/differences);
      // a 2 s teardown bound makes its teardown give up on a stuck launch job after 1 s, not 5.
      const paas = id === "bigdata-paas" ? ["--expect-differences", "contracts/differences/bigdata-paas-upstream.yaml", "--teardown-timeout", "2"] : [];
      const run = await conform(["--api", id, "--base-url", fake.url, "--wait-timeout", "20", ...paas]);
      expect(failedPairs(run.report), run.stdout.slice(-4000)).toEqual([]);
      expect(run.code).toBe(0);
      expect(run.report.summary.checks).toBeGreaterThan(100);
      expect(run.report.workflows.length).toBeGreaterThan(0);
      expect(run.report.workflows.every((w: any) => w.outcome === "passed")).toBe(true);
      const ran = new Set(run.report.operations.flatMap((o: any) => Object.keys(o.checks)));
      for (const check of ["server_error", "response_schema", "negative_rejected", "auth_enforced", "unknown_method", "created_resource_readable", "deleted_resource_gone"]) {
        if (id === "hadoop-eco" && check === "deleted_resource_gone") continue; // nothing in Hadoop Eco can be deleted
        expect(ran, check).toContain(check);
      }
      expect(fake.violations).toEqual([]);
      if (id === "bigdata-paas") {
        // Launch jobs whose thread died stay pending for ever: the teardown gives up on them after
        // half its bound of the same answer, says so, and lists them as left behind.
        const stuck = run.report.cleanup.filter((c: any) => c.outcome === "failed");
        expect(stuck.length).toBeGreaterThan(0);
        for (const c of stuck) {
          expect(c.message).toMatch(/step follow-queue: .*answer unchanged for [\d.]+ s; polling stops before 1 s without a change.*got status 200 \{"status":"pending"\}/);
          expect(run.report.summary.leftovers).toContain(c.resource);
        }
        expect(run.stdout).toMatch(/cleanup bigdata-paas launch [0-9a-f]{32}: failed - .*answer unchanged/);
      }
    } finally {
      await fake.close();
    }
  }, 60_000);
});
