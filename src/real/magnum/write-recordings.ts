/** Write recordings as <dir>/<auth mode>/<nn>-<name>.json (the shared recorded-exchange format). */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AuthMode } from "./recording-plan.js";
import type { Recording } from "./record-answers.js";

/** Answer headers that change on every run and say nothing about the contract. */
const VOLATILE_HEADERS = ["date", "x-openstack-request-id"];

export function writeRecordings(dir: string, mode: AuthMode, recordings: Recording[]): string {
  const target = path.join(dir, mode);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  recordings.forEach((r, i) => {
    const headers = { ...r.exchange.response.headers };
    for (const name of VOLATILE_HEADERS) if (name in headers) headers[name] = "(varies)";
    const exchange = { ...r.exchange, response: { ...r.exchange.response, headers } };
    const file = path.join(target, `${String(i + 1).padStart(2, "0")}-${r.name}.json`);
    writeFileSync(file, `${JSON.stringify({ operation: r.operation, ...exchange }, null, 2)}\n`);
  });
  return target;
}

export function readRecordings(dir: string, mode: AuthMode): Recording[] {
  const target = path.join(dir, mode);
  return readdirSync(target)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const { operation, ...exchange } = JSON.parse(readFileSync(path.join(target, file), "utf8"));
      return { name: file.replace(/^\d+-|\.json$/g, ""), operation, exchange };
    });
}
