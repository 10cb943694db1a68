/** Provider verification: every pact with provider bigdata-paas, replayed against its fake. */
import { expect, test } from "vitest";
import { fakeStates } from "./provider-states.js";
import { missingStates, pactsFor, verifyProvider } from "./verify-provider.js";

const JOB = "3f2c9a7e5b1d4c6f8a0e2b4d6f8a1c3e";
const CLUSTER_STATUSES = ["registered", "scheduling", "scheduled", "configuring", "configured", "ready", "destroyed"];

export const BIGDATA_PAAS_STATES = fakeStates([
  "product reference 1.0.0 exists",
  "product reference 1.0.0 does not exist",
  "product reference 1.0.0 is registered without template, options or orchestrator",
  "no clusters exist",
  ...CLUSTER_STATUSES.map((status) => `cluster 1 of reference 1.0.0 is ${status}`),
  "cluster 1 of reference 1.0.0 does not exist",
  ...["is pending", "is done", "failed", "does not exist"].map((s) => `queue job ${JOB} ${s}`),
]);

const pacts = pactsFor("bigdata-paas");

test("every provider state in the bigdata-paas pacts has a handler", () => {
  expect(pacts.length).toBeGreaterThan(0);
  expect(missingStates(pacts, BIGDATA_PAAS_STATES)).toEqual([]);
});

test("the bigdata-paas fake honours every pact, with no self-check violations", async () => {
  const outcome = await verifyProvider("bigdata-paas", BIGDATA_PAAS_STATES, pacts);
  expect(outcome.failures).toEqual([]);
  expect(outcome.violations).toEqual([]);
});
