/**
 * Generate `packages/clients/generated/<api>.d.ts` (openapi-typescript, shipped by the clients
 * package) and a bundled, dereferenced
 * `generated/<api>.json` for each spec. Output is deterministic so `--check` can compare.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import SwaggerParser from "@apidevtools/swagger-parser";
import { PROJECT_ROOT, specPathFor, type ApiId } from "../spec/apis.js";

export interface GeneratedFile {
  path: string;
  content: string;
}

const HEADER = (id: string) =>
  `/**\n * Generated from specs/${id}.yaml by \`npm run generate\`. Do not edit by hand;\n * change the spec and run the generator again.\n */\n\n`;

export async function generateFor(id: ApiId): Promise<GeneratedFile[]> {
  const specFile = specPathFor(id);
  const ast = await openapiTS(pathToFileURL(specFile), { alphabetize: false, exportType: true, defaultNonNullable: false });
  const types = HEADER(id) + astToString(ast);
  const bundled = await SwaggerParser.dereference(specFile);
  const json = `${JSON.stringify(bundled, null, 2)}\n`;
  return [
    { path: path.join(PROJECT_ROOT, "packages", "clients", "generated", `${id}.d.ts`), content: types },
    { path: path.join(PROJECT_ROOT, "generated", `${id}.json`), content: json },
  ];
}

/** Files whose content on disk differs from what the generator writes now. */
export async function findStale(files: GeneratedFile[]): Promise<string[]> {
  const stale: string[] = [];
  for (const file of files) {
    const current = await readFile(file.path, "utf8").catch(() => undefined);
    if (current !== file.content) stale.push(path.relative(PROJECT_ROOT, file.path));
  }
  return stale;
}
