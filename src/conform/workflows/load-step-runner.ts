/**
 * `runWorkflow` for the runner's phases (workflows, teardown): the step runner, and with it
 * Respect's runtime-expression engine (@redocly/respect-core and graphql, about 1 s of CPU to
 * load), is imported on the first workflow, so a run that plans none and has nothing to tear
 * down never loads it. run-workflow.ts itself still imports the engine up front.
 */
import type { Workflow } from "./arazzo-types.js";
import type { WorkflowDeps, WorkflowResult } from "./run-workflow.js";

export type { StepFailure, WorkflowDeps, WorkflowResult } from "./run-workflow.js";

export async function runWorkflow(workflow: Workflow, inputs: Record<string, unknown>, deps: WorkflowDeps): Promise<WorkflowResult> {
  return (await import("./run-workflow.js")).runWorkflow(workflow, inputs, deps);
}
