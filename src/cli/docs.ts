/**
 * `npm run docs [-- --out <dir>] [--serve [--port <n>]]`: build the API reference (one page per
 * spec + index) and optionally serve it on localhost. Exit 0, or 2 on a usage error.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { buildReference, DEFAULT_OUT_DIR } from "../docs/build-reference.js";
import { serveStatic, type StaticServer } from "../docs/serve-static.js";
import { OperatorError } from "../spec/operator-error.js";
import { PROJECT_ROOT } from "../spec/apis.js";
import { EXIT, reportFatal } from "./exit.js";

export const DOCS_OPTIONS = [
  { name: "out", type: "string", value: "<dir>", help: `where the pages go (default ${path.relative(PROJECT_ROOT, DEFAULT_OUT_DIR)})` },
  { name: "serve", type: "boolean", help: "serve the pages on http://127.0.0.1 after building" },
  { name: "port", type: "string", value: "<n>", help: "port for --serve (default 4080; 0 picks a free one)" },
  { name: "help", type: "boolean", help: "show this help" },
] as const;

export const DEFAULT_DOCS_PORT = 4080;

export interface DocsArgs {
  out: string;
  serve: boolean;
  port: number;
  help: boolean;
}

export function parseDocsArgs(argv: string[]): DocsArgs {
  let values: Record<string, any>;
  try {
    values = parseArgs({ args: argv, options: Object.fromEntries(DOCS_OPTIONS.map((o) => [o.name, { type: o.type }])) as any, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new OperatorError("USAGE", String((error as Error).message).split("\n")[0]!, "run with --help for the options");
  }
  const port = values.port === undefined ? DEFAULT_DOCS_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new OperatorError("USAGE", `--port ${values.port} is not a port number`);
  return { out: path.resolve(values.out ?? DEFAULT_OUT_DIR), serve: Boolean(values.serve), port, help: Boolean(values.help) };
}

export function renderDocsHelp(): string {
  const rows = DOCS_OPTIONS.map((o) => [`--${o.name}${"value" in o ? ` ${o.value}` : ""}`, o.help]);
  const width = Math.max(...rows.map((r) => r[0]!.length));
  return ["Usage: npm run docs [-- --out <dir>] [--serve [--port <n>]]", "", "Build a static, offline API reference of the four specs (Redoc), with state machines and source decisions.", "", ...rows.map(([f, h]) => `  ${f!.padEnd(width)}  ${h}`)].join("\n");
}

export interface DocsIo {
  stdout?: (text: string) => void;
}

/** Build (and maybe serve). Returns the server when serving, so tests can close it. */
export async function runDocsCommand(argv: string[], io: DocsIo = {}): Promise<{ code: number; server?: StaticServer }> {
  const print = io.stdout ?? ((t: string) => void process.stdout.write(t));
  const args = parseDocsArgs(argv);
  if (args.help) {
    print(`${renderDocsHelp()}\n`);
    return { code: EXIT.ok };
  }
  const pages = await buildReference(args.out);
  for (const p of pages) print(`docs: wrote ${path.relative(process.cwd(), p.file) || p.file} (${Math.round(p.bytes / 1024)} KiB)\n`);
  if (!args.serve) return { code: EXIT.ok };
  const server = await serveStatic(args.out, args.port);
  print(`docs: serving ${path.relative(process.cwd(), args.out) || args.out} at ${server.url} (Ctrl-C to stop)\n`);
  return { code: EXIT.ok, server };
}

export async function main(argv: string[]): Promise<void> {
  try {
    const { server } = await runDocsCommand(argv);
    if (!server) return;
    const stop = () => void server.close().then(() => process.exit(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  } catch (error) {
    process.exit(reportFatal("docs", error));
  }
}
