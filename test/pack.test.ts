/**
 * The published package as another project sees it: `npm pack`, unpack the tarball into a
 * scratch project's node_modules, and type-check a file that imports the types of all four
 * APIs through the package's exports map.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { PROJECT_ROOT } from "../src/spec/apis.js";

const scratch = mkdtempSync(path.join(os.tmpdir(), "cac-pack-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const USAGE = `import type { paths as EcoPaths, components as EcoComponents } from "cluster-api-contracts/hadoop-eco";
import type { paths as YarnPaths, components as YarnComponents, operations as YarnOperations } from "cluster-api-contracts/yarn-service";
import type { paths as NksPaths, components as NksComponents } from "cluster-api-contracts/nhn-kubernetes";
import type { paths as PaasPaths, components as PaasComponents } from "cluster-api-contracts/bigdata-paas";

type Service = YarnComponents["schemas"]["Service"];
const service: Service = { name: "hello-world", version: "1.0.0", components: [{ name: "hello", number_of_containers: 2 }] };
type CreateService = YarnOperations["createService"];
type Status = YarnComponents["schemas"]["ServiceStatus"];
const status: Status = { diagnostics: "ok" };
type Version = YarnPaths["/app/v1/services/version"]["get"];
type EcoJob = EcoPaths["/v2/hadoop-eco/clusters/{cluster-id}"]["post"];
type NksCluster = NksPaths["/v1/clusters/{CLUSTER_ID_OR_NAME}"]["get"];
type PaasProducts = PaasPaths["/bigdata/api/v1/products"]["get"];
type Schemas = keyof EcoComponents["schemas"] | keyof NksComponents["schemas"] | keyof PaasComponents["schemas"];
export const used: [Service, Status, CreateService | Version | EcoJob | NksCluster | PaasProducts | Schemas | undefined] = [service, status, undefined];
`;

const BROKEN = `import type { components } from "cluster-api-contracts/yarn-service";
const wrong: components["schemas"]["ServiceStatus"] = { diagnostics: 42 };
export default wrong;
`;

test("the packed package's types are usable from another project", () => {
  const packed = execFileSync("npm", ["pack", "--json", "--pack-destination", scratch], { cwd: PROJECT_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const tarball = path.join(scratch, (JSON.parse(packed) as Array<{ filename: string }>)[0]!.filename);
  const project = path.join(scratch, "consumer");
  const installed = path.join(project, "node_modules", "cluster-api-contracts");
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
  for (const dependency of ["openapi-fetch", "openapi-typescript-helpers"]) {
    const source = path.join(PROJECT_ROOT, "node_modules", dependency);
    if (existsSync(source)) symlinkSync(source, path.join(project, "node_modules", dependency), "dir");
  }
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", type: "module", private: true }));
  writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", noEmit: true, skipLibCheck: false, types: [] }, files: ["use.ts"] }));
  const tsc = path.join(PROJECT_ROOT, "node_modules", "typescript", "bin", "tsc");
  const check = () => {
    try {
      execFileSync(process.execPath, [tsc, "-p", project], { encoding: "utf8" });
      return "";
    } catch (error) {
      return String((error as { stdout?: string }).stdout ?? error);
    }
  };
  writeFileSync(path.join(project, "use.ts"), USAGE);
  expect(check()).toBe("");
  // The check has teeth: a wrong type through the same import fails to compile.
  writeFileSync(path.join(project, "use.ts"), BROKEN);
  expect(check()).toMatch(/error TS2322/);
  // The built client is importable at run time through the exports map.
  const loaded = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", 'const m = await import("cluster-api-contracts/yarn-service/client"); console.log(typeof m.createYarnServiceClient);'],
    { cwd: project, encoding: "utf8" },
  );
  expect(loaded.trim()).toBe("function");
}, 120_000);
