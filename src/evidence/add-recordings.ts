/**
 * `npm run fixtures:add`: turn a folder of recordings into evidence fixtures. Each recorded
 * exchange listed in the folder's manifest is checked (no secret value, no unmasked credential,
 * valid JSON, no spec violation unless allowed), then copied into
 * test/fixtures/upstream/<api>/recorded/<date>/ and its entry appended to that API's
 * manifest.yaml. A refused file is reported with one line and changes nothing.
 */
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { Document, parseDocument } from "yaml";
import { quoteDates } from "./record-exchanges.js";
import { isApiId, type ApiId } from "../spec/apis.js";
import { loadSpec } from "../spec/load-spec.js";
import { OperatorError } from "../spec/operator-error.js";
import { createSpecValidator, type SpecValidator } from "../validate/spec-validator.js";
import { judgeFixture } from "./judge-fixture.js";
import { loadManifest, type FixtureEntry, type RecordedExchange } from "./manifest.js";
import { credentialNames, findSecretsInRecording } from "./mask-exchange.js";
import { validateExchange } from "./validate-exchange.js";

export interface AddOptions {
  /** A recording folder (`<dir>/<api>/` as --record writes it, or one API's folder). */
  dir: string;
  api?: ApiId;
  allowViolations?: boolean;
  /** test/fixtures/upstream by default. */
  fixturesRoot: string;
  /** Values that must not appear in a stored file. */
  secrets: readonly string[];
  /** Spec file per API (default specs/<api>.yaml). */
  specPath?: (api: ApiId) => string;
}

export interface AddOutcome {
  api: ApiId;
  file: string;
  /** Where it was copied (relative to the API's fixtures folder), when added. */
  added?: string;
  /** One line per reason it was refused. */
  refused: string[];
  /** Violations kept because --allow-violations was given, and warnings. */
  notes: string[];
}

/** The API folders to add from: `<dir>` itself when it has a manifest, else its `<api>/` subfolders. */
export function recordingFolders(dir: string, api?: ApiId): Array<{ api: ApiId; dir: string }> {
  if (!existsSync(dir)) throw new OperatorError("USAGE", `${dir}: no such folder`);
  if (existsSync(path.join(dir, "manifest.yaml"))) {
    const id = api ?? path.basename(path.resolve(dir));
    if (!isApiId(id)) throw new OperatorError("USAGE", `cannot tell the API of ${dir} from its name`, "pass --api <id>");
    return [{ api: id, dir }];
  }
  const found = (["hadoop-eco", "yarn-service", "nhn-kubernetes", "bigdata-paas"] as const)
    .filter((id) => (!api || id === api) && existsSync(path.join(dir, id, "manifest.yaml")))
    .map((id) => ({ api: id, dir: path.join(dir, id) }));
  if (found.length === 0) throw new OperatorError("USAGE", `${dir} holds no manifest.yaml${api ? ` for ${api}` : ""}`, "pass the folder that --record wrote");
  return found;
}

export async function addRecordings(options: AddOptions): Promise<AddOutcome[]> {
  const outcomes: AddOutcome[] = [];
  for (const folder of recordingFolders(options.dir, options.api)) {
    const spec = await loadSpec(options.specPath?.(folder.api) ?? folder.api);
    const validator = createSpecValidator(spec.document);
    const names = credentialNames(spec.document);
    const recording = await loadManifest(folder.dir, folder.api);
    const targetDir = path.join(options.fixturesRoot, folder.api);
    const existing = existsSync(path.join(targetDir, "manifest.yaml")) ? (await loadManifest(targetDir, folder.api)).fixtures : [];
    const taken = new Set(existing.map((e) => e.file));
    const added: FixtureEntry[] = [];
    for (const entry of recording.fixtures) {
      const outcome = await judgeRecording(folder.api, folder.dir, entry, validator, names, options);
      if (outcome.refused.length === 0) {
        const date = entry.source.date ?? new Date().toISOString().slice(0, 10);
        const relative = path.posix.join("recorded", date, path.basename(entry.file));
        if (taken.has(relative)) {
          outcome.refused.push(`already in ${path.join(targetDir, "manifest.yaml")} as ${relative}`);
        } else {
          await mkdir(path.join(targetDir, "recorded", date), { recursive: true });
          await copyFile(path.join(folder.dir, entry.file), path.join(targetDir, relative));
          taken.add(relative);
          outcome.added = relative;
          added.push(withVerdict({ ...entry, file: relative }, validator, await readFile(path.join(folder.dir, entry.file), "utf8")));
        }
      }
      outcomes.push(outcome);
    }
    if (added.length > 0) await appendEntries(targetDir, added);
  }
  return outcomes;
}

async function judgeRecording(
  api: ApiId,
  dir: string,
  entry: FixtureEntry,
  validator: SpecValidator,
  names: ReturnType<typeof credentialNames>,
  options: AddOptions,
): Promise<AddOutcome> {
  const outcome: AddOutcome = { api, file: entry.file, refused: [], notes: [] };
  if (entry.kind !== "exchange") {
    outcome.refused.push(`kind ${entry.kind}: only recorded exchanges are added here`);
    return outcome;
  }
  let text: string;
  try {
    text = await readFile(path.join(dir, entry.file), "utf8");
  } catch (error) {
    outcome.refused.push(`cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return outcome;
  }
  let exchange: RecordedExchange | undefined;
  try {
    exchange = JSON.parse(text);
  } catch (error) {
    outcome.refused.push(`not JSON: ${(error as Error).message}`);
  }
  outcome.refused.push(...findSecretsInRecording(text, exchange, names, options.secrets).map((p) => `secret: ${p}`));
  if (!exchange || outcome.refused.length > 0) return outcome;
  try {
    validator.getOperation(entry.operation);
  } catch {
    outcome.refused.push(`operation ${entry.operation} is not in the spec`);
    return outcome;
  }
  const { violations } = validateExchange(validator, exchange, entry.operation);
  for (const v of violations) {
    const line = `${v.severity === "warning" ? "warning" : "violation"} ${v.operation} ${v.direction} ${v.rule} ${v.where || "-"} ${v.message}`;
    if (v.severity === "warning" || options.allowViolations) outcome.notes.push(line);
    else outcome.refused.push(line);
  }
  return outcome;
}

/** A recording kept with violations is listed as the spec judges it, and says why it is kept. */
function withVerdict(entry: FixtureEntry, validator: SpecValidator, text: string): FixtureEntry {
  const judgement = judgeFixture(validator, entry, text);
  if (judgement.verdict === "accepted") return { ...entry, verdict: "accepted" };
  const first = judgement.errors[0]?.message ?? judgement.unparsable ?? "a spec violation";
  return {
    ...entry,
    verdict: "rejected",
    upstreamWrong: `recorded answer breaks the spec (${judgement.errors.length} finding(s), first: ${first}); kept with --allow-violations`,
  };
}

/** Append to the API's manifest, keeping its comments and existing entries as written. */
async function appendEntries(targetDir: string, entries: FixtureEntry[]): Promise<void> {
  const file = path.join(targetDir, "manifest.yaml");
  await mkdir(targetDir, { recursive: true });
  const document = existsSync(file) ? parseDocument(await readFile(file, "utf8")) : new Document({ fixtures: [] });
  for (const entry of entries) document.addIn(["fixtures"], document.createNode(entry));
  await writeFile(file, quoteDates(document).toString({ lineWidth: 0 }), "utf8");
}
