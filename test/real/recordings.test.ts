/**
 * The answers recorded from the real Magnum 15.0.1 (test/real/recordings/, written by
 * `npm run real:magnum -- --record test/real/recordings [--auth keystone]`) must fit
 * specs/nhn-kubernetes.yaml for every operation NKS shares with Magnum. Runs in `npm test`
 * without Magnum; `npm run test:real` records afresh and checks the same.
 */
import { RECORDINGS_DIR } from "./recordings-dir.js";
import { beforeAll, describe, expect, test } from "vitest";
import { loadSpec } from "../../src/spec/load-spec.js";
import { createSpecValidator, type SpecValidator } from "../../src/validate/spec-validator.js";
import { formatJudgement, judgeRecordings } from "../../src/real/magnum/judge-recordings.js";
import { RECORDING_PLAN } from "../../src/real/magnum/recording-plan.js";
import { readRecordings } from "../../src/real/magnum/write-recordings.js";



let validator: SpecValidator;
beforeAll(async () => {
  validator = createSpecValidator((await loadSpec("nhn-kubernetes")).document);
});

describe.each(["none", "keystone"] as const)("recordings of Magnum 15.0.1, auth %s", (mode) => {
  const recordings = readRecordings(RECORDINGS_DIR, mode);

  test("hold every call of the plan for this mode, in order", () => {
    expect(recordings.map((r) => r.name)).toEqual(RECORDING_PLAN.filter((c) => c.modes.includes(mode)).map((c) => c.name));
  });

  test("every answer to an operation NKS shares fits the spec", () => {
    const judgements = judgeRecordings(validator, recordings).filter((j) => j.findings);
    expect(judgements.length).toBeGreaterThan(5);
    expect(judgements.filter((j) => j.findings!.length > 0).map(formatJudgement)).toEqual([]);
  });

  test("hold no token", () => {
    for (const r of recordings) expect(r.exchange.request.headers["x-auth-token"] ?? "***").toMatch(/^(\*\*\*|not-a-valid-token)$/);
  });
});

test("the judge has teeth: a 401 in Magnum's own error format does not fit", () => {
  const [recording] = readRecordings(RECORDINGS_DIR, "keystone").filter((r) => r.name === "no-token");
  const altered = { ...recording!, exchange: { ...recording!.exchange, response: { ...recording!.exchange.response, body: { errors: [{ code: "client" }] } } } };
  expect(judgeRecordings(validator, [altered])[0]!.findings!.length).toBeGreaterThan(0);
});
