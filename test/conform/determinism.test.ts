/** The same --seed gives the same plan; another seed gives another one. */
import { expect, test } from "vitest";
import { prepareRun } from "../../src/conform/plan.js";

async function planOf(seed: number) {
  const run = await prepareRun({ api: "yarn-service", baseUrl: "http://127.0.0.1:9", seed, maxExamples: 4 });
  return JSON.stringify({ cases: run.plan.cases, workflows: run.plan.workflows.map((w) => ({ id: w.workflow.workflowId, inputs: w.inputs })) });
}

test("two plans with the same seed are identical", async () => {
  expect(await planOf(7)).toBe(await planOf(7));
});

test("a different seed gives a different plan", async () => {
  expect(await planOf(7)).not.toBe(await planOf(8));
});
