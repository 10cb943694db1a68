/** The example CI workflow tests every supported Node version and keeps its reports. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { expect, test } from "vitest";
import { PROJECT_ROOT } from "../src/spec/apis.js";

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
const workflow = parse(readFileSync(path.join(PROJECT_ROOT, ".github", "workflows", "contracts.yml"), "utf8")) as {
  jobs: Record<string, { strategy?: { matrix?: { node?: number[] } }; steps: Step[] }>;
};
const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { engines: { node: string }; scripts: Record<string, string> };
const job = workflow.jobs.contracts!;

test("the matrix starts at the lowest Node version engines allows and covers the current ones", () => {
  const lowest = Number(/>=\s*(\d+)/.exec(manifest.engines.node)![1]);
  expect(job.strategy?.matrix?.node).toEqual([lowest, 22, 24]);
});

test("the job typechecks, tests and uploads the JUnit and JSON reports", () => {
  const runs = job.steps.map((s) => s.run ?? "").join("\n");
  for (const script of ["lint", "typecheck", "generate"]) expect(runs).toContain(`npm run ${script}`);
  expect(runs).toMatch(/npm test .*--reporter=junit/);
  expect(runs).toMatch(/--junit reports\/.*--report-json reports\//);
  const upload = job.steps.find((s) => s.uses?.startsWith("actions/upload-artifact"));
  expect(String(upload?.with?.path)).toMatch(/reports\/\*\.xml[\s\S]*reports\/\*\.json/);
});
