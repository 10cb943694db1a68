/**
 * The workflow phase: every planned Arazzo workflow on the worker pool. A workflow that fails
 * is always a failed check (its step's x-conform-check, else workflow_step); one cut short
 * by the run's stop signal is "incomplete" and counted as not run, never as a failure.
 */
import type { EmitEvent } from "./events.js";
import type { PlannedWorkflow } from "./plan.js";
import type { SpecValidator } from "../validate/spec-validator.js";
import { runPool } from "./worker-pool.js";
import { runWorkflow, type WorkflowDeps, type WorkflowResult } from "./workflows/load-step-runner.js";

/** Runs the workflows; returns how many did not run to the end. */
export async function runWorkflows(planned: PlannedWorkflow[], deps: WorkflowDeps, enabled: ReadonlySet<string>, workers: number, emit: EmitEvent): Promise<number> {
  const { validator, signal } = deps;
  let notRun = 0;
  await runPool(planned, Math.max(workers, planned.length), async ({ workflow, inputs }) => {
    const t0 = performance.now();
    if (signal?.aborted) {
      notRun++;
      emit({ type: "workflow", workflowId: workflow.workflowId, outcome: "incomplete", steps: 0, requests: 0, durationMs: 0, message: "not started: the run was stopped" });
      return;
    }
    let result: WorkflowResult;
    try {
      result = await runWorkflow(workflow, inputs, deps);
    } catch (error) {
      result = { ok: false, steps: 0, requests: 0, outputs: {}, failure: { stepId: "?", operationId: workflow.steps[0]!.operationId, method: "", path: "", check: "workflow_step", message: `workflow ${workflow.workflowId}: ${(error as Error).message}` } };
    }
    const durationMs = Math.round(performance.now() - t0);
    const f = result.failure;
    if (f && signal?.aborted) {
      notRun++;
      emit({ type: "workflow", workflowId: workflow.workflowId, outcome: "incomplete", steps: result.steps, requests: result.requests, durationMs, message: `not finished (the run was stopped) at step ${f.stepId}` });
      return;
    }
    if (f) {
      const op = f.method ? { operationId: f.operationId, method: f.method, path: f.path } : describe(validator, f.operationId);
      emit({
        type: "check", check: enabled.has(f.check) ? f.check : "workflow_step", outcome: "failed", ...op, caseId: `${workflow.workflowId}/${f.stepId}`,
        description: `workflow ${workflow.workflowId}`, workflowId: workflow.workflowId,
        failure: { message: f.message, curl: f.curl, status: f.status, actual: f.actual },
      });
    } else {
      for (const check of ["workflow_step", ...workflowChecks(workflow)].filter((c) => enabled.has(c))) {
        const step = workflow.steps.find((s) => (s["x-conform-check"] ?? "workflow_step") === check) ?? workflow.steps[0]!;
        emit({ type: "check", check, outcome: "passed", ...describe(validator, step.operationId), caseId: `${workflow.workflowId}/${step.stepId}`, description: `workflow ${workflow.workflowId}`, workflowId: workflow.workflowId });
      }
    }
    emit({ type: "workflow", workflowId: workflow.workflowId, outcome: result.ok ? "passed" : "failed", steps: result.steps, requests: result.requests, durationMs, message: f?.message });
  });
  return notRun;
}

function describe(validator: SpecValidator, operationId: string) {
  const op = validator.getOperation(operationId);
  return { operationId: op.operationId, method: op.method.toUpperCase(), path: op.path };
}

function workflowChecks(workflow: { steps: Array<{ "x-conform-check"?: string }> }): string[] {
  return [...new Set(workflow.steps.map((s) => s["x-conform-check"]).filter((c): c is string => Boolean(c) && c !== "workflow_step"))];
}
