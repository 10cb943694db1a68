/**
 * The PactV4 instance of one consumer test file. Pact files go to contracts/pacts/ and are
 * committed. The pact core merges interactions into an existing file, so the file is removed
 * first: each run writes exactly the interactions its tests declare.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { PactV4 } from "@pact-foundation/pact";
import { PROJECT_ROOT, type ApiId } from "../../src/spec/apis.js";

export const PACT_DIR = path.join(PROJECT_ROOT, "contracts", "pacts");

/** The consumer name of this kit's clients: `<api>-automation`. */
export function consumerNameFor(api: ApiId): string {
  return `${api}-automation`;
}

export function pactFileFor(api: ApiId, consumer = consumerNameFor(api)): string {
  return path.join(PACT_DIR, `${consumer}-${api}.json`);
}

export function newPact(api: ApiId, consumer = consumerNameFor(api)): PactV4 {
  rmSync(pactFileFor(api, consumer), { force: true });
  return new PactV4({ consumer, provider: api, dir: PACT_DIR, logLevel: "error" });
}

/**
 * Wrap a test function for `executeTest`: after it, give the mock server a moment to record
 * the match. Under parallel CPU load pact 16.3+ can answer a request and still report it
 * "expected but not received" (pact-foundation/pact-reference#535, pact-js#1835). The consumer
 * tests now run alone in their group; with no pause at all they passed 8 runs of 8 beside two
 * CPU-bound processes, so 5 ms is a margin (25 ms cost the group about a second).
 */
export function settled<T, S>(testFn: (server: S) => Promise<T>, ms = 5): (server: S) => Promise<T> {
  return async (server) => {
    const value = await testFn(server);
    await new Promise((resolve) => setTimeout(resolve, ms));
    return value;
  };
}
