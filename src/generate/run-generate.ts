/**
 * `npm run generate [-- --check]`: write (or check) every generated file of every spec:
 * packages/clients/generated/<api>.d.ts, generated/<api>.json and docs/specs/<api>.md.
 * Returns the exit code: 0 written or current, 1 stale (--check), 2 usage or generation error.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { API_IDS, PROJECT_ROOT } from "../spec/apis.js";
import type { GeneratedFile } from "./generate-types.js";

const HELP = `Usage: npm run generate [-- --check]

Write the files generated from specs/<api>.yaml: packages/clients/generated/<api>.d.ts
(openapi-typescript), generated/<api>.json (dereferenced bundle) and docs/specs/<api>.md
(operations and x-source-notes).

  --check      write nothing; exit 1 when any file differs from what would be written
  --help, -h   show this help`;

export interface GenerateIo {
  out?: (line: string) => void;
  err?: (line: string) => void;
}

/**
 * Every generated file's path and expected content, for all four specs. The generators (and
 * openapi-typescript, TypeScript, swagger-parser with them) load here, so --help and usage
 * errors answer without them.
 */
export async function generateAll(): Promise<GeneratedFile[]> {
  const [{ generateFor }, { generateSpecDoc }] = await Promise.all([import("./generate-types.js"), import("./spec-docs.js")]);
  return (await Promise.all(API_IDS.map(async (id) => [...(await generateFor(id)), await generateSpecDoc(id)]))).flat();
}

/** `generate` is replaceable so a test can share one generation between its cases. */
export async function runGenerate(args: string[], io: GenerateIo = {}, generate: () => Promise<GeneratedFile[]> = generateAll): Promise<number> {
  const out = io.out ?? ((line: string) => console.log(line));
  const err = io.err ?? ((line: string) => console.error(line));
  if (args.includes("--help") || args.includes("-h")) {
    out(HELP);
    return 0;
  }
  const unknown = args.filter((a) => a !== "--check");
  if (unknown.length > 0) {
    err(`generate: unknown option ${unknown[0]} (only --check is accepted)`);
    return 2;
  }
  try {
    const files = await generate();
    if (args.includes("--check")) {
      const { findStale } = await import("./generate-types.js");
      const stale = await findStale(files);
      if (stale.length > 0) {
        err(`generate --check: stale: ${stale.join(", ")} (run npm run generate)`);
        return 1;
      }
      out(`generate --check: ${files.length} files up to date`);
      return 0;
    }
    for (const file of files) {
      await mkdir(path.dirname(file.path), { recursive: true });
      await writeFile(file.path, file.content);
    }
    out(`generate: wrote ${files.map((f) => path.relative(PROJECT_ROOT, f.path)).join(", ")}`);
    return 0;
  } catch (error) {
    err(`generate: ${String((error as Error).message ?? error).split("\n")[0]}`);
    return 2;
  }
}
