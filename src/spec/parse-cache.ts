/**
 * Parsing a spec's YAML costs 60-300 ms per spec and file (more before the parser is warm),
 * and every process that reads a spec pays it: each command, test worker and spawned run. The
 * parsed document is plain JSON data, so it is kept as JSON under node_modules/.cache, keyed by
 * the YAML's bytes and the parser's version; JSON.parse reads it back in a few milliseconds. A
 * document that JSON cannot hold exactly (a non-finite number) is not kept, and a cache that
 * cannot be read or written is simply not used.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PROJECT_ROOT } from "./apis.js";

const CACHE_DIR = path.join(PROJECT_ROOT, "node_modules", ".cache", "cluster-api-contracts");
let parserVersion: string | undefined;

function cacheFile(text: string, dir: string): string {
  parserVersion ??= createRequire(import.meta.url)("yaml/package.json").version as string;
  const key = createHash("sha256").update(`yaml ${parserVersion}\0`).update(text).digest("hex").slice(0, 32);
  return path.join(dir, `spec-${key}.json`);
}

/** The parsed document for this YAML text, from the cache or from `parse` (then cached). */
export function parseYamlCached(text: string, parse: (text: string) => unknown, dir = CACHE_DIR): unknown {
  const file = cacheFile(text, dir);
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    // not cached yet, or unreadable
  }
  const document = parse(text);
  let json: string | undefined;
  try {
    json = JSON.stringify(document, (_key, value) => {
      if (typeof value === "number" && !Number.isFinite(value)) throw new Error("not JSON");
      return value;
    });
  } catch {
    return document;
  }
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${file}.${process.pid}`, json);
    renameSync(`${file}.${process.pid}`, file);
  } catch {
    // a read-only install: parse every time
  }
  return document;
}
