/**
 * For the proxy test of `npm run test:real`: read what the mock proxy printed and recorded, and
 * judge the recorded files again with the spec validator, so the two can be compared.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { loadManifest, type RecordedExchange } from "../../src/evidence/manifest.js";
import { validateExchange, type ExchangeViolation } from "../../src/evidence/validate-exchange.js";
import type { SpecValidator } from "../../src/validate/spec-validator.js";
import type { Recording } from "../../src/real/magnum/record-answers.js";

const VIOLATION_LINE = /^\[[^\]]+\] (?:violation|warning) (\S+) (request|response) (\S+) (\S+) /;

/** "operation direction rule pointer" of each violation line the proxy printed, sorted. */
export function printedViolations(lines: string[]): string[] {
  return lines.flatMap((line) => {
    const m = VIOLATION_LINE.exec(line);
    return m ? [`${m[1]} ${m[2]} ${m[3]} ${m[4] === "-" ? "" : m[4]}`] : [];
  }).sort();
}

export function violationKey(v: ExchangeViolation): string {
  return `${v.operation} ${v.direction} ${v.rule} ${v.where}`;
}

export interface RecordedFile {
  file: string;
  text: string;
  exchange: RecordedExchange;
}

/** The proxy's recording folder: every exchange file in recording order. */
export function readRecordedFiles(dir: string): RecordedFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), "utf8");
      return { file, text, exchange: JSON.parse(text) as RecordedExchange };
    });
}

/** Every recorded file judged again (with the operation its manifest entry names), as sorted keys. */
export async function rejudgeRecordedFiles(validator: SpecValidator, dir: string, files: RecordedFile[]): Promise<string[]> {
  const manifest = await loadManifest(dir);
  return files
    .flatMap((f) => validateExchange(validator, f.exchange, manifest.fixtures.find((e) => e.file === f.file)?.operation).violations.map(violationKey))
    .sort();
}

/**
 * The client's answers must appear, in order, among the answers the proxy saw from upstream
 * (same method, path, status and JSON body); the proxy's extra exchanges are the plan's polls.
 * Returns the names of the planned calls with no such answer.
 */
export function answersNotSeenByProxy(client: Recording[], proxied: RecordedFile[]): string[] {
  const missing: string[] = [];
  let at = 0;
  for (const r of client) {
    const { request, response } = r.exchange;
    const found = proxied.findIndex(
      (p, i) =>
        i >= at &&
        p.exchange.request.method === request.method &&
        p.exchange.request.path === request.path &&
        p.exchange.response.status === response.status &&
        isDeepStrictEqual(p.exchange.response.body, response.body),
    );
    if (found < 0) missing.push(`${r.name} ${request.method} ${request.path} -> ${response.status}`);
    else at = found + 1;
  }
  return missing;
}

/** Multiset difference a - b. */
export function minus(a: string[], b: string[]): string[] {
  const rest = [...b];
  return a.filter((x) => {
    const i = rest.indexOf(x);
    if (i < 0) return true;
    rest.splice(i, 1);
    return false;
  });
}
