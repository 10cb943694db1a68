/**
 * --expect-differences <file.yaml>: findings the operator already knows about (format in
 * docs/conform.md and the shared formats note). A failed check that matches an entry becomes
 * outcome `known`; an entry that matched nothing in a complete run is reported `stale` (a
 * finding, so the file cannot rot).
 */
import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { OperatorError } from "../spec/operator-error.js";
import { CHECK_NAMES } from "./checks/index.js";
import type { DifferenceRef } from "./events.js";

export interface Difference extends DifferenceRef {
  /** Position in the file (1-based), for messages. */
  index: number;
  pattern?: RegExp;
}

const KEYS = new Set(["operation", "check", "match", "reason", "source"]);

export async function loadDifferences(filePath: string): Promise<Difference[]> {
  let text: string;
  try {
    text = await readFile(filePath, "utf8");
  } catch (error) {
    throw new OperatorError("FILE_UNWRITABLE", `cannot read --expect-differences ${filePath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parseDifferences(text, filePath);
}

export function parseDifferences(text: string, where: string): Difference[] {
  let document: any;
  try {
    document = parse(text);
  } catch (error) {
    throw new OperatorError("USAGE", `${where} is not YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const list = document?.differences;
  if (!Array.isArray(list)) throw new OperatorError("USAGE", `${where}: expected a top-level "differences:" list`, "see docs/conform.md, Known differences");
  return list.map((raw: any, i: number) => {
    const at = `${where}: differences[${i}]`;
    if (!raw || typeof raw !== "object") throw new OperatorError("USAGE", `${at} is not a mapping`);
    const unknown = Object.keys(raw).filter((k) => !KEYS.has(k));
    if (unknown.length > 0) throw new OperatorError("USAGE", `${at}: unknown key ${unknown.join(", ")}`, `keys: ${[...KEYS].join(", ")}`);
    for (const key of ["operation", "check", "reason"]) {
      if (typeof raw[key] !== "string" || raw[key].length === 0) throw new OperatorError("USAGE", `${at}: "${key}" is required (a string)`);
    }
    if (raw.check !== "*" && !CHECK_NAMES.includes(raw.check)) throw new OperatorError("USAGE", `${at}: unknown check "${raw.check}"`, `checks: ${CHECK_NAMES.join(", ")}, or "*"`);
    let pattern: RegExp | undefined;
    if (raw.match !== undefined) {
      try {
        pattern = new RegExp(String(raw.match));
      } catch (error) {
        throw new OperatorError("USAGE", `${at}: match is not a regular expression: ${(error as Error).message}`);
      }
    }
    return { index: i + 1, operation: raw.operation, check: raw.check, match: raw.match === undefined ? undefined : String(raw.match), reason: raw.reason, source: raw.source, pattern };
  });
}

/** The first entry that covers this finding, if any. */
export function matchDifference(differences: readonly Difference[], finding: { operationId: string; check: string; message: string; status?: number }): Difference | undefined {
  return differences.find(
    (d) =>
      (d.operation === "*" || d.operation === finding.operationId) &&
      (d.check === "*" || d.check === finding.check) &&
      (!d.pattern || d.pattern.test(finding.message) || (finding.status !== undefined && d.pattern.test(String(finding.status)))),
  );
}

export function toRef(d: Difference): DifferenceRef {
  return { operation: d.operation, check: d.check, ...(d.match !== undefined ? { match: d.match } : {}), reason: d.reason, ...(d.source ? { source: d.source } : {}) };
}
