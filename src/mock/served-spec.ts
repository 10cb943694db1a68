/**
 * One API's spec as a running mock holds it: Prism's operation list and, for the proxy, the
 * project's validator. A reload loads both from the file again and swaps them only when both
 * load, so a broken edit leaves the previous spec serving. Prism's server reads the list it was
 * created with on every request, so the list is replaced in place and the port never closes.
 */
import { readFile } from "node:fs/promises";
import { watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../spec/apis.js";
import type { SpecValidator } from "../validate/spec-validator.js";
import { loadOperations } from "./operations-cache.js";

export interface ServedSpec {
  specPath: string;
  /** Prism's operations (empty when Prism does not serve this API). Replaced in place by reload(). */
  readonly prismOperations: any[];
  readonly operationCount: number;
  /** The validator in force; undefined unless it was asked for. */
  validator(): SpecValidator;
  /** Load the file again; on failure the previous spec keeps serving and the reason is returned. */
  reload(): Promise<{ ok: true; operationCount: number } | { ok: false; reason: string }>;
}

export interface ServedSpecNeeds {
  prism: boolean;
  validator: boolean;
  convert: (specPath: string) => Promise<any[]>;
}

interface Loaded {
  operations: any[];
  validator?: SpecValidator;
  count: number;
}

/** `parse`: check the file with our own loader first (a reload must not trust a cached conversion). */
async function loadBoth(specPath: string, needs: ServedSpecNeeds, parse: boolean): Promise<Loaded> {
  // The YAML parser and Ajv load only when needed, so plain mocks start as fast as before.
  if (parse && !needs.validator) (await import("../spec/load-spec.js")).parseSpecText(await readFile(specPath, "utf8"), specPath);
  const operations = needs.prism ? await loadOperations(specPath, needs.convert) : [];
  // The compiled validator is shared per file and text with every other user in this process.
  const validator = needs.validator ? (await (await import("../validate/validated-spec.js")).loadValidatedSpec(specPath)).validator : undefined;
  const count = needs.prism ? operations.length : validator!.operations.length;
  return { operations, validator, count };
}

export async function loadServedSpec(specPath: string, needs: ServedSpecNeeds): Promise<ServedSpec> {
  let current = await loadBoth(specPath, needs, false);
  const prismOperations = [...current.operations];
  return {
    specPath,
    prismOperations,
    get operationCount() {
      return current.count;
    },
    validator: () => {
      if (!current.validator) throw new Error(`no validator was loaded for ${specPath}`);
      return current.validator;
    },
    async reload() {
      let next: Loaded;
      try {
        next = await loadBoth(specPath, needs, true);
      } catch (error) {
        return { ok: false, reason: String((error as Error)?.message ?? error).split("\n")[0]! };
      }
      current = next;
      prismOperations.splice(0, prismOperations.length, ...next.operations);
      return { ok: true, operationCount: next.count };
    },
  };
}

/**
 * Call `onChange` once a file has changed and stayed quiet for `settleMs`. The folder is
 * watched, not the file, so editors that save by renaming a new file over the old one are seen.
 */
export function watchSpecFile(file: string, onChange: () => void, settleMs = 100): () => void {
  const name = path.basename(file);
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(path.dirname(file), (_event, changed) => {
    if (changed !== null && String(changed) !== name) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, settleMs);
  });
  watcher.on("error", () => undefined);
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}

/** Reload on change, one reload at a time; one line for each outcome. */
export function watchAndReload(id: string, spec: ServedSpec, log: (line: string) => void): () => Promise<void> {
  const shown = displayPath(spec.specPath);
  let chain: Promise<void> = Promise.resolve();
  const stop = watchSpecFile(spec.specPath, () => {
    chain = chain.then(async () => {
      const previous = spec.operationCount;
      const outcome = await spec.reload();
      log(
        outcome.ok
          ? `reloaded ${id} from ${shown} (${outcome.operationCount} operations)`
          : `not reloaded ${id}: ${shown} does not load (${outcome.reason}); still serving the previous spec (${previous} operations)`,
      );
    });
  });
  return async () => {
    stop();
    await chain;
  };
}

function displayPath(file: string): string {
  const relative = path.relative(PROJECT_ROOT, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}
