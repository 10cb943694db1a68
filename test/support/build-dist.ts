/**
 * Vitest global setup: build both packages' dist/ (`tsc -b`, incremental: about 0.4 s when
 * nothing changed) before any test runs. Tests that start the tool as a process run the
 * built bin, as an installed package does, instead of the TypeScript source through tsx: a
 * process then loads plain JavaScript, which costs about half the CPU. The pack test packs
 * the same build.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "../../src/spec/apis.js";

export const TSC = path.join(PROJECT_ROOT, "node_modules", "typescript", "bin", "tsc");
export const BUILD_ARGS = ["-b", "packages/clients/tsconfig.build.json", "tsconfig.build.json"];

/** Every project inherits this setup; the build runs once per test run. */
const BUILT = Symbol.for("cluster-api-contracts.dist-built");

export default async function buildDist(): Promise<void> {
  const state = globalThis as { [BUILT]?: Promise<void> };
  state[BUILT] ??= build();
  await state[BUILT];
}

async function build(): Promise<void> {
  try {
    await promisify(execFile)(process.execPath, [TSC, ...BUILD_ARGS], { cwd: PROJECT_ROOT, encoding: "utf8", maxBuffer: 16 << 20 });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`the build of dist/ failed (tsc ${BUILD_ARGS.join(" ")}):\n${stdout}${stderr}`);
  }
}
