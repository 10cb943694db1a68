/** Provider verification: every pact with provider nhn-kubernetes, replayed against its fake. */
import { expect, test } from "vitest";
import { fakeStates } from "./provider-states.js";
import { missingStates, pactsFor, verifyProvider } from "./verify-provider.js";

export const NHN_KUBERNETES_STATES = fakeStates([
  "no clusters exist",
  "cluster my-cluster exists",
  "cluster my-cluster does not exist",
  "cluster my-cluster is being created",
  "cluster my-cluster is being updated",
  "cluster my-cluster has node group ng-1",
  "cluster my-cluster is being deleted",
  "cluster my-cluster has IP access control enabled",
]);

const pacts = pactsFor("nhn-kubernetes");

test("every provider state in the nhn-kubernetes pacts has a handler", () => {
  expect(pacts.length).toBeGreaterThan(0);
  expect(missingStates(pacts, NHN_KUBERNETES_STATES)).toEqual([]);
});

test("the nhn-kubernetes fake honours every pact, with no self-check violations", async () => {
  const outcome = await verifyProvider("nhn-kubernetes", NHN_KUBERNETES_STATES, pacts);
  expect(outcome.failures).toEqual([]);
  expect(outcome.violations).toEqual([]);
});
