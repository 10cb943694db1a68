/**
 * `npm run diff -- [--api <id>] --base <git-ref | file> [--head <git-ref | file>]`: option
 * parsing, output and exit codes (0 nothing breaks clients or consumers, 1 something does and
 * is not acknowledged, 2 usage error or unreadable spec). The work is in src/diff/.
 */
import { parseArgs } from "node:util";
import { API_IDS, isApiId, type ApiId } from "../spec/apis.js";
import { readCredentials, secretValues } from "../spec/credentials.js";
import { OperatorError, isOperatorError } from "../spec/operator-error.js";
import type { ApiDiff } from "../diff/diff-api.js";
import { isFileSource, readSpecVersion } from "../diff/read-version.js";
import { renderConsole, renderJson, renderMarkdown } from "../diff/render-report.js";
import { createOutput, type Output, type OutputTargets } from "../reporters/output.js";
import { EXIT } from "./exit.js";

interface OptionSpec {
  name: string;
  type: "string" | "boolean";
  value?: string;
  help: string;
}

export const DIFF_OPTIONS: readonly OptionSpec[] = [
  { name: "api", type: "string", value: "<id>", help: `one API (default: all of ${API_IDS.join(", ")})` },
  { name: "base", type: "string", value: "<ref|file>", help: "the old version: a git ref (reads specs/<api>.yaml there) or a spec file" },
  { name: "head", type: "string", value: "<ref|file>", help: "the new version (default: specs/<api>.yaml in the working tree)" },
  { name: "markdown", type: "string", value: "<file>", help: "write the report as Markdown (a PR comment)" },
  { name: "json", type: "string", value: "<file>", help: "write the report as JSON" },
  { name: "pacts", type: "string", value: "<dir>", help: "pact files to check for consumer impact (default contracts/pacts)" },
  { name: "verbose", type: "boolean", help: "list compatible changes too" },
  { name: "help", type: "boolean", help: "show this help" },
];

export function renderDiffHelp(): string {
  const rows = DIFF_OPTIONS.map((o) => [`--${o.name}${o.value ? ` ${o.value}` : ""}`, o.help]);
  const width = Math.max(...rows.map((r) => r[0]!.length));
  return [
    "Usage: npm run diff -- [--api <id>] --base <git-ref | file> [--head <git-ref | file>] [options]",
    "",
    "Classify every change between two versions of a spec (breaking for clients, breaking for",
    "providers, compatible), check every committed pact interaction against both versions, and",
    "name the operations whose generated types would break a TypeScript consumer's build.",
    "",
    ...rows.map(([flag, help]) => `  ${flag!.padEnd(width)}  ${help}`),
    "",
    "Exit codes: 0 nothing breaks clients, 1 a change breaks clients, a consumer or a compile and no",
    "info.x-breaking-changes entry of the head spec acknowledges it, 2 usage error or unreadable spec.",
  ].join("\n");
}

export interface DiffArgs {
  apis: ApiId[];
  base: string;
  head?: string;
  markdown?: string;
  json?: string;
  pacts?: string;
  verbose: boolean;
  help: boolean;
}

export function parseDiffArgs(argv: string[]): DiffArgs {
  let values: Record<string, any>;
  try {
    const config = Object.fromEntries(DIFF_OPTIONS.map((o) => [o.name, { type: o.type }]));
    values = parseArgs({ args: argv, options: config as any, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new OperatorError("USAGE", String((error as Error).message).split("\n")[0]!, "run with --help for the options");
  }
  if (values.help) return { apis: [], base: "", verbose: false, help: true };
  if (values.api !== undefined && !isApiId(values.api)) throw new OperatorError("USAGE", `unknown API "${values.api}"`, `choose from ${API_IDS.join(", ")}`);
  if (!values.base) throw new OperatorError("USAGE", "--base is required", "e.g. --base origin/main, or --base old-spec.yaml --api yarn-service");
  const files = [values.base, values.head].filter((s): s is string => s !== undefined && isFileSource(s));
  if (files.length > 0 && values.api === undefined) throw new OperatorError("USAGE", `--api is required when comparing a file (${files[0]})`);
  return {
    apis: values.api ? [values.api] : [...API_IDS],
    base: values.base,
    head: values.head,
    markdown: values.markdown,
    json: values.json,
    pacts: values.pacts,
    verbose: Boolean(values.verbose),
    help: false,
  };
}

export interface DiffIo extends OutputTargets {
  env?: NodeJS.ProcessEnv;
}

/** What `diff` does, minus process.exit: returns the exit code. Tests call this. */
export async function runDiffCommand(argv: string[], io: DiffIo = {}): Promise<number> {
  const out = createOutput(secretValues(readCredentials(io.env ?? process.env)), io);
  try {
    const args = parseDiffArgs(argv);
    if (args.help) {
      out.line(renderDiffHelp());
      return EXIT.ok;
    }
    // Optic, swagger-parser, openapi-typescript, TypeScript and the pact comparator load here.
    const { diffApi } = await import("../diff/diff-api.js");
    const results: ApiDiff[] = [];
    for (const api of args.apis) {
      const base = await readSpecVersion(api, args.base);
      const head = await readSpecVersion(api, args.head);
      results.push(await diffApi(api, base, head, { pactDir: args.pacts }));
    }
    for (const line of renderConsole(results, args.verbose)) out.line(line);
    await writeReport(out, args.markdown, () => renderMarkdown(results));
    await writeReport(out, args.json, () => renderJson(results));
    return results.some((r) => r.breaking) ? EXIT.findings : EXIT.ok;
  } catch (error) {
    return reportError(out, error);
  }
}

async function writeReport(out: Output, file: string | undefined, render: () => string): Promise<void> {
  if (!file) return;
  try {
    await out.file(file, render());
  } catch (error) {
    throw new OperatorError("FILE_UNWRITABLE", `cannot write ${file}: ${(error as Error).message}`);
  }
}

function reportError(out: Output, error: unknown): number {
  if (isOperatorError(error)) {
    out.error(`diff: ${error.message}`);
    if (error.hint) out.error(`  hint: ${error.hint}`);
  } else {
    out.error(`diff: ${String(error instanceof Error ? error.message : error).split("\n")[0]}`);
  }
  return EXIT.usage;
}

export async function main(argv: string[]): Promise<void> {
  process.exit(await runDiffCommand(argv));
}
