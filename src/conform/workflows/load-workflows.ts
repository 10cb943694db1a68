/**
 * Load contracts/workflows/<api>.arazzo.yaml: parse with `yaml` and check that every step names
 * an operation of the spec; when the run plans workflows, also check the structure with
 * Redocly's Arazzo 1 rules (lint + createConfig from @redocly/openapi-core) and every criterion
 * against Respect's grammar. Both libraries load only then (about 1.5 s of CPU together).
 * Problems are operator errors.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import type { Config } from "@redocly/openapi-core";
import { PROJECT_ROOT } from "../../spec/apis.js";
import { OperatorError } from "../../spec/operator-error.js";
import type { ArazzoDocument, Criterion, Step } from "./arazzo-types.js";

export function workflowPathFor(apiId: string): string {
  return path.join(PROJECT_ROOT, "contracts", "workflows", `${apiId}.arazzo.yaml`);
}

export interface LoadedWorkflows {
  path: string;
  document: ArazzoDocument;
}

/** undefined when the API has no workflow file. `check`: the Arazzo lint and the criteria grammar. */
export async function loadWorkflows(apiId: string, operationIds: ReadonlySet<string>, file = workflowPathFor(apiId), check = true): Promise<LoadedWorkflows | undefined> {
  if (!existsSync(file)) return undefined;
  let document: ArazzoDocument;
  try {
    document = parse(await readFile(file, "utf8")) as ArazzoDocument;
  } catch (error) {
    throw new OperatorError("SPEC_INVALID", `cannot parse workflows ${file}: ${String((error as Error).message).split("\n")[0]}`);
  }
  const problems = check ? await lintArazzo(file) : [];
  if (problems.length > 0) {
    throw new OperatorError("SPEC_INVALID", `workflows ${path.relative(PROJECT_ROOT, file)} are not valid Arazzo: ${problems[0]}`, `${problems.length} problem(s); fix the file`);
  }
  for (const workflow of document.workflows ?? []) {
    for (const step of workflow.steps ?? []) {
      if (!operationIds.has(step.operationId)) {
        throw new OperatorError("SPEC_INVALID", `workflow ${workflow.workflowId} step ${step.stepId} names unknown operation ${step.operationId}`);
      }
    }
  }
  if (check) await checkCriteria(document);
  return { path: file, document };
}

/** Every criterion must be one Respect can evaluate as written. */
async function checkCriteria(document: ArazzoDocument): Promise<void> {
  const { criterionType } = await import("./criteria.js");
  for (const workflow of document.workflows ?? []) {
    for (const step of workflow.steps ?? []) {
      for (const criterion of criteriaOf(step)) {
        const type = criterionType(criterion);
        if (typeof type === "object") {
          throw new OperatorError("SPEC_INVALID", `workflow ${workflow.workflowId} step ${step.stepId}: ${type.refused}`);
        }
      }
    }
  }
}

function criteriaOf(step: Step): Criterion[] {
  const actions = [...(step.onSuccess ?? []), ...(step.onFailure ?? [])];
  return [...(step.successCriteria ?? []), ...actions.flatMap((action) => action.criteria ?? [])];
}

let configPromise: Promise<Config> | undefined;

/** Redocly's structural problems (errors only) as one-line messages. */
export async function lintArazzo(file: string): Promise<string[]> {
  const { createConfig, lint } = await import("@redocly/openapi-core");
  configPromise ??= createConfig({ extends: ["recommended"] });
  const problems = await lint({ ref: file, config: await configPromise });
  return problems
    .filter((p) => p.severity === "error")
    .map((p) => `${p.message} at ${p.location?.[0]?.pointer ?? "#"}`);
}
