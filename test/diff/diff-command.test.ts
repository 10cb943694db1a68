/**
 * `npm run diff` end to end on the real yarn-service spec and its committed pact: a narrowed
 * request field breaks the consumer interaction that sends a larger value, the report names
 * consumer and interaction, an x-breaking-changes entry acknowledges it, and usage errors exit 2.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { runDiffCommand } from "../../src/cli/diff.js";
import { readSpecVersion } from "../../src/diff/read-version.js";

let dir: string;
let basePath: string;
let head: Record<string, any>;

/** The committed spec, with the flex request's number_of_containers capped at 2 (the pact flexes to 3). */
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "api-diff-"));
  const base = await readSpecVersion("yarn-service", "HEAD");
  basePath = path.join(dir, "base.yaml");
  await writeFile(basePath, stringify(base.document));
  head = parse(stringify(base.document));
  const flex = Object.values<any>(head.paths).map((item) => item.put).find((op) => op?.operationId === "flexComponent");
  const ref: string = flex.requestBody.content["application/json"].schema.$ref;
  const schema = ref.split("/").slice(1).reduce<any>((node, key) => node[key], head);
  schema.properties.number_of_containers.maximum = 2;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runDiffCommand(args, { env: {}, stdout: (t) => void stdout.push(t), stderr: (t) => void stderr.push(t) });
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

describe("npm run diff", () => {
  it("names the consumer interaction a narrowed request field breaks, and exits 1", async () => {
    const headPath = path.join(dir, "head.yaml");
    await writeFile(headPath, stringify(head));
    const markdown = path.join(dir, "out", "diff.md");
    const json = path.join(dir, "out", "diff.json");
    const result = await run(["--api", "yarn-service", "--base", basePath, "--head", headPath, "--markdown", markdown, "--json", json]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("breaks yarn-service-automation interaction 'a request to flex component hello to 3 containers'");
    expect(result.stdout).toMatch(/BREAKING clients +PUT \/app\/v1\/services\/\{service_name\}\/components\/\{component_name\} request body \(application\/json\) \.number_of_containers: .*\[bound-narrowed\] maximum: \(none\) -> 2/);
    // The interaction flexing a stopped service sends 3 too, but expects a 4xx: the comparator
    // does not hold the request body of an error interaction to the schema.
    const report = JSON.parse(await readFile(json, "utf8"));
    expect(report.breaking).toBe(true);
    const consumers = report.apis[0].consumers.map((c: any) => `${c.consumer}: ${c.interaction}`).sort();
    expect(consumers).toEqual(["yarn-service-automation: a request to flex component hello to 3 containers"]);
    expect(report.apis[0].changes.map((c: any) => c.rule)).toEqual(["bound-narrowed"]);
    expect(await readFile(markdown, "utf8")).toContain("breaks yarn-service-automation interaction 'a request to flex component hello to 3 containers'");
  }, 120_000);

  it("exits 0 when the head acknowledges the break in info.x-breaking-changes", async () => {
    const acknowledged = structuredClone(head);
    acknowledged.info["x-breaking-changes"] = [
      { where: "PUT /app/v1/services/{service_name}/components/{component_name} request body", change: "bound-narrowed", reason: "the cluster caps flexing at 2" },
      { where: "consumer yarn-service-automation interaction 'a request to flex", reason: "consumer agreed to cap at 2" },
    ];
    const headPath = path.join(dir, "acknowledged.yaml");
    await writeFile(headPath, stringify(acknowledged));
    const result = await run(["--api", "yarn-service", "--base", basePath, "--head", headPath]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("(acknowledged: the cluster caps flexing at 2)");
    expect(result.stdout).toContain("(acknowledged: consumer agreed to cap at 2)");
  }, 120_000);

  it.each([
    { args: ["--base", "no-such-ref-or-file"], message: "diff: no-such-ref-or-file is neither a readable file nor a git ref" },
    { args: ["--api", "yarn-service"], message: "diff: --base is required" },
    { args: ["--api", "nope", "--base", "HEAD"], message: 'diff: unknown API "nope"' },
    { args: ["--base", "HEAD", "--frobnicate"], message: "diff: Unknown option '--frobnicate'" },
  ])("exits 2 on a usage error: $message", async ({ args, message }) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toContain(message);
  });

  it("requires --api when a version is a file", async () => {
    const result = await run(["--base", basePath]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--api is required when comparing a file");
  });
});
