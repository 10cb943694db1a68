/**
 * Run test/magnumclient/lifecycle.py (python-magnumclient from Debian's python3-magnumclient)
 * against a base URL and return its observations, one object per step.
 */
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const LIFECYCLE_SCRIPT = path.join(here, "lifecycle.py");
/** What the real Magnum 15.0.1 showed (written by test:real, which checks it against a live run). */
export const REAL_OBSERVATIONS = path.join(here, "real-magnum-observations.jsonl");
const PYTHON = "/usr/bin/python3";

export type Observation = { step: string } & Record<string, unknown>;

/** Exits 0 when python-magnumclient is installed, 3 when it is not. */
const FIND_MAGNUMCLIENT = [
  "import importlib.util, sys",
  "try: found = importlib.util.find_spec('magnumclient.client')",
  "except ModuleNotFoundError: found = None",
  "sys.exit(0 if found else 3)",
].join("\n");

/**
 * Why python-magnumclient cannot be used here, or undefined when it can. Python finds the module
 * without importing it (0.1 s instead of 0.8 s, blocking the test worker); the life-cycle run
 * imports it, so an installed package that fails to import fails the test instead of skipping it.
 */
export function magnumclientUnavailable(): string | undefined {
  const probe = spawnSync(PYTHON, ["-c", FIND_MAGNUMCLIENT], { encoding: "utf8" });
  if (probe.error) return `${PYTHON} cannot run: ${probe.error.message}`;
  if (probe.status === 3) return "python3-magnumclient is not installed";
  if (probe.status !== 0) return `python3-magnumclient cannot be found: ${probe.stderr.trim().split("\n").pop()}`;
  return undefined;
}

export function runLifecycle(url: string, token: string, advanceUrl?: string): Promise<Observation[]> {
  const args = [LIFECYCLE_SCRIPT, "--url", url, "--token", token, ...(advanceUrl ? ["--advance-url", advanceUrl] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const observations = parseObservations(out);
      if (code !== 0) reject(new Error(`lifecycle.py exited ${code} after ${observations.length} steps: ${err.trim().split("\n").slice(-3).join(" | ")}`));
      else resolve(observations);
    });
  });
}

export function parseObservations(text: string): Observation[] {
  return text.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Observation);
}

export function readRealObservations(): Observation[] {
  return parseObservations(readFileSync(REAL_OBSERVATIONS, "utf8"));
}
