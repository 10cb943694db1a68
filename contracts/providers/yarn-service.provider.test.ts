/** Provider verification: every pact with provider yarn-service, replayed against its fake. */
import { expect, test } from "vitest";
import { fakeStates } from "./provider-states.js";
import { missingStates, pactsFor, verifyProvider } from "./verify-provider.js";

export const YARN_SERVICE_STATES = fakeStates([
  "no services exist",
  "service hello-world exists",
  "service hello-world does not exist",
  "service hello-world is being created",
  "service hello-world is STOPPED",
  "service hello-world is saved but not launched",
  "service hello-world is flexing",
  "service hello-world is upgrading",
  "service hello-world is owned by another user",
]);

const pacts = pactsFor("yarn-service");

test("every provider state in the yarn-service pacts has a handler", () => {
  expect(pacts.length).toBeGreaterThan(0);
  expect(missingStates(pacts, YARN_SERVICE_STATES)).toEqual([]);
});

test("the yarn-service fake honours every pact, with no self-check violations", async () => {
  const outcome = await verifyProvider("yarn-service", YARN_SERVICE_STATES, pacts);
  expect(outcome.failures).toEqual([]);
  expect(outcome.violations).toEqual([]);
}, 30_000);
