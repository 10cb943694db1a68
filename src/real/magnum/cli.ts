/** `npm run real:magnum`: the real OpenStack Magnum API on loopback, one ready table. */
import { announceWhenReady } from "../../cli/ready-table.js";
import { EXIT, reportFatal } from "../../cli/exit.js";
import { parseCommandArgs } from "../../cli/server-options.js";
import { readCredentials } from "../../spec/credentials.js";
import { OperatorError } from "../../spec/operator-error.js";
import { recordAndJudge } from "./record-command.js";
import { MAGNUM_SHARED_OPERATIONS } from "./shared-operations.js";
import { DEFAULT_PROJECT_ID, DEFAULT_REAL_MAGNUM_PORT, startRealMagnum } from "./start-real-magnum.js";

const OPTIONS = {
  port: { type: "string", default: String(DEFAULT_REAL_MAGNUM_PORT) },
  host: { type: "string", default: "127.0.0.1" },
  auth: { type: "string", default: "none" },
  "project-id": { type: "string", default: DEFAULT_PROJECT_ID },
  "step-seconds": { type: "string", default: "1" },
  record: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

const HELP = `Usage: npm run real:magnum -- [options]

Start the real OpenStack Magnum API (Debian's python3-magnum 15.0.1, code unmodified) on
loopback, with a do-nothing cluster driver and a Keystone/Glance/Nova stand-in
(real/magnum/neighbours/). Installs magnum-api, magnum-conductor and python3-magnumclient
with apt-get when they are missing (needs root).

  --port <n>            port of the Magnum API (default ${DEFAULT_REAL_MAGNUM_PORT}; 0 = any free port)
  --host <host>         interface to listen on (default 127.0.0.1)
  --auth none|keystone  none: Debian's paste pipeline without authtoken (default);
                        keystone: the pipeline unchanged, keystonemiddleware validates tokens
                        (only NHN_KUBERNETES_TOKEN is valid, for --project-id)
  --project-id <id>     project of the valid token (default ${DEFAULT_PROJECT_ID})
  --step-seconds <s>    time until an operation is *_COMPLETE (default 1)
  --record <dir>        record the fixed call list (src/real/magnum/recording-plan.ts) into
                        <dir>/<auth>/, judge each answer with specs/nhn-kubernetes.yaml, stop
  --help, -h            show this help

Send X-Auth-Token and, in none mode, X-Project-Id with every request, e.g.
  npm run conform -- --api nhn-kubernetes --base-url http://127.0.0.1:${DEFAULT_REAL_MAGNUM_PORT} -H 'X-Project-Id: ${DEFAULT_PROJECT_ID}'`;

export async function runRealMagnum(argv: string[]): Promise<number> {
  const values = parseCommandArgs(argv, OPTIONS);
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  const auth = values.auth;
  if (auth !== "none" && auth !== "keystone") throw new OperatorError("USAGE", `--auth ${auth}: choose none or keystone`);
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) throw new OperatorError("USAGE", `--port ${values.port} is not a port number`);
  const stepSeconds = Number(values["step-seconds"]);
  if (!Number.isFinite(stepSeconds) || stepSeconds < 0) throw new OperatorError("USAGE", `--step-seconds ${values["step-seconds"]} is not a number of seconds`);
  const started = performance.now();
  const magnum = await startRealMagnum({
    host: values.host,
    port,
    auth,
    token: readCredentials().nhnKubernetesToken,
    projectId: values["project-id"],
    stepSeconds,
    log: (line) => process.stdout.write(`${line}\n`),
  });
  if (values.record) {
    try {
      return await recordAndJudge(magnum, values.record, readCredentials().nhnKubernetesToken);
    } finally {
      await magnum.close();
    }
  }
  await announceWhenReady(
    {
      kind: "real-magnum",
      rows: [{ id: "nhn-kubernetes (Magnum 15.0.1)", url: magnum.url, spec: "specs/nhn-kubernetes.yaml", operationCount: Object.keys(MAGNUM_SHARED_OPERATIONS).length }],
      close: magnum.close,
    },
    started,
    `, auth ${auth}, project ${magnum.projectId}, Keystone stand-in ${magnum.standInUrl}, logs in ${magnum.stateDir}`,
  );
  return EXIT.ok;
}

export async function main(argv: string[]): Promise<void> {
  try {
    process.exitCode = await runRealMagnum(argv);
  } catch (error) {
    process.exit(reportFatal("real-magnum", error));
  }
}
