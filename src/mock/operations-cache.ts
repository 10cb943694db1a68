/**
 * Start-up cost: Prism turns a spec into its operation list in 70-250 ms per spec, and does
 * it again at every start. The list is plain data, so it is cached as JSON under
 * node_modules/.cache, keyed by the spec's bytes and Prism's version; a changed spec or an
 * upgraded Prism misses the cache and is converted afresh. A cache that cannot be read or
 * written is simply not used. Within a process the same objects are handed out again, so a
 * second start of the same spec reuses what Prism compiled for them (it caches its validators
 * by schema object).
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PROJECT_ROOT } from "../spec/apis.js";

const CACHE_DIR = path.join(PROJECT_ROOT, "node_modules", ".cache", "cluster-api-contracts");
const prismVersion: string = createRequire(import.meta.url)("@stoplight/prism-http/package.json").version;

const inProcess = new Map<string, unknown>();

export async function loadOperations<T>(specPath: string, convert: (specPath: string) => Promise<T>): Promise<T> {
  const text = await readFile(specPath);
  const key = createHash("sha256").update(prismVersion).update("\0").update(text).digest("hex").slice(0, 32);
  if (inProcess.has(key)) return inProcess.get(key) as T;
  const operations = await readOrConvert(specPath, key, convert);
  inProcess.set(key, operations);
  return operations;
}

async function readOrConvert<T>(specPath: string, key: string, convert: (specPath: string) => Promise<T>): Promise<T> {
  const file = path.join(CACHE_DIR, `prism-operations-${key}.json`);
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    const operations = await convert(specPath);
    try {
      await mkdir(CACHE_DIR, { recursive: true });
      await writeFile(`${file}.${process.pid}`, JSON.stringify(operations));
      await rename(`${file}.${process.pid}`, file);
    } catch {
      // read-only install: start without the cache
    }
    return operations;
  }
}
