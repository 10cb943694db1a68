/**
 * Type impact: generate openapi-typescript types for both versions (the options of
 * src/generate/generate-types.ts) and compile a probe that does, per operation, what a
 * TypeScript client written against the base does against the head:
 *   - pass base-shaped parameters and request bodies where the head's types are expected;
 *   - read the head's responses where the base's types were expected.
 * Every compile error of the probe names the operation and part a consumer's build would break on.
 */
import openapiTS, { astToString } from "openapi-typescript";
import type * as TS from "typescript";
import type { OpenApiDocument } from "../spec/load-spec.js";
import { HTTP_METHODS } from "./prepare-spec.js";

export type TypePart = "operation" | "parameters" | "requestBody" | "responses";

export interface TypeBreak {
  operationId: string;
  part: TypePart;
  message: string;
}

/** The same options as `npm run generate`, so the probe sees the types consumers import. */
export const TYPE_OPTIONS = { alphabetize: false, exportType: true, defaultNonNullable: false } as const;

/**
 * Generated types per spec text, for the life of the process: a diff of several heads against
 * one base (or several diffs in one test file) generates the base's types once.
 */
const generated = new Map<string, Promise<string>>();

export function generateTypes(document: OpenApiDocument): Promise<string> {
  const key = JSON.stringify(document);
  let types = generated.get(key);
  if (!types) {
    types = openapiTS(structuredClone(document) as never, { ...TYPE_OPTIONS, silent: true }).then((ast) => astToString(ast));
    types.catch(() => generated.delete(key));
    generated.set(key, types);
  }
  return types;
}

export function operationIds(document: OpenApiDocument): Set<string> {
  const ids = new Set<string>();
  for (const item of Object.values<any>(document.paths ?? {})) {
    for (const m of HTTP_METHODS) if (typeof item?.[m]?.operationId === "string") ids.add(item[m].operationId);
  }
  return ids;
}

interface ProbeLine {
  operationId: string;
  part: TypePart;
}

/** Build the probe: one statement per line, so a diagnostic's line names its operation and part. */
export function buildProbe(baseIds: Set<string>, headIds: Set<string>): { text: string; lines: Map<number, ProbeLine>; removed: string[] } {
  const out = [
    `import type { operations as Base } from "./base";`,
    `import type { operations as Head } from "./head";`,
    `declare function take<T>(): T;`,
  ];
  const lines = new Map<number, ProbeLine>();
  const removed: string[] = [];
  const add = (line: string, probe: ProbeLine) => {
    lines.set(out.length, probe);
    out.push(line);
  };
  for (const id of [...baseIds].sort()) {
    if (!headIds.has(id)) {
      removed.push(id);
      continue;
    }
    const op = JSON.stringify(id);
    add(`{ const v: Head[${op}]["parameters"] = take<Base[${op}]["parameters"]>(); void v; }`, { operationId: id, part: "parameters" });
    add(`{ const v: Head[${op}]["requestBody"] = take<Base[${op}]["requestBody"]>(); void v; }`, { operationId: id, part: "requestBody" });
    add(`{ const v: Base[${op}]["responses"] = take<Head[${op}]["responses"]>(); void v; }`, { operationId: id, part: "responses" });
  }
  return { text: `${out.join("\n")}\n`, lines, removed };
}

export async function findTypeBreaks(base: OpenApiDocument, head: OpenApiDocument): Promise<TypeBreak[]> {
  const [baseTypes, headTypes] = await Promise.all([generateTypes(base), generateTypes(head)]);
  const probe = buildProbe(operationIds(base), operationIds(head));
  const breaks: TypeBreak[] = probe.removed.map((operationId) => ({
    operationId,
    part: "operation",
    message: `operations["${operationId}"] no longer exists`,
  }));
  const diagnostics = await compileProbe({ "base.ts": baseTypes, "head.ts": headTypes, "probe.ts": probe.text });
  const seen = new Set<string>();
  for (const d of diagnostics) {
    const where = d.line === undefined ? undefined : probe.lines.get(d.line);
    const entry = where ?? { operationId: "(types)", part: "operation" as const };
    const key = `${entry.operationId} ${entry.part}`;
    if (seen.has(key)) continue;
    seen.add(key);
    breaks.push({ ...entry, message: d.message });
  }
  return breaks;
}

interface ProbeDiagnostic {
  line?: number;
  message: string;
}

const ROOT = "/__api_diff__/";

/**
 * TypeScript's own lib files, parsed once per process: they are the same for every probe,
 * and parsing lib.es2022*.d.ts is most of a small program's cost.
 */
const libFiles = new Map<string, TS.SourceFile | undefined>();

/** Type-check in memory (no emit, ES2022 lib only); diagnostics of probe.ts and of the generated files. */
async function compileProbe(files: Record<string, string>): Promise<ProbeDiagnostic[]> {
  const ts = (await import("typescript")).default as typeof TS;
  const options: TS.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts"],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  // As tsc does: JSDoc is parsed only where it can make a type error, which skips most of the
  // generated files' comments.
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeErrors;
  const virtual = (name: string) => (name.startsWith(ROOT) ? files[name.slice(ROOT.length)] : undefined);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, onError, create) => {
    const text = virtual(name);
    if (text !== undefined) return ts.createSourceFile(name, text, typeof version === "object" ? version : { languageVersion: version, jsDocParsingMode: host.jsDocParsingMode });
    const key = typeof version === "object" ? `${version.languageVersion} ${version.impliedNodeFormat} ${name}` : `${version} ${name}`;
    if (!libFiles.has(key)) libFiles.set(key, getSourceFile(name, version, onError, create));
    return libFiles.get(key);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => virtual(name) !== undefined || (!name.startsWith(ROOT) && fileExists(name));
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (name) => name.startsWith(ROOT.slice(0, -1)) || (directoryExists ? directoryExists(name) : true);
  host.realpath = (name) => name;
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => virtual(name) ?? readFile(name);
  const program = ts.createProgram([`${ROOT}probe.ts`], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const chain = ts.flattenDiagnosticMessageText(d.messageText, "\n").split("\n").map((l) => l.trim()).filter(Boolean);
    const message = summarizeChain(chain);
    const inProbe = d.file?.fileName === `${ROOT}probe.ts` && d.start !== undefined;
    return { line: inProbe ? d.file!.getLineAndCharacterOfPosition(d.start!).line : undefined, message: message.slice(0, 400) };
  });
}

/**
 * TypeScript's elaboration, shortened to where and what: the deepest "types of '<path>'" (or
 * "property '<name>'") line and the last line, e.g.
 * `200.content["application/json"].requestResult: Type 'string' is not assignable to type '"Pending" | ...'`.
 */
export function summarizeChain(chain: string[]): string {
  const last = chain[chain.length - 1] ?? "";
  const paths = chain
    .map((line) => line.match(/^The types of '(.+)' are incompatible/)?.[1] ?? line.match(/^Types of property '(.+)' are incompatible/)?.[1] ?? line.match(/^Property '(.+)' is missing/)?.[0])
    .filter((p): p is string => p !== undefined);
  const where = paths.filter((p) => !p.startsWith("Property ")).join(".");
  const text = chain.length === 1 ? last : where ? `${where}: ${last}` : last;
  return text.length > 400 ? `${text.slice(0, 397)}...` : text;
}
