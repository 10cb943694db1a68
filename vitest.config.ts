/**
 * Test projects, run in this order (sequence.groupOrder):
 *   0  consumer  Pact consumer tests, alone: they write contracts/pacts/*.json, and the pact mock
 *                server can miss a match under CPU load (pact-foundation/pact-reference#535)
 *   1  provider  the Pact Verifier replays every pact against the in-process fakes, alongside
 *                the unit and end-to-end tests (src/**, test/**)
 *   2  spec      every pact against its OpenAPI spec, and the pacts hold no secrets
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts", "src/**/*.test.ts"],
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: "pact-consumer",
          include: ["contracts/consumers/**/*.test.ts"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: "pact-provider",
          include: ["contracts/providers/**/*.provider.test.ts"],
          sequence: { groupOrder: 1 },
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "pact-spec",
          include: ["contracts/providers/**/*.spec-check.test.ts", "contracts/*.test.ts"],
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
