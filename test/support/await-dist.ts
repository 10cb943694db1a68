/**
 * Setup file of the main project (every test file after the Pact consumers): wait until the
 * global setup's build of dist/ (test/support/build-dist.ts) has ended, and fail the test file
 * with tsc's output when it failed. The first files wait; later ones find the outcome at once.
 */
import { existsSync, readFileSync } from "node:fs";
import { inject } from "vitest";
import type { BuildOutcome } from "./build-dist.js";

const WAIT_MS = 180_000;

async function readOutcome(marker: string): Promise<BuildOutcome> {
  const deadline = Date.now() + WAIT_MS;
  while (!existsSync(marker)) {
    if (Date.now() > deadline) return { ok: false, message: `the build of dist/ did not end within ${WAIT_MS / 1000} s (waiting for ${marker})` };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return JSON.parse(readFileSync(marker, "utf8")) as BuildOutcome;
}

const result = await readOutcome(inject("distBuild"));
if (!result.ok) throw new Error(result.message);
