/** Provider verification: every pact with provider hadoop-eco, replayed against its fake. */
import { expect, test } from "vitest";
import { fakeStates } from "./provider-states.js";
import { missingStates, pactsFor, verifyProvider } from "./verify-provider.js";

export const HADOOP_ECO_STATES = fakeStates([
  "job cluster is terminated",
  "job cluster is running a job",
  "job cluster request exists",
  "job cluster request failed",
  "job cluster request does not exist",
  "cluster does not exist",
  "open api cluster exists",
]);

const pacts = pactsFor("hadoop-eco");

test("every provider state in the hadoop-eco pacts has a handler", () => {
  expect(pacts.length).toBeGreaterThan(0);
  expect(missingStates(pacts, HADOOP_ECO_STATES)).toEqual([]);
});

test("the hadoop-eco fake honours every pact, with no self-check violations", async () => {
  const outcome = await verifyProvider("hadoop-eco", HADOOP_ECO_STATES, pacts);
  expect(outcome.failures).toEqual([]);
  expect(outcome.violations).toEqual([]);
});
