/**
 * The two published packages as another project sees them. Packs both once: `npm pack` of the
 * dist/ this test run built first (test/support/build-dist.ts runs the packages' build, as
 * their prepack script does, which is asserted; the pack skips the scripts instead of building
 * twice more). Installs the tarballs into scratch projects from the npm cache, then checks:
 * the tarballs hold only allow-listed paths and the Apache-2.0 LICENSE; the light package
 * installs small, with one runtime dependency; nothing installed runs install scripts
 * or needs a TypeScript loader; a consumer compiles under every `moduleResolution` that reads
 * `exports` (and node10 through `typesVersions`); the bin answers --version and --help; and every
 * TypeScript example in the READMEs compiles and runs, printing what its comments say. Each
 * installed .d.ts is type-checked once (test/support/consumer-compile.ts); the other modes check
 * the consumer and that every import inside the .d.ts files resolves.
 *
 * The tarballs and scratch projects live in the OS temp folder (outside this repository, so
 * nothing resolves from our own node_modules) and are kept between runs: both packages are packed
 * again when a byte npm reads changed (see pack()), and the tarballs reinstalled when they
 * changed (see install()).
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ts from "typescript";
import { beforeAll, describe, expect, test } from "vitest";
import { PROJECT_ROOT } from "../src/spec/apis.js";
import { BUILD_ARGS } from "./support/build-dist.js";
import { createConsumerCompiler } from "./support/consumer-compile.js";
import { extractExamples, type Example } from "./support/readme-examples.js";
import { CHILD_NODE_FLAGS } from "./support/run-cli.js";

const run = promisify(execFile);
const CACHE = path.join(os.tmpdir(), `cluster-api-contracts-pack-${createHash("sha1").update(PROJECT_ROOT).digest("hex").slice(0, 8)}`);
const TARBALLS = path.join(CACHE, "tarballs");
const CLIENTS_ONLY = path.join(CACHE, "clients-only");
const FULL = path.join(CACHE, "full");
const NPM_FLAGS = ["--prefer-offline", "--no-audit", "--no-fund", "--loglevel=warn"];

interface Packed {
  name: string;
  filename: string;
  integrity: string;
  files: Array<{ path: string }>;
}
let packed: Record<string, Packed> = {};
let installWarnings = "";

/** Every path a tarball may hold; anything else (tests, sources, configs) fails the test. */
const ALLOWED: Record<string, RegExp[]> = {
  "@cluster-api-contracts/clients": [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^dist\/[a-z-]+\.(js|d\.ts)$/, /^generated\/[a-z-]+\.d\.ts$/],
  "cluster-api-contracts": [
    /^package\.json$/,
    /^README\.md$/,
    /^LICENSE$/,
    /^dist\/bin\/cluster-api-contracts\.js$/,
    /^dist\/src\/[a-z0-9/-]+\.(js|d\.ts)$/,
    /^specs\/[a-z-]+\.yaml$/,
    /^generated\/[a-z-]+\.json$/,
    /^contracts\/workflows\/[a-z-]+\.arazzo\.yaml$/,
  ],
};

const versionOf = (dir: string) => (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string }).version;

/**
 * `npm install` the tarballs into a scratch project and return what npm printed on stderr.
 * The install is skipped when the same tarballs (by integrity) were installed there last time
 * with the same Node and npm: the tree would be the same, so the checks below read it and the
 * recorded stderr as they are. A changed file in either package, a new dependency or another
 * Node or npm installs afresh; a fresh clone always installs.
 */
async function install(project: string, tarballs: Packed[], extra: string[] = []): Promise<string> {
  mkdirSync(project, { recursive: true });
  if (!existsSync(path.join(project, "package.json"))) writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: path.basename(project), private: true, type: "module" }));
  const specs = [...tarballs.map((t) => path.join(TARBALLS, t.filename)), ...extra];
  const stamp = path.join(project, "installed.json");
  const key = JSON.stringify({ integrity: tarballs.map((t) => t.integrity), extra, node: process.version, npm: await npmVersion });
  const last = existsSync(stamp) ? (JSON.parse(readFileSync(stamp, "utf8")) as { key: string; stderr: string }) : undefined;
  const installed = tarballs.every((t) => existsSync(path.join(project, "node_modules", t.name, "package.json")));
  if (last?.key === key && installed) return last.stderr;
  rmSync(stamp, { force: true });
  const { stderr } = await run("npm", ["install", ...NPM_FLAGS, ...specs], { cwd: project, encoding: "utf8" });
  writeFileSync(stamp, JSON.stringify({ key, stderr }));
  return stderr;
}
/** The npm that runs the tests (npm test sets its user agent), else asked: one process less. */
const npmVersion = process.env.npm_config_user_agent?.match(/^npm\/(\S+)/)?.[1] ?? run("npm", ["--version"], { encoding: "utf8" }).then((r) => r.stdout.trim());

/** The folder a `files` pattern starts in: `dist/src/**\/*.js` -> `dist/src`, `LICENSE` -> ``. */
function folderOf(pattern: string): string {
  const parts = pattern.replace(/^!/, "").split("/");
  const glob = parts.findIndex((part) => /[*?[{]/.test(part));
  return parts.slice(0, glob < 0 ? parts.length - 1 : glob).join("/");
}

/**
 * Everything `npm pack` can read, hashed: every top-level file of each package (package.json,
 * README, LICENSE and ignore files among them) and every file under the folders its `files`
 * patterns start in, with Node's and npm's versions. The same bytes pack the same tarballs.
 */
async function packInputsKey(): Promise<string> {
  const hash = createHash("sha256").update(`${process.version} npm ${await npmVersion}\0`);
  const add = (file: string) => hash.update(`${path.relative(PROJECT_ROOT, file)}\0`).update(readFileSync(file)).update("\0");
  for (const dir of [PROJECT_ROOT, path.join(PROJECT_ROOT, "packages", "clients")]) {
    for (const file of filesIn(dir, false)) add(file);
    const { files } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { files: string[] };
    const folders = files.map(folderOf).filter(Boolean);
    for (const folder of new Set(folders.filter((f) => !folders.some((outer) => f.startsWith(`${outer}/`))))) {
      for (const file of filesIn(path.join(dir, folder), true)) add(file);
    }
  }
  return hash.digest("hex");
}

/**
 * Pack both packages into TARBALLS and return npm's report. npm pack costs 1.5-2 s of CPU, so
 * the tarballs and the report are kept with the key of what npm read (packInputsKey) and packed
 * again when any of it changed; a fresh clone always packs.
 */
async function pack(): Promise<Packed[]> {
  const key = await packInputsKey();
  const stamp = path.join(TARBALLS, "packed.json");
  const last = existsSync(stamp) ? (JSON.parse(readFileSync(stamp, "utf8")) as { key: string; stdout: string }) : undefined;
  if (last?.key === key) {
    const report = packReport(last.stdout);
    if (report.every((p) => existsSync(path.join(TARBALLS, p.filename)))) return report;
  }
  rmSync(TARBALLS, { recursive: true, force: true });
  mkdirSync(TARBALLS, { recursive: true });
  const { stdout } = await run("npm", ["pack", "--workspaces", "--include-workspace-root", "--ignore-scripts", "--json", "--pack-destination", TARBALLS], { cwd: PROJECT_ROOT, encoding: "utf8", maxBuffer: 16 << 20 });
  writeFileSync(stamp, JSON.stringify({ key, stdout }));
  return packReport(stdout);
}

/** npm pack --json's report (after whatever npm printed before it). */
function packReport(stdout: string): Packed[] {
  return JSON.parse(stdout.slice(stdout.indexOf("["))) as Packed[];
}

beforeAll(async () => {
  packed = Object.fromEntries((await pack()).map((p) => [p.name, p]));
  const clients = packed["@cluster-api-contracts/clients"]!;
  const tool = packed["cluster-api-contracts"]!;
  const typesNode = `@types/node@${versionOf(path.join(PROJECT_ROOT, "node_modules", "@types", "node"))}`;
  const warnings = await Promise.all([install(CLIENTS_ONLY, [clients]), install(FULL, [clients, tool], [typesNode])]);
  installWarnings = warnings.join("");
}, 180_000);

describe("tarballs", () => {
  test.each(Object.keys(ALLOWED))("%s holds only allow-listed paths, its LICENSE and no tests", (name) => {
    const files = packed[name]!.files.map((f) => f.path);
    expect(files.filter((f) => !ALLOWED[name]!.some((pattern) => pattern.test(f)))).toEqual([]);
    expect(files.filter((f) => /\.test\.|\/test\//.test(f))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(["LICENSE", "README.md", "package.json"]));
    const root = name === "cluster-api-contracts" ? PROJECT_ROOT : path.join(PROJECT_ROOT, "packages", "clients");
    const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { license: string };
    expect(manifest.license).toBe("Apache-2.0");
    const license = readFileSync(path.join(FULL, "node_modules", name, "LICENSE"), "utf8");
    expect(license).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    expect(license).toContain("END OF TERMS AND CONDITIONS");
  });

  test("packing builds first: each package's prepack runs the build this test run packed", () => {
    const manifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { scripts: Record<string, string> };
    const tool = manifest(PROJECT_ROOT);
    const clients = manifest(path.join(PROJECT_ROOT, "packages", "clients"));
    expect(tool.scripts.prepack).toBe("npm run build");
    expect(clients.scripts.prepack).toBe("npm run build");
    expect(tool.scripts.build).toBe(`tsc ${BUILD_ARGS.join(" ")}`);
    expect(clients.scripts.build).toBe("tsc -b tsconfig.build.json");
  });

  test("the tool ships every built entry point of its exports map and its bin", () => {
    const files = new Set(packed["cluster-api-contracts"]!.files.map((f) => f.path));
    const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { exports: Record<string, string | Record<string, string>>; bin: Record<string, string> };
    const targets = Object.values(manifest.exports).flatMap((t) => (typeof t === "string" ? [t] : Object.values(t)));
    for (const target of [...targets, ...Object.values(manifest.bin)]) expect(files, target).toContain(target.replace(/^\.\//, ""));
  });
});

describe("installing", () => {
  test("the light package installs under 5 MB with openapi-fetch as its only runtime dependency", () => {
    const manifest = JSON.parse(readFileSync(path.join(CLIENTS_ONLY, "node_modules", "@cluster-api-contracts", "clients", "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).toEqual(["openapi-fetch"]);
    const bytes = sizeOf(path.join(CLIENTS_ONLY, "node_modules"));
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
    expect(bytes).toBeGreaterThan(100 * 1024); // the check reads real files
  });

  test("nothing installed has install scripts, and neither tsx nor esbuild is pulled in", () => {
    expect(installWarnings).not.toMatch(/install-scripts|install script/i);
    const withScripts = installedPackages(path.join(FULL, "node_modules")).filter((p) => {
      const scripts = p.manifest.scripts ?? {};
      return ["preinstall", "install", "postinstall"].some((s) => s in scripts) || existsSync(path.join(p.dir, "binding.gyp"));
    });
    expect(withScripts.map((p) => p.manifest.name)).toEqual([]);
    const names = new Set(installedPackages(path.join(FULL, "node_modules")).map((p) => p.manifest.name));
    expect(names.has("cluster-api-contracts")).toBe(true);
    for (const loader of ["tsx", "esbuild", "ts-node"]) expect(names.has(loader), loader).toBe(false);
  });

  test("the bin answers --version, --help and a command's --help", async () => {
    const bin = path.join(FULL, "node_modules", ".bin", "cluster-api-contracts");
    expect((await run(bin, ["--version"], { encoding: "utf8" })).stdout.trim()).toBe(versionOf(PROJECT_ROOT));
    expect((await run(bin, ["--help"], { encoding: "utf8" })).stdout).toMatch(/^Usage: cluster-api-contracts <conform\|mock\|fake/);
    expect((await run(bin, ["mock", "--help"], { encoding: "utf8" })).stdout).toContain("--dynamic");
  });
});

const USAGE = `import type { paths as EcoPaths, components as EcoComponents } from "@cluster-api-contracts/clients/hadoop-eco/types";
import type { components as YarnComponents, operations as YarnOperations } from "@cluster-api-contracts/clients/yarn-service/types";
import type { paths as NksPaths } from "@cluster-api-contracts/clients/nhn-kubernetes/types";
import type { paths as PaasPaths, components as PaasComponents } from "@cluster-api-contracts/clients/bigdata-paas/types";
import { createYarnServiceClient, type Service, type YarnServiceClient } from "@cluster-api-contracts/clients/yarn-service";
import { createNhnKubernetesClient } from "@cluster-api-contracts/clients/nhn-kubernetes";
import { createHadoopEcoClient } from "@cluster-api-contracts/clients/hadoop-eco";
import { createBigdataPaasClient } from "@cluster-api-contracts/clients/bigdata-paas";
import { waitUntil, type ApiResult } from "@cluster-api-contracts/clients";

const service: Service = { name: "hello-world", version: "1.0.0", components: [{ name: "hello", number_of_containers: 2 }] };
const status: YarnComponents["schemas"]["ServiceStatus"] = { diagnostics: "ok" };
type Picked = YarnOperations["createService"] | EcoPaths["/v2/hadoop-eco/clusters/{cluster-id}"]["post"] | NksPaths["/v1/clusters/{CLUSTER_ID_OR_NAME}"]["get"] | PaasPaths["/bigdata/api/v1/products"]["get"] | keyof EcoComponents["schemas"] | keyof PaasComponents["schemas"];
const yarn: YarnServiceClient = createYarnServiceClient({ baseUrl: "http://127.0.0.1:4021", user: "alice" });
const nks = createNhnKubernetesClient({ baseUrl: "http://127.0.0.1:4022", token: "t" });
export const used: [Service, typeof status, Picked | undefined, typeof yarn, typeof nks, typeof createHadoopEcoClient, typeof createBigdataPaasClient, typeof waitUntil, ApiResult<number, string> | undefined] = [service, status, undefined, yarn, nks, createHadoopEcoClient, createBigdataPaasClient, waitUntil, undefined];
`;
const BROKEN = `import type { components } from "@cluster-api-contracts/clients/yarn-service/types";
export const wrong: components["schemas"]["ServiceStatus"] = { diagnostics: 42 };
`;

const RESOLUTIONS: Record<string, ts.CompilerOptions> = {
  node16: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 },
  nodenext: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext },
  bundler: { module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler },
  node10: { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10 },
};
const BASE: ts.CompilerOptions = { strict: true, target: ts.ScriptTarget.ES2022, lib: ["lib.es2023.d.ts", "lib.dom.d.ts"], types: [], skipLibCheck: false, skipDefaultLibCheck: true, noEmit: true };

/** Each distinct package .d.ts is type-checked once (skipLibCheck off); later programs check the consumer and that every import inside the .d.ts resolves. */
const compile = createConsumerCompiler();

describe("a consumer project compiles against the light package", () => {
  const checkedInFull: string[] = [];
  test.each(Object.keys(RESOLUTIONS))("moduleResolution %s", (mode) => {
    const { errors, references, checkedDeclarations } = compile(CLIENTS_ONLY, { [`use-${mode}.ts`]: USAGE, [`broken-${mode}.ts`]: BROKEN }, { ...BASE, ...RESOLUTIONS[mode] });
    // The installed .d.ts files were type-checked in full by exactly one program so far (this or an earlier mode).
    if (checkedDeclarations) checkedInFull.push(mode);
    expect(checkedInFull).toHaveLength(1);
    expect(errors.filter((e) => !e.startsWith(`broken-${mode}.ts`))).toEqual([]);
    // Every module reference inside the installed .d.ts files resolves in this mode (the clients'
    // own ../generated and ./result paths, openapi-fetch and its helpers), checked or not.
    expect(references.unresolved).toEqual([]);
    const clients = "node_modules/@cluster-api-contracts/clients/dist/yarn-service.d.ts";
    expect(references.resolved).toEqual(expect.arrayContaining([`${clients}: "openapi-fetch"`, `${clients}: "../generated/yarn-service.js"`, `${clients}: "./result.js"`]));
    // The check has teeth: a wrong type through the same import fails to compile.
    expect(errors.filter((e) => e.startsWith(`broken-${mode}.ts`)).join("\n")).toMatch(/TS2322/);
  }, 60_000);
});

describe("the README examples", () => {
  const examples: Example[] = extractExamples([path.join(PROJECT_ROOT, "README.md"), path.join(PROJECT_ROOT, "packages", "clients", "README.md")]);

  test("cover every entry point of both packages", () => {
    const imported = new Set(examples.flatMap((e) => e.imports));
    const tool = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { exports: Record<string, unknown> };
    const clients = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "packages", "clients", "package.json"), "utf8")) as { exports: Record<string, unknown> };
    const entryPoints = [
      ...Object.keys(tool.exports).map((k) => path.posix.join("cluster-api-contracts", k)),
      ...Object.keys(clients.exports).map((k) => path.posix.join("@cluster-api-contracts/clients", k)),
    ].filter((e) => !e.endsWith("package.json"));
    // One example per entry point, for any one of the four APIs.
    const anyApi = (specifier: string) => specifier.replace(/\/(hadoop-eco|yarn-service|nhn-kubernetes|bigdata-paas)(?=\/|$)/, "/<api>");
    const covered = new Set([...imported].map(anyApi));
    expect(entryPoints.map(anyApi).filter((e) => !covered.has(e))).toEqual([]);
  });

  test("compile with the README's tsconfig settings and print what their comments say", async () => {
    const files = Object.fromEntries(examples.map((e) => [`${e.name}.ts`, e.code]));
    const options: ts.CompilerOptions = { ...BASE, ...RESOLUTIONS.nodenext, types: ["node"], resolveJsonModule: true, noEmit: false, outDir: path.join(FULL, "out") };
    const { errors, emitted } = compile(FULL, files, options);
    expect(errors).toEqual([]);
    mkdirSync(path.join(FULL, "out"), { recursive: true });
    for (const [file, text] of Object.entries(emitted)) writeFileSync(path.join(FULL, file), text);
    // One Node process runs the compiled examples one after another (they share the packages'
    // modules instead of loading them five times) and must then exit by itself: an example that
    // left a server or timer running would hold it open until the timeout.
    writeFileSync(path.join(FULL, "out", "run-examples.mjs"), RUN_EXAMPLES);
    const result = await run(process.execPath, [...CHILD_NODE_FLAGS, path.join(FULL, "out", "run-examples.mjs"), ...examples.map((e) => `./${e.name}.js`)], { cwd: FULL, encoding: "utf8", timeout: 60_000 });
    const outputs = JSON.parse(result.stdout) as Record<string, string>;
    for (const example of examples) {
      for (const expected of example.expectedOutput) expect(outputs[`./${example.name}.js`], `${example.name} (${example.source})`).toContain(expected);
    }
    expect(examples.every((e) => e.expectedOutput.length > 0)).toBe(true);
  }, 120_000);
});

/** Imports each example in turn, collecting what it writes to stdout; prints them as JSON. */
const RUN_EXAMPLES = `const write = process.stdout.write.bind(process.stdout);
const outputs = {};
let current;
process.stdout.write = (chunk, ...rest) => {
  if (current === undefined) return write(chunk, ...rest);
  outputs[current] += String(chunk);
  const done = rest.find((r) => typeof r === "function");
  if (done) done();
  return true;
};
for (const file of process.argv.slice(2)) {
  current = file;
  outputs[file] = "";
  await import(file);
}
current = undefined;
write(JSON.stringify(outputs));
`;

/** The files in `dir` by name (and, `deep`, in its folders, depth first); none when it does not exist. */
function* filesIn(dir: string, deep: boolean): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && deep) yield* filesIn(full, true);
    else if (entry.isFile()) yield full;
  }
}

function sizeOf(dir: string): number {
  let total = 0;
  for (const file of filesIn(dir, true)) total += statSync(file).size;
  return total;
}

function installedPackages(nodeModules: string): Array<{ dir: string; manifest: { name: string; scripts?: Record<string, string> } }> {
  const found: Array<{ dir: string; manifest: { name: string; scripts?: Record<string, string> } }> = [];
  if (!existsSync(nodeModules)) return found;
  for (const entry of readdirSync(nodeModules)) {
    if (entry.startsWith(".")) continue;
    const dirs = entry.startsWith("@") ? readdirSync(path.join(nodeModules, entry)).map((n) => path.join(nodeModules, entry, n)) : [path.join(nodeModules, entry)];
    for (const dir of dirs) {
      const file = path.join(dir, "package.json");
      if (!existsSync(file)) continue;
      found.push({ dir, manifest: JSON.parse(readFileSync(file, "utf8")) as { name: string; scripts?: Record<string, string> } });
      found.push(...installedPackages(path.join(dir, "node_modules")));
    }
  }
  return found;
}
