/** `npm run mock`: Prism mocks for the selected APIs in one process, one ready table. */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT, type ApiId } from "../spec/apis.js";
import { OperatorError } from "../spec/operator-error.js";
import type { MockApi, MockLogLevel, MockSet } from "../mock/start-mocks.js";
import { SERVER_OPTIONS, parseCommandArgs, resolveApiPorts, resolvePerApiValues, defaultMockPort, type ApiPort } from "./server-options.js";
import { announceWhenReady, formatReadyTable, type ServedApi } from "./ready-table.js";
import { EXIT, reportFatal } from "./exit.js";

const OPTIONS = {
  ...SERVER_OPTIONS,
  dynamic: { type: "boolean", default: false },
  seed: { type: "string" },
  quiet: { type: "boolean", short: "q", default: false },
  verbose: { type: "boolean", short: "v", default: false },
  proxy: { type: "string", multiple: true },
  record: { type: "string" },
  replay: { type: "string" },
  watch: { type: "boolean", default: false },
} as const;

const HELP = `Usage: npm run mock -- [options]

Serve the specs as validating Prism mocks (default: all four APIs on 127.0.0.1:4010-4013).

  --api <id>         serve only this API (repeatable): hadoop-eco, yarn-service, nhn-kubernetes, bigdata-paas
  --port <n|id=n>    base port for the selected APIs, or a port for one API (repeatable)
  --host <host>      interface to listen on (default 127.0.0.1)
  --dynamic          answer with schema-generated data instead of the spec's examples
  --seed <value>     seed for reproducible dynamic data
  --quiet, -q        log nothing but errors
  --verbose, -v      log Prism's own negotiation and validation lines
  --proxy <url|id=url>  forward to a real server instead of mocking: requests and answers are
                     validated against the spec (one line per violation, a summary table at
                     Ctrl-C, exit 1 if any), answers are returned unchanged (repeatable)
  --record <dir>     with --proxy: write each exchange, secrets masked, to <dir>/<api>/ with a
                     manifest.yaml (then: npm run fixtures:add -- <dir>)
  --replay <dir>     answer recorded calls from <dir>/<api>/ (or <dir> for one API); Prism the rest
  --watch            reload a spec when its file changes, on the same port
  --help, -h         show this help`;

export async function runMock(argv: string[]): Promise<number> {
  const values = parseCommandArgs(argv, OPTIONS);
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  if (values.quiet && values.verbose) throw new OperatorError("USAGE", "--quiet and --verbose exclude each other");
  if (values.seed !== undefined && !values.dynamic) throw new OperatorError("USAGE", "--seed only applies with --dynamic");
  const logLevel: MockLogLevel = values.quiet ? "quiet" : values.verbose ? "verbose" : "normal";
  const apis = withTargets(resolveApiPorts(values.api, values.port, defaultMockPort), values);
  const started = performance.now();
  // Prism loads only once the arguments are known to be good, so usage errors answer at once.
  const { startMocks } = await import("../mock/start-mocks.js");
  const set = await startMocks({ apis, host: values.host, dynamic: values.dynamic, seed: values.seed, logLevel, watch: values.watch });
  const rows: ServedApi[] = set.mocks.map((m) => ({
    id: m.id,
    url: m.url,
    spec: path.relative(PROJECT_ROOT, m.specPath),
    operationCount: m.operationCount,
  }));
  const notes = set.mocks.flatMap((m) => {
    const api = apis.find((a) => a.id === m.id)!;
    if (m.mode === "proxy") return [`${m.id}: proxying to ${m.upstream}${api.record ? `, recording into ${shown(api.record)}` : ""}`];
    if (m.mode === "replay") return [`${m.id}: replaying recordings from ${shown(api.replay!)}, Prism for the rest`];
    return [];
  });
  const watching = values.watch ? ", watching the specs" : "";
  if (set.mocks.some((m) => m.mode === "proxy")) {
    // The ready probe would be forwarded to the upstream and judged; the front server already listens.
    announceProxy(set, apis, rows, notes, started, watching);
  } else {
    await announceWhenReady({ kind: "mock", rows, close: set.close }, started, watching);
    for (const note of notes) console.log(note);
  }
  return EXIT.ok;
}

/** A folder as the user would type it: relative below the working folder, absolute elsewhere. */
function shown(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative === "" ? "." : relative.startsWith("..") ? dir : relative;
}

/** Per-API --proxy, --record and --replay folders; errors for combinations that cannot work. */
function withTargets(apis: ApiPort[], values: Record<string, any>): MockApi[] {
  const ids = apis.map((a) => a.id);
  const proxies = resolvePerApiValues("proxy", values.proxy, ids);
  if (values.record !== undefined && proxies.size === 0) throw new OperatorError("USAGE", "--record needs --proxy: only real traffic is recorded");
  if (values.replay !== undefined && proxies.size > 0) throw new OperatorError("USAGE", "--replay and --proxy exclude each other");
  const replay = values.replay === undefined ? new Map<ApiId, string>() : replayFolders(path.resolve(values.replay), ids);
  return apis.map((a) => ({
    ...a,
    ...(proxies.has(a.id) ? { proxy: proxies.get(a.id)! } : {}),
    ...(proxies.has(a.id) && values.record !== undefined ? { record: path.join(path.resolve(values.record), a.id) } : {}),
    ...(replay.has(a.id) ? { replay: replay.get(a.id)! } : {}),
  }));
}

/** `<dir>/<api>/` for each selected API that has one; `<dir>` itself when one API runs and it holds recordings. */
function replayFolders(dir: string, ids: ApiId[]): Map<ApiId, string> {
  if (!existsSync(dir)) throw new OperatorError("USAGE", `--replay ${dir}: no such folder`);
  const out = new Map<ApiId, string>();
  for (const id of ids) if (existsSync(path.join(dir, id))) out.set(id, path.join(dir, id));
  if (out.size === 0 && ids.length === 1 && readdirSync(dir).some((n) => n.endsWith(".json"))) out.set(ids[0]!, dir);
  if (out.size === 0) throw new OperatorError("USAGE", `--replay ${dir}: no recordings for ${ids.join(", ")}`, "pass the folder --record wrote, or select its API with --api");
  return out;
}

function announceProxy(set: MockSet, apis: MockApi[], rows: ServedApi[], notes: string[], startedAt: number, note: string): void {
  const stop = async (signal: string) => {
    process.stdout.write(`mock: ${signal} received, stopping ${rows.length} mock(s)\n`);
    await set.close();
    console.log(set.tally.formatSummary());
    const recorded = set.mocks.flatMap((m) => apis.find((a) => a.id === m.id)?.record ?? []);
    if (recorded.length > 0) console.log(`recordings in ${recorded.map(shown).join(", ")}; next: npm run fixtures:add -- ${shown(path.dirname(recorded[0]!))}`);
    process.exit(set.tally.errorCount > 0 ? EXIT.findings : EXIT.ok);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  console.log(formatReadyTable(rows));
  for (const line of notes) console.log(line);
  console.log(`ready: ${rows.length} mock(s) answering after ${Math.round(performance.now() - startedAt)} ms${note} (Ctrl-C to stop)`);
}

export async function main(argv: string[]): Promise<void> {
  try {
    await runMock(argv);
  } catch (error) {
    process.exit(reportFatal("mock", error));
  }
}
