/**
 * A spec and its compiled validator, kept per file and text for the life of the process.
 * A CLI run prepares one plan, but the test suite and library users prepare many in one
 * process (each used to re-parse the YAML and rebuild Ajv: ~100-300 ms a plan), and the fakes
 * validate with the same compiled functions. The key is the file's path and full text, so an
 * edited file is loaded afresh.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { isApiId, specPathFor } from "../spec/apis.js";
import { loadSpec, type LoadedSpec } from "../spec/load-spec.js";
import { createSpecValidator, type SpecValidator } from "./spec-validator.js";

export interface ValidatedSpec {
  spec: LoadedSpec;
  validator: SpecValidator;
}

const loaded = new Map<string, Promise<ValidatedSpec>>();

export async function loadValidatedSpec(idOrPath: string): Promise<ValidatedSpec> {
  const file = isApiId(idOrPath) ? specPathFor(idOrPath) : path.resolve(idOrPath);
  const text = await readFile(file, "utf8").catch(() => undefined);
  // Unreadable: loadSpec throws the operator error; nothing is kept.
  if (text === undefined) return fresh(idOrPath);
  const key = `${idOrPath}\u0000${file}\u0000${text}`;
  let entry = loaded.get(key);
  if (!entry) {
    entry = fresh(idOrPath);
    entry.catch(() => loaded.delete(key));
    loaded.set(key, entry);
  }
  return entry;
}

async function fresh(idOrPath: string): Promise<ValidatedSpec> {
  const spec = await loadSpec(idOrPath);
  return { spec, validator: createSpecValidator(spec.document) };
}
