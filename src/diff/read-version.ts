/**
 * One version of a spec for `npm run diff`: the working-tree file, a file path, or
 * `git show <ref>:specs/<api>.yaml`. Anything unreadable is an operator error (exit 2).
 */
import { execFile } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { PROJECT_ROOT, specPathFor, type ApiId } from "../spec/apis.js";
import { parseSpecText, type OpenApiDocument } from "../spec/load-spec.js";
import { OperatorError } from "../spec/operator-error.js";

const run = promisify(execFile);

export interface SpecVersion {
  /** What the reports call it: "working tree", a file path or a git ref. */
  label: string;
  document: OpenApiDocument;
}

export const isFileSource = (source: string) => existsSync(source) && statSync(source).isFile();

/** `source` undefined = the working-tree file of `api`. */
export async function readSpecVersion(api: ApiId, source: string | undefined, cwd = PROJECT_ROOT): Promise<SpecVersion> {
  if (source === undefined) {
    const file = specPathFor(api);
    return { label: "working tree", document: parseSpecText(await readText(file), file) };
  }
  if (isFileSource(source)) return { label: source, document: parseSpecText(await readText(source), source) };
  if (source.startsWith("-") || !(await isCommit(source, cwd))) {
    throw new OperatorError("USAGE", `${source} is neither a readable file nor a git ref`, "pass a branch, tag or commit (e.g. origin/main) or a spec file");
  }
  const object = `${source}:specs/${api}.yaml`;
  try {
    const { stdout } = await run("git", ["show", object], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { label: source, document: parseSpecText(stdout, object) };
  } catch (error) {
    if (error instanceof OperatorError) throw error;
    throw new OperatorError("SPEC_UNREADABLE", `cannot read ${object}: ${firstLine(error)}`, "the spec may not exist at that ref; pass --api for one that does");
  }
}

async function isCommit(ref: string, cwd: string): Promise<boolean> {
  try {
    await run("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd });
    return true;
  } catch {
    return false;
  }
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new OperatorError("SPEC_UNREADABLE", `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? firstLine(error)}`);
  }
}

function firstLine(error: unknown): string {
  const e = error as { stderr?: string; message?: string };
  return String(e.stderr?.trim() || e.message || error).split("\n")[0] ?? "";
}
