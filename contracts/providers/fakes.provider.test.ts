/**
 * Provider verification: every pact in contracts/pacts/, grouped by provider, replayed
 * against that API's fake with the provider states the fake defines.
 */
import { describe, test } from "vitest";
import { API_IDS } from "../../src/spec/apis.js";
import { statesOfFake } from "./provider-states.js";
import { missingStates, pactsFor, verifyProvider } from "./verify-provider.js";

// The four APIs verify side by side, each against a fake of its own.
describe.concurrent.each(API_IDS)("%s", (api) => {
  const pacts = pactsFor(api);

  test("every provider state in its pacts is one the fake knows", async ({ expect }) => {
    expect(pacts.length).toBeGreaterThan(0);
    expect(missingStates(pacts, await statesOfFake(api))).toEqual([]);
  });

  test("the fake honours every pact, with no self-check violations", async ({ expect }) => {
    const outcome = await verifyProvider(api, await statesOfFake(api), pacts);
    expect(outcome.failures).toEqual([]);
    expect(outcome.violations).toEqual([]);
  }, 30_000);
});
