/**
 * What `npm run test:real` checks against one real Magnum 15.0.1 (one auth mode):
 *   1. the fixed call list, recorded afresh, fits specs/nhn-kubernetes.yaml and answers with the
 *      statuses of the committed recordings;
 *   2. `conform --expect-differences contracts/differences/nhn-kubernetes-magnum.yaml` finds
 *      nothing unexplained and no stale entry;
 *   3. (keystone mode) python-magnumclient's life cycle shows what the committed observations
 *      say (the same file the fake is compared with in `npm test`);
 *   4. (none mode) the mock proxy (`npm run mock -- --proxy --record`) in front of it reports
 *      exactly the violations its recorded answers have, passes the answers on unchanged and
 *      records no secret.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { credentialNames, findSecretsInRecording, recordingSecrets } from "../../src/evidence/mask-exchange.js";
import { validateExchange } from "../../src/evidence/validate-exchange.js";
import { startMocks } from "../../src/mock/start-mocks.js";
import { readCredentials } from "../../src/spec/credentials.js";
import { loadSpec } from "../../src/spec/load-spec.js";
import { createSpecValidator } from "../../src/validate/spec-validator.js";
import { formatJudgement, judgeRecordings } from "../../src/real/magnum/judge-recordings.js";
import { NO_AUTH_USER_ID, recordAnswers, type Recording } from "../../src/real/magnum/record-answers.js";
import { RECORDING_PLAN, type AuthMode } from "../../src/real/magnum/recording-plan.js";
import { readRecordings } from "../../src/real/magnum/write-recordings.js";
import { startRealMagnum, type RealMagnum } from "../../src/real/magnum/start-real-magnum.js";
import { compareObservations } from "../magnumclient/compare-observations.js";
import { readRealObservations, runLifecycle } from "../magnumclient/run-lifecycle.js";
import { RECORDINGS_DIR } from "./recordings-dir.js";
import { runConform, unexplained } from "./run-conform.js";
import { answersNotSeenByProxy, minus, printedViolations, readRecordedFiles, rejudgeRecordedFiles, violationKey } from "./proxy-check.js";

export function defineMagnumSuite(mode: AuthMode): void {
  describe(`real Magnum 15.0.1, auth ${mode}`, () => {
    const token = readCredentials().nhnKubernetesToken;
    let magnum: RealMagnum;
    /** The answers of the first test, recorded directly. */
    let direct: Recording[] | undefined;

    beforeAll(async () => {
      magnum = await startRealMagnum({ port: 0, auth: mode, token, log: (line) => console.log(line) });
    });
    afterAll(async () => magnum?.close());

    test("the recorded calls fit the spec and answer as recorded", async () => {
      const live: Recording[] = await recordAnswers(magnum.url, { mode, token, projectId: magnum.projectId });
      direct = live;
      const validator = createSpecValidator((await loadSpec("nhn-kubernetes")).document);
      const misfits = judgeRecordings(validator, live).filter((j) => j.findings && j.findings.length > 0);
      expect(misfits.map(formatJudgement)).toEqual([]);
      const committed = readRecordings(RECORDINGS_DIR, mode);
      expect(live.map((r) => `${r.name} ${r.exchange.response.status}`)).toEqual(committed.map((r) => `${r.name} ${r.exchange.response.status}`));
      const created = live.find((r) => r.name === "get-cluster-by-name")!.exchange.response.body as { status?: string };
      expect(created.status).toBe("CREATE_COMPLETE");
    });

    if (mode === "none") {
      test("the mock proxy in front of it reports exactly the violations its answers have, passes them on unchanged and records no secret", async () => {
        const validator = createSpecValidator((await loadSpec("nhn-kubernetes")).document);
        const headers = noAuthHeaders(token, magnum.projectId);
        await deletePlanTemplates(magnum.url, headers);
        const folder = path.join(mkdtempSync(path.join(tmpdir(), "magnum-proxy-")), "nhn-kubernetes");
        const lines: string[] = [];
        const proxy = await startMocks({ apis: [{ id: "nhn-kubernetes", port: 0, proxy: magnum.url, record: folder }], host: "127.0.0.1", log: (line) => lines.push(line) });
        let proxied: Recording[];
        const spots: Array<{ target: string; direct: RawAnswer; through: RawAnswer }> = [];
        try {
          proxied = await recordAnswers(proxy.mocks[0]!.url, { mode, token, projectId: magnum.projectId });
          // the same GETs straight to Magnum and through the proxy, byte for byte
          for (const [target, extra] of SPOT_CHECKS) {
            const h = { ...headers, ...extra };
            spots.push({ target, direct: await rawGet(magnum.url + target, h), through: await rawGet(proxy.mocks[0]!.url + target, h) });
          }
        } finally {
          await proxy.close();
        }
        const files = readRecordedFiles(folder);
        const context = lines.join("\n").slice(-4000);

        // 1. what the proxy printed is exactly what its recordings are judged to have
        const printed = printedViolations(lines);
        expect(printed, context).toEqual(await rejudgeRecordedFiles(validator, folder, files));
        expect(printed.length, "the plan sends requests the NKS spec rejects").toBeGreaterThan(0);
        const rows = [...proxy.tally.rows.values()];
        expect(rows.reduce((n, r) => n + r.calls, 0)).toBe(files.length);
        expect(rows.reduce((n, r) => n + r.requestErrors + r.responseErrors + r.warnings, 0)).toBe(printed.length);
        expect(rows.reduce((n, r) => n + r.upstreamFailures, 0)).toBe(0);
        // ... and includes every violation of the client's own copies of the planned calls
        const client = proxied.flatMap((r) => validateExchange(validator, r.exchange).violations.map(violationKey));
        expect(minus(client, printed)).toEqual([]);

        // 2. the answers came through unchanged
        const statuses = proxied.map((r) => `${r.name} ${r.exchange.response.status}`);
        expect(statuses).toEqual(readRecordings(RECORDINGS_DIR, mode).map((r) => `${r.name} ${r.exchange.response.status}`));
        if (direct) expect(statuses).toEqual(direct.map((r) => `${r.name} ${r.exchange.response.status}`));
        expect(answersNotSeenByProxy(proxied, files)).toEqual([]);
        for (const spot of spots) {
          expect(`${spot.target} ${spot.through.status} ${spot.through.type}`).toBe(`${spot.target} ${spot.direct.status} ${spot.direct.type}`);
          expect(spot.direct.type).toMatch(/json/);
          expect(spot.through.bytes.equals(spot.direct.bytes), `${spot.target}: ${spot.through.bytes} vs ${spot.direct.bytes}`).toBe(true);
        }

        // 3. no recorded file (nor printed line) holds the token
        expect(token.length).toBeGreaterThanOrEqual(4);
        const names = credentialNames(validator.document);
        for (const name of readdirSync(folder)) {
          const text = readFileSync(path.join(folder, name), "utf8");
          expect(text.includes(token), name).toBe(false);
          const exchange = files.find((f) => f.file === name)?.exchange;
          expect(findSecretsInRecording(text, exchange, names, recordingSecrets()), name).toEqual([]);
        }
        // the token was sent on every call, and every recording shows it masked
        const maskedToken = (f: (typeof files)[number]) => Object.entries(f.exchange.request.headers ?? {}).some(([k, v]) => k.toLowerCase() === "x-auth-token" && v === "***");
        expect(files.filter((f) => !maskedToken(f)).map((f) => f.file)).toEqual([]);
        expect(lines.filter((line) => line.includes(token))).toEqual([]);
      });
    }

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
        expect(compareObservations(readRealObservations(), observed, [], { livePolls: true })).toEqual([]);
      });
    }
  });
}

/** none mode: the identity headers keystonemiddleware would derive from the token. */
function noAuthHeaders(token: string, projectId: string): Record<string, string> {
  return { Accept: "application/json", "OpenStack-API-Version": "container-infra 1.10", "X-Auth-Token": token, "X-Project-Id": projectId, "X-User-Id": NO_AUTH_USER_ID, "X-Roles": "member" };
}

const SPOT_CHECKS: Array<[string, Record<string, string>]> = [
  ["/v1/clustertemplates", {}],
  ["/v1/clusters", {}],
  ["/v1/clusters/no-such-cluster", {}],
  ["/v1/clusters", { "OpenStack-API-Version": "container-infra 1.99" }],
];

interface RawAnswer {
  status: number;
  type: string;
  bytes: Buffer;
}

async function rawGet(url: string, headers: Record<string, string>): Promise<RawAnswer> {
  const response = await fetch(url, { headers });
  return { status: response.status, type: response.headers.get("content-type") ?? "", bytes: Buffer.from(await response.arrayBuffer()) };
}

/**
 * The plan creates its templates by name and upgrades to one by name: the templates an earlier
 * run of the plan left would make that name ambiguous (409), so they go first.
 */
async function deletePlanTemplates(baseUrl: string, headers: Record<string, string>): Promise<void> {
  const names = new Set(RECORDING_PLAN.filter((c) => c.method === "POST" && c.path === "/v1/clustertemplates").map((c) => (c.body as { name: string }).name));
  const listed = await fetch(`${baseUrl}/v1/clustertemplates`, { headers });
  const { clustertemplates } = (await listed.json()) as { clustertemplates: Array<{ uuid: string; name: string }> };
  for (const t of clustertemplates.filter((t) => names.has(t.name))) {
    const answer = await fetch(`${baseUrl}/v1/clustertemplates/${t.uuid}`, { method: "DELETE", headers });
    if (answer.status !== 204) throw new Error(`cannot delete template ${t.name} before the proxied run: ${answer.status} ${await answer.text()}`);
  }
}
