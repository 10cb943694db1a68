/** `npm run mock`: Prism mocks for the selected APIs in one process, one ready table. */
import path from "node:path";
import { PROJECT_ROOT } from "../spec/apis.js";
import { OperatorError } from "../spec/operator-error.js";
import type { MockLogLevel } from "../mock/start-mocks.js";
import { SERVER_OPTIONS, parseCommandArgs, resolveApiPorts, defaultMockPort } from "./server-options.js";
import { announceWhenReady } from "./ready-table.js";
import { EXIT, reportFatal } from "./exit.js";

const OPTIONS = {
  ...SERVER_OPTIONS,
  dynamic: { type: "boolean", default: false },
  seed: { type: "string" },
  quiet: { type: "boolean", short: "q", default: false },
  verbose: { type: "boolean", short: "v", default: false },
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
  const apis = resolveApiPorts(values.api, values.port, defaultMockPort);
  const started = performance.now();
  // Prism loads only once the arguments are known to be good, so usage errors answer at once.
  const { startMocks } = await import("../mock/start-mocks.js");
  const set = await startMocks({ apis, host: values.host, dynamic: values.dynamic, seed: values.seed, logLevel });
  await announceWhenReady(
    {
      kind: "mock",
      rows: set.mocks.map((m) => ({ id: m.id, url: m.url, spec: path.relative(PROJECT_ROOT, m.specPath), operationCount: m.operationCount })),
      close: set.close,
    },
    started,
  );
  return EXIT.ok;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await runMock(argv);
  } catch (error) {
    process.exit(reportFatal("mock", error));
  }
}
