/**
 * What `npm run test:real` checks against one real Magnum 15.0.1 (one auth mode):
 *   1. the fixed call list, recorded afresh, fits specs/nhn-kubernetes.yaml and answers with the
 *      statuses of the committed recordings;
 *   2. `conform --expect-differences contracts/differences/nhn-kubernetes-magnum.yaml` finds
 *      nothing unexplained and no stale entry;
 *   3. (keystone mode) python-magnumclient's life cycle shows what the committed observations
 *      say (the same file the fake is compared with in `npm test`).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readCredentials } from "../../src/spec/credentials.js";
import { loadSpec } from "../../src/spec/load-spec.js";
import { createSpecValidator } from "../../src/validate/spec-validator.js";
import { formatJudgement, judgeRecordings } from "../../src/real/magnum/judge-recordings.js";
import { NO_AUTH_USER_ID, recordAnswers, type Recording } from "../../src/real/magnum/record-answers.js";
import type { AuthMode } from "../../src/real/magnum/recording-plan.js";
import { readRecordings } from "../../src/real/magnum/write-recordings.js";
import { startRealMagnum, type RealMagnum } from "../../src/real/magnum/start-real-magnum.js";
import { compareObservations } from "../magnumclient/compare-observations.js";
import { readRealObservations, runLifecycle } from "../magnumclient/run-lifecycle.js";
import { RECORDINGS_DIR } from "./recordings-dir.js";
import { runConform, unexplained } from "./run-conform.js";

export function defineMagnumSuite(mode: AuthMode): void {
  describe(`real Magnum 15.0.1, auth ${mode}`, () => {
    const token = readCredentials().nhnKubernetesToken;
    let magnum: RealMagnum;

    beforeAll(async () => {
      magnum = await startRealMagnum({ port: 0, auth: mode, token, log: (line) => console.log(line) });
    });
    afterAll(async () => magnum?.close());

    test("the recorded calls fit the spec and answer as recorded", async () => {
      const live: Recording[] = await recordAnswers(magnum.url, { mode, token, projectId: magnum.projectId });
      const validator = createSpecValidator((await loadSpec("nhn-kubernetes")).document);
      const misfits = judgeRecordings(validator, live).filter((j) => j.findings && j.findings.length > 0);
      expect(misfits.map(formatJudgement)).toEqual([]);
      const committed = readRecordings(RECORDINGS_DIR, mode);
      expect(live.map((r) => `${r.name} ${r.exchange.response.status}`)).toEqual(committed.map((r) => `${r.name} ${r.exchange.response.status}`));
      const created = live.find((r) => r.name === "get-cluster-by-name")!.exchange.response.body as { status?: string };
      expect(created.status).toBe("CREATE_COMPLETE");
    });

    test("conform finds nothing the differences file does not explain", async () => {
      // none mode: the identity keystonemiddleware would derive from the token, sent as headers;
      // it has no token check by construction, so auth_enforced is left out there
      const args = mode === "none"
        ? ["-H", `X-Project-Id: ${magnum.projectId}`, "-H", `X-User-Id: ${NO_AUTH_USER_ID}`, "-H", "X-Roles: member", "--exclude-checks", "auth_enforced"]
        : [];
      const run = await runConform(magnum.url, args);
      expect(run.report, run.output.slice(-2000)).toBeDefined();
      expect(unexplained(run.report)).toEqual([]);
      expect(run.report.summary.failed).toBe(0);
      expect(run.report.summary.known).toBeGreaterThan(0);
      expect(run.report.workflows.map((w: any) => `${w.workflowId} ${w.outcome}`)).toEqual(["cluster-nodegroup-lifecycle passed"]);
      // exit 1 only when the sole findings are stale timing-dependent entries
      expect(run.exitCode).toBe(run.report.summary.stale > 0 ? 1 : 0);
    });

    if (mode === "keystone") {
      test("python-magnumclient's life cycle shows what the committed observations say", async () => {
        const observed = await runLifecycle(magnum.url, token);
        expect(compareObservations(readRealObservations(), observed, [])).toEqual([]);
      });
    }
  });
}
