/** Load a spec by API id or file path; parse once, keep the raw document. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { isApiId, specPathFor, type ApiId } from "./apis.js";
import { OperatorError } from "./operator-error.js";
import { parseYamlCached } from "./parse-cache.js";

export type OpenApiDocument = Record<string, any>;

export interface LoadedSpec {
  /** The API id, or the file's base name for a spec outside the four. */
  id: ApiId | string;
  path: string;
  document: OpenApiDocument;
}

export async function loadSpec(idOrPath: string): Promise<LoadedSpec> {
  const file = isApiId(idOrPath) ? specPathFor(idOrPath) : path.resolve(idOrPath);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new OperatorError(
      "SPEC_UNREADABLE",
      `cannot read spec ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      "pass an API id (hadoop-eco, yarn-service, nhn-kubernetes, bigdata-paas) or a readable file",
    );
  }
  const document = parsedCopy(text, file);
  const id = isApiId(idOrPath) ? idOrPath : path.basename(file).replace(/\.(ya?ml|json)$/i, "");
  return { id, path: file, document };
}

/**
 * Parsed documents by file and full text. One process often loads the same spec many times
 * (a fake, a mock, a conform plan, a lint, each test file); the YAML is parsed once and every
 * caller gets its own deep copy (structuredClone keeps the shared nodes YAML aliases make), so
 * no caller sees another's changes. An edited file has new text and is parsed afresh.
 */
const parsed = new Map<string, OpenApiDocument>();
const PARSED_KEPT = 16;

function parsedCopy(text: string, file: string): OpenApiDocument {
  const key = `${file}\u0000${text}`;
  let document = parsed.get(key);
  if (!document) {
    document = parseSpecText(text, file, true);
    if (parsed.size >= PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
    parsed.set(key, document);
  }
  return structuredClone(document);
}

/** Parse and check a spec's text; `cached` reads and keeps YAML parses in the on-disk cache. */
export function parseSpecText(text: string, file: string, cached = false): OpenApiDocument {
  let document: unknown;
  try {
    const parseYaml = (yaml: string) => parse(yaml, { maxAliasCount: 100 });
    document = file.endsWith(".json") ? JSON.parse(text) : cached ? parseYamlCached(text, parseYaml) : parseYaml(text);
  } catch (error) {
    throw new OperatorError("SPEC_INVALID", `cannot parse spec ${file}: ${firstLine(error)}`);
  }
  if (!document || typeof document !== "object" || typeof (document as any).openapi !== "string") {
    throw new OperatorError("SPEC_INVALID", `${file} is not an OpenAPI 3 document (no "openapi" field)`);
  }
  if (!String((document as any).openapi).startsWith("3.")) {
    throw new OperatorError("SPEC_INVALID", `${file} is OpenAPI ${(document as any).openapi}; only 3.x is supported`);
  }
  return document as OpenApiDocument;
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split("\n")[0] ?? "";
}
