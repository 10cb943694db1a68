/**
 * Load contracts/workflows/<api>.arazzo.yaml: parse with `yaml`, check the structure with
 * Redocly's Arazzo 1 rules (lint + createConfig from @redocly/openapi-core), and check that
 * every step names an operation of the spec. Problems are operator errors.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { createConfig, lint } from "@redocly/openapi-core";
import { PROJECT_ROOT } from "../../spec/apis.js";
import { OperatorError } from "../../spec/operator-error.js";
import type { ArazzoDocument, Criterion, Step } from "./arazzo-types.js";
import { criterionType } from "./criteria.js";

export function workflowPathFor(apiId: string): string {
  return path.join(PROJECT_ROOT, "contracts", "workflows", `${apiId}.arazzo.yaml`);
}

export interface LoadedWorkflows {
  path: string;
  document: ArazzoDocument;
}

/** undefined when the API has no workflow file. */
export async function loadWorkflows(apiId: string, operationIds: ReadonlySet<string>, file = workflowPathFor(apiId)): Promise<LoadedWorkflows | undefined> {
  if (!existsSync(file)) return undefined;
  let document: ArazzoDocument;
  try {
    document = parse(await readFile(file, "utf8")) as ArazzoDocument;
  } catch (error) {
    throw new OperatorError("SPEC_INVALID", `cannot parse workflows ${file}: ${String((error as Error).message).split("\n")[0]}`);
  }
  const problems = await lintArazzo(file);
  if (problems.length > 0) {
    throw new OperatorError("SPEC_INVALID", `workflows ${path.relative(PROJECT_ROOT, file)} are not valid Arazzo: ${problems[0]}`, `${problems.length} problem(s); fix the file`);
  }
  for (const workflow of document.workflows ?? []) {
    for (const step of workflow.steps ?? []) {
      if (!operationIds.has(step.operationId)) {
        throw new OperatorError("SPEC_INVALID", `workflow ${workflow.workflowId} step ${step.stepId} names unknown operation ${step.operationId}`);
      }
      for (const criterion of criteriaOf(step)) {
        const type = criterionType(criterion);
        if (typeof type === "object") {
          throw new OperatorError("SPEC_INVALID", `workflow ${workflow.workflowId} step ${step.stepId}: ${type.refused}`);
        }
      }
    }
  }
  return { path: file, document };
}

function criteriaOf(step: Step): Criterion[] {
  const actions = [...(step.onSuccess ?? []), ...(step.onFailure ?? [])];
  return [...(step.successCriteria ?? []), ...actions.flatMap((action) => action.criteria ?? [])];
}

let configPromise: ReturnType<typeof createConfig> | undefined;

/** Redocly's structural problems (errors only) as one-line messages. */
export async function lintArazzo(file: string): Promise<string[]> {
  configPromise ??= createConfig({ extends: ["recommended"] });
  const problems = await lint({ ref: file, config: await configPromise });
  return problems
    .filter((p) => p.severity === "error")
    .map((p) => `${p.message} at ${p.location?.[0]?.pointer ?? "#"}`);
}
