/** `npm run fixtures:add -- <dir>`: recorded exchanges -> test/fixtures/upstream/<api>/recorded/<date>/. */
import { parseArgs } from "node:util";
import path from "node:path";
import { API_IDS, PROJECT_ROOT, isApiId, type ApiId } from "../spec/apis.js";
import { OperatorError } from "../spec/operator-error.js";
import { createOutput } from "../reporters/output.js";
import { recordingSecrets } from "../evidence/mask-exchange.js";
import { UPSTREAM_FIXTURES_DIR } from "../evidence/manifest.js";
import { EXIT, reportFatal } from "./exit.js";

const OPTIONS = {
  api: { type: "string" },
  "allow-violations": { type: "boolean", default: false },
  "fixtures-root": { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

const HELP = `Usage: npm run fixtures:add -- <dir> [options]

Add recorded exchanges (from npm run mock -- --proxy <url> --record <dir>) to the fixtures:
each is checked against the spec, copied to test/fixtures/upstream/<api>/recorded/<date>/ and
appended to that API's manifest.yaml. Exit 1 when any file was refused (one line each).

  --api <id>            the API of <dir> when its name does not say (${API_IDS.join(", ")})
  --allow-violations    add exchanges that break the spec too (listed as upstreamWrong)
  --fixtures-root <dir> fixtures folder (default ${UPSTREAM_FIXTURES_DIR})
  --help, -h            show this help

A file in which a credential value appears, or a credential header/query value that is not
"***", is always refused.`;

export async function runFixturesAdd(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    throw new OperatorError("USAGE", String((error as Error).message).split("\n")[0]!, "run with --help for the options");
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new OperatorError("USAGE", "pass exactly one recording folder", "npm run fixtures:add -- recordings/");
  if (values.api !== undefined && !isApiId(values.api)) throw new OperatorError("UNKNOWN_API", `unknown API "${values.api}"`, `choose from ${API_IDS.join(", ")}`);
  const secrets = recordingSecrets(env);
  const out = createOutput(secrets);
  // The spec validator (Ajv, the spec loader) loads only once the arguments are known to be good.
  const { addRecordings } = await import("../evidence/add-recordings.js");
  const outcomes = await addRecordings({
    dir: path.resolve(positionals[0]!),
    api: values.api as ApiId | undefined,
    allowViolations: values["allow-violations"],
    fixturesRoot: path.resolve(PROJECT_ROOT, values["fixtures-root"] ?? UPSTREAM_FIXTURES_DIR),
    secrets,
  });
  let refused = 0;
  for (const o of outcomes) {
    if (o.added) out.line(`added   ${o.api} ${o.file} -> ${o.added}`);
    if (o.refused.length > 0) out.line(`refused ${o.api} ${o.file}: ${o.refused.join("; ")}`);
    for (const note of o.notes) out.line(`        ${o.api} ${o.file}: ${note}`);
    if (o.refused.length > 0) refused++;
  }
  const added = outcomes.filter((o) => o.added).length;
  out.line(`${added} added, ${refused} refused`);
  return refused > 0 ? EXIT.findings : EXIT.ok;
}

export async function main(argv: string[]): Promise<void> {
  try {
    process.exitCode = await runFixturesAdd(argv);
  } catch (error) {
    process.exit(reportFatal("fixtures:add", error));
  }
}
