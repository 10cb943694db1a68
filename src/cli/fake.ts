/** `npm run fake`: the stateful in-memory fakes of the selected APIs, one ready table. */
import path from "node:path";
import { PROJECT_ROOT, specPathFor } from "../spec/apis.js";
import { OperatorError } from "../spec/operator-error.js";
import { SERVER_OPTIONS, parseCommandArgs, resolveApiPorts, defaultFakePort } from "./server-options.js";
import { announceWhenReady } from "./ready-table.js";
import { EXIT, reportFatal } from "./exit.js";

const OPTIONS = {
  ...SERVER_OPTIONS,
  "step-ms": { type: "string", default: "500" },
  quiet: { type: "boolean", short: "q", default: false },
} as const;

const HELP = `Usage: npm run fake -- [options]

Start stateful in-memory fakes (default: all four APIs on 127.0.0.1:4020-4023).

  --api <id>         start only this API (repeatable): hadoop-eco, yarn-service, nhn-kubernetes, bigdata-paas
  --port <n|id=n>    base port for the selected APIs, or a port for one API (repeatable)
  --host <host>      interface to listen on (default 127.0.0.1)
  --step-ms <ms>     clock time of one lifecycle step (default 500; 0 = every step at the next request)
  --quiet, -q        do not log requests
  --help, -h         show this help

Control routes on every fake: POST /__fake/reset, POST /__fake/state {"state": "..."},
POST /__fake/advance {"steps": n}, GET /__fake/states, GET /__fake/clock.
Credentials come from HADOOP_ECO_CREDENTIAL_ID, HADOOP_ECO_CREDENTIAL_SECRET, HADOOP_ECO_API_KEY,
HADOOP_ECO_CLUSTER_ID, NHN_KUBERNETES_TOKEN, YARN_USER and BIGDATA_PAAS_TOKEN (see README for defaults).`;

export async function runFake(argv: string[]): Promise<number> {
  const values = parseCommandArgs(argv, OPTIONS);
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  const stepMs = Number(values["step-ms"]);
  if (!/^\d+$/.test(values["step-ms"]) || stepMs > 3_600_000) {
    throw new OperatorError("USAGE", `--step-ms ${values["step-ms"]} is not a whole number of milliseconds up to 3600000`);
  }
  const apis = resolveApiPorts(values.api, values.port, defaultFakePort);
  const started = performance.now();
  // The fakes (and Ajv, the spec loader) load only once the arguments are known to be good.
  const { startFakes } = await import("../fakes/start-fakes.js");
  const set = await startFakes(apis, {
    host: values.host,
    stepMs,
    clock: "real",
    log: values.quiet ? undefined : (line) => process.stdout.write(`${line}\n`),
  });
  await announceWhenReady(
    {
      kind: "fake",
      rows: set.fakes.map((f) => ({ id: f.id, url: f.url, spec: path.relative(PROJECT_ROOT, specPathFor(f.id)), operationCount: f.operationCount })),
      close: set.close,
    },
    started,
    `, one lifecycle step = ${stepMs} ms`,
  );
  return EXIT.ok;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await runFake(argv);
  } catch (error) {
    process.exit(reportFatal("fake", error));
  }
}
