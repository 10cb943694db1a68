/**
 * Run the tool as a child process, as a user would, and collect its output: the built bin
 * (dist/, which test/support/build-dist.ts builds before the tests) for its commands, or one of
 * the repository's scripts through tsx.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect } from "vitest";
import { PROJECT_ROOT } from "../../src/spec/apis.js";
import { isOperatorError } from "../../src/spec/operator-error.js";

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The package's bin as installed users run it: compiled JavaScript, no TypeScript loader. */
export const BUILT_BIN = path.join(PROJECT_ROOT, "dist", "bin", "cluster-api-contracts.js");

/**
 * V8 flags for the Node processes the tests start. Without the optimising compiler a process
 * that lives a few seconds spends about a quarter less CPU (a conform run against a fake: 2.6 s
 * -> 1.9 s of user + system time): most of its code runs a few times, and optimising it costs
 * more than it saves. A garbage collector without helper threads saves a little more on a
 * machine whose cores the suite already fills (a full conform run against a fake: 1.73-1.82 s -> 1.67-1.74 s).
 * Behaviour is the same; only speed differs.
 */
export const CHILD_NODE_FLAGS = ["--no-opt", "--single-threaded-gc"];

/** `node <argv>` in the project root, output piped, colours off. */
export function spawnNode(argv: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [...CHILD_NODE_FLAGS, ...argv], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** `cluster-api-contracts <args>` from the built bin. */
export function spawnBin(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawnNode([BUILT_BIN, ...args], env);
}

/** Run the built bin to completion (killed after `timeoutMs`). */
export function runBin(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 60_000): Promise<CliResult> {
  return collect(spawnBin(args, env), timeoutMs);
}

/** `scripts/<script>` through tsx, as `npm run` starts it. */
export function spawnScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawnNode(["--import", "tsx", path.join(PROJECT_ROOT, "scripts", script), ...args], env);
}

/** Run to completion (killed after `timeoutMs`). */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 60_000): Promise<CliResult> {
  const child = spawnScript(script, args, env);
  return collect(child, timeoutMs);
}

export function collect(child: ChildProcess, timeoutMs = 60_000): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => (stdout += d));
  child.stderr?.on("data", (d) => (stderr += d));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Resolve with the output so far once `pattern` appears on stdout. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms; output so far:\n${seen}`)), timeoutMs);
    const onData = (d: Buffer) => {
      seen += d.toString();
      if (pattern.test(seen)) {
        clearTimeout(timer);
        resolve(seen);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (d: Buffer) => (seen += d.toString()));
    child.on("close", () => {
      clearTimeout(timer);
      if (!pattern.test(seen)) reject(new Error(`exited before ${pattern}; output:\n${seen}`));
    });
  });
}

/** The operator error a run throws (main() prints its one-line message and exits 2). */
export async function operatorErrorOf(run: Promise<unknown>): Promise<string> {
  const error = await run.then(() => undefined, (e: unknown) => e);
  expect(isOperatorError(error), String(error)).toBe(true);
  const message = (error as Error).message;
  expect(message).not.toContain("\n");
  return message;
}
