/**
 * Vitest global setup: build both packages' dist/ (`tsc -b`, incremental: about 0.4 s when
 * nothing changed) once per test run. Tests that start the tool as a process run the built
 * bin, as an installed package does, instead of the TypeScript source through tsx: a process
 * then loads plain JavaScript, which costs about half the CPU. The pack test packs the same
 * build.
 *
 * The build runs while the Pact consumer tests (group 0, which need no dist/) run on one core;
 * the main project waits for it in its setup file (test/support/await-dist.ts), which reads
 * the outcome from a file this setup names through `provide("distBuild", ...)`.
 */
import { execFile } from "node:child_process";
import { rmSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";
import { PROJECT_ROOT } from "../../src/spec/apis.js";

export const TSC = path.join(PROJECT_ROOT, "node_modules", "typescript", "bin", "tsc");
export const BUILD_ARGS = ["-b", "packages/clients/tsconfig.build.json", "tsconfig.build.json"];

/** What await-dist.ts reads: the build passed, or why it failed. */
export interface BuildOutcome {
  ok: boolean;
  message?: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The file the build's outcome is written to once it ends. */
    distBuild: string;
  }
}

/**
 * Every project inherits this setup (each may load this module afresh); the build runs once
 * per test run and all of them name the same outcome file.
 */
const BUILT = Symbol.for("cluster-api-contracts.dist-built");

export default function buildDist(project: TestProject): () => Promise<void> {
  const state = globalThis as { [BUILT]?: { marker: string; done: Promise<void> } };
  if (!state[BUILT]) {
    const marker = path.join(os.tmpdir(), `cluster-api-contracts-dist-${process.pid}-${Date.now()}.json`);
    const done = build().then((outcome) => {
      writeFileSync(`${marker}.tmp`, JSON.stringify(outcome));
      renameSync(`${marker}.tmp`, marker);
    });
    state[BUILT] = { marker, done };
  }
  const { marker, done } = state[BUILT];
  project.provide("distBuild", marker);
  // The run does not end (nor leave a half-written dist/) while the build still runs.
  return async () => {
    await done;
    rmSync(marker, { force: true });
  };
}

async function build(): Promise<BuildOutcome> {
  try {
    await promisify(execFile)(process.execPath, [TSC, ...BUILD_ARGS], { cwd: PROJECT_ROOT, encoding: "utf8", maxBuffer: 16 << 20 });
    return { ok: true };
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    return { ok: false, message: `the build of dist/ failed (tsc ${BUILD_ARGS.join(" ")}):\n${stdout}${stderr}` };
  }
}
