/**
 * Debian's Magnum packages: present, or installed with apt-get (as root) with one line saying
 * so. No root or no apt-get: an OperatorError (exit 2).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { OperatorError } from "../../spec/operator-error.js";

export const MAGNUM_PACKAGES = ["magnum-api", "magnum-conductor", "python3-magnumclient"] as const;
/** Debian's interpreter: the packages live in its dist-packages, not in a pyenv/venv python. */
export const DEBIAN_PYTHON = "/usr/bin/python3";

/** The packages that are not installed ("ii" in dpkg's status). */
export function missingPackages(): string[] {
  const result = spawnSync("dpkg-query", ["-W", "-f=${Package} ${db:Status-Abbrev}\\n", ...MAGNUM_PACKAGES], { encoding: "utf8" });
  if (result.error) return [...MAGNUM_PACKAGES];
  const installed = new Set(
    result.stdout.split("\n").filter((line) => /\sii\s*$/.test(line)).map((line) => line.split(" ")[0]),
  );
  return MAGNUM_PACKAGES.filter((name) => !installed.has(name));
}

export function ensureMagnumPackages(log: (line: string) => void): void {
  const missing = missingPackages();
  if (missing.length === 0) return;
  if (!existsSync("/usr/bin/apt-get")) {
    throw new OperatorError("ENVIRONMENT", `${missing.join(", ")} not installed and apt-get is not available`, "run on Debian bookworm, or install OpenStack Magnum 15.0.1 yourself");
  }
  if (typeof process.getuid === "function" && process.getuid() !== 0) {
    throw new OperatorError("ENVIRONMENT", `${missing.join(", ")} not installed and installing needs root`, `sudo apt-get install -y ${MAGNUM_PACKAGES.join(" ")}`);
  }
  log(`real-magnum: installing ${missing.join(" ")} with apt-get (Debian's Magnum 15.0.1)`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", ...MAGNUM_PACKAGES]]) {
    const run = spawnSync("apt-get", ["-q", ...args], { env, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
    if (run.status !== 0) {
      const last = (run.stderr ?? "").trim().split("\n").pop() ?? "";
      throw new OperatorError("ENVIRONMENT", `apt-get ${args[0]} failed (exit ${run.status}): ${last}`, "is a Debian mirror reachable?");
    }
  }
}
