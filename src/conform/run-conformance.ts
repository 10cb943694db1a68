/**
 * Run a prepared plan: cases in three waves (creates, then reads / updates / probes, then
 * deletes) on a worker pool, then the workflows, then the teardown of everything the run
 * created. Emits events all along; returns the summary. Findings never throw.
 */
import { setMaxListeners } from "node:events";
import { applyCredentials } from "./apply-credentials.js";
import { CleanupRegistry } from "./cleanup.js";
import { createExchangeRunner } from "./execute-exchange.js";
import type { EmitEvent, RunEvent, RunSummary } from "./events.js";
import { createRateLimiter } from "./http-client.js";
import { prepareRequest } from "./http-request.js";
import { DEFAULTS, type ConformOptions } from "./options.js";
import type { PreparedRun } from "./plan.js";
import { StateTracker } from "./state-graph.js";
import { runPool } from "./worker-pool.js";
import { runWorkflow, type WorkflowDeps } from "./workflows/run-workflow.js";
import type { TestCase } from "../generate/test-case.js";

const CLEANUP_BUDGET_MS = 60_000;

export async function runConformance(run: PreparedRun, options: ConformOptions, emit: EmitEvent): Promise<RunSummary> {
  const { plan, validator, profile, credentials, spec } = run;
  const started = performance.now();
  const tally = { checks: 0, passed: 0, failed: 0, skipped: 0 };
  const counted: EmitEvent = (event: RunEvent) => {
    if (event.type === "check") {
      tally.checks++;
      tally[event.outcome]++;
    } else if (event.type === "skipped") tally.skipped++;
    emit(event);
  };

  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error("deadline")), (options.deadlineSeconds ?? DEFAULTS.deadlineSeconds) * 1000);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
  setMaxListeners(0, signal); // every in-flight request and poll listens to it
  const limiter = createRateLimiter(options.rateLimit);
  const cleanup = new CleanupRegistry(run.workflowDocument?.["x-cleanup"] ?? []);
  const enabled = new Set(plan.checks.map((c) => c.name));
  const runnerFor = (runSignal: AbortSignal) =>
    createExchangeRunner({
      http: { timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs, signal: runSignal, limiter, fetch: options.fetch },
      checks: plan.checks,
      context: { validator, profile, states: new StateTracker(), maxResponseTimeMs: options.maxResponseTimeMs ?? DEFAULTS.maxResponseTimeMs },
      emit: counted,
      onResponse: (exchange) => cleanup.observe(exchange),
    });
  const runner = runnerFor(signal);

  counted({
    type: "run-started",
    api: plan.api,
    baseUrl: plan.baseUrl,
    seed: plan.seed,
    phases: plan.phases,
    checks: plan.checks.map((c) => c.name),
    caseCount: plan.cases.length,
    workflowCount: plan.workflows.length,
    operationCount: plan.operations.length,
  });
  for (const skip of plan.skipped) counted({ type: "skipped", operationId: skip.operationId, method: skip.method, path: skip.path, caseId: skip.id, reason: skip.reason, workflowId: skip.workflowId });

  const runCase = async (c: TestCase) => {
    const operation = validator.getOperation(c.operationId);
    const applied = applyCredentials(spec.document, profile, operation, credentials, c.auth);
    await runner.execute({ caseId: c.id, kind: c.kind, description: c.description, judgeAcceptance: c.judgeAcceptance, operation, request: prepareRequest(plan.baseUrl, c, applied) });
  };
  const workers = options.workers ?? DEFAULTS.workers;
  const notRun: TestCase[] = [];
  for (const wave of waves(plan.cases)) notRun.push(...(await runPool(wave, workers, runCase, signal)));

  const deps: WorkflowDeps = {
    baseUrl: plan.baseUrl,
    document: spec.document,
    validator,
    profile,
    credentials,
    runner,
    signal,
    waitTimeoutSeconds: options.waitTimeoutSeconds ?? DEFAULTS.waitTimeoutSeconds,
  };
  await runPool(plan.workflows, Math.max(workers, plan.workflows.length), async ({ workflow, inputs }) => {
    const t0 = performance.now();
    if (signal.aborted) {
      counted({ type: "workflow", workflowId: workflow.workflowId, outcome: "skipped", steps: 0, requests: 0, durationMs: 0, message: "run aborted" });
      return;
    }
    let result;
    try {
      result = await runWorkflow(workflow, inputs, deps);
    } catch (error) {
      result = { ok: false, steps: 0, requests: 0, outputs: {}, failure: { stepId: "?", operationId: workflow.steps[0]!.operationId, method: "", path: "", check: "workflow_step", message: `workflow ${workflow.workflowId}: ${(error as Error).message}` } };
    }
    const f = result.failure;
    if (f && signal.aborted) {
      counted({ type: "skipped", operationId: f.operationId, method: f.method, path: f.path, caseId: `${workflow.workflowId}/${f.stepId}`, reason: "workflow not finished: the run was aborted (deadline or interrupt)", workflowId: workflow.workflowId });
    } else if (f && enabled.has(f.check)) {
      counted({
        type: "check", check: f.check, outcome: "failed", operationId: f.operationId, method: f.method, path: f.path, caseId: `${workflow.workflowId}/${f.stepId}`,
        description: `workflow ${workflow.workflowId}`, workflowId: workflow.workflowId,
        failure: { message: f.message, curl: f.curl, status: f.status, actual: f.actual },
      });
    }
    if (result.ok) {
      for (const check of ["workflow_step", ...workflowChecks(workflow)].filter((c) => enabled.has(c))) {
        const step = workflow.steps.find((s) => (s["x-conform-check"] ?? "workflow_step") === check) ?? workflow.steps[0]!;
        const op = validator.getOperation(step.operationId);
        counted({ type: "check", check, outcome: "passed", operationId: op.operationId, method: op.method.toUpperCase(), path: op.path, caseId: `${workflow.workflowId}/${step.stepId}`, description: `workflow ${workflow.workflowId}`, workflowId: workflow.workflowId });
      }
    }
    counted({ type: "workflow", workflowId: workflow.workflowId, outcome: result.ok ? "passed" : "failed", steps: result.steps, requests: result.requests, durationMs: Math.round(performance.now() - t0), message: f?.message });
  }, signal);
  clearTimeout(timer);

  for (const c of notRun) counted({ type: "skipped", operationId: c.operationId, method: c.method, path: c.path, caseId: c.id, reason: "not sent: the run was aborted (deadline or interrupt)" });
  // Teardown has its own budget: it must run after the deadline and after Ctrl-C too.
  const budget = AbortSignal.timeout(CLEANUP_BUDGET_MS);
  setMaxListeners(0, budget);
  const teardownRunner = runnerFor(budget);
  const leftovers = await tearDown(cleanup, run, { ...deps, runner: teardownRunner, signal: budget }, counted);
  const aborted = options.signal?.aborted ? "interrupted" : deadline.signal.aborted ? `deadline of ${options.deadlineSeconds ?? DEFAULTS.deadlineSeconds} s reached` : undefined;
  const summary: RunSummary = {
    ...tally,
    requests: runner.requests + teardownRunner.requests,
    cases: plan.cases.length,
    workflows: plan.workflows.length,
    durationMs: Math.round(performance.now() - started),
    leftovers,
    ...(aborted ? { aborted } : {}),
  };
  emit({ type: "run-finished", summary });
  return summary;
}

/** Creates first (POST/PUT on paths without parameters), deletes last, the rest between. */
export function waves(cases: TestCase[]): TestCase[][] {
  const creates = cases.filter((c) => c.kind === "positive" && (c.method === "POST" || c.method === "PUT") && !c.path.includes("{"));
  const deletes = cases.filter((c) => c.method === "DELETE" && !creates.includes(c));
  const middle = cases.filter((c) => !creates.includes(c) && !deletes.includes(c));
  return [creates, middle, deletes].filter((w) => w.length > 0);
}

function workflowChecks(workflow: { steps: Array<{ "x-conform-check"?: string }> }): string[] {
  return [...new Set(workflow.steps.map((s) => s["x-conform-check"]).filter((c): c is string => Boolean(c) && c !== "workflow_step"))];
}

async function tearDown(cleanup: CleanupRegistry, run: PreparedRun, deps: WorkflowDeps, emit: EmitEvent): Promise<string[]> {
  const leftovers: string[] = [];
  const teardownDeps: WorkflowDeps = { ...deps, quiet: true, waitTimeoutSeconds: Math.min(deps.waitTimeoutSeconds, 30) };
  const workflows = run.workflowDocument?.workflows ?? [];
  await runPool(cleanup.pending(), 4, async (entry) => {
    if (entry.rule["x-not-deletable"]) {
      emit({ type: "cleanup", resource: entry.label, outcome: "not-deletable", message: entry.rule["x-not-deletable"] });
      leftovers.push(entry.label);
      return;
    }
    const workflow = workflows.find((w) => w.workflowId === entry.rule.workflowId);
    if (!workflow) {
      emit({ type: "cleanup", resource: entry.label, outcome: "failed", message: `no teardown workflow ${entry.rule.workflowId}` });
      leftovers.push(entry.label);
      return;
    }
    if (deps.document && run.gate.refuse("DELETE") && !run.gate.allowMutations) {
      emit({ type: "cleanup", resource: entry.label, outcome: "failed", message: "teardown needs a mutation the safety gate refuses" });
      leftovers.push(entry.label);
      return;
    }
    try {
      const result = await runWorkflow(workflow, entry.inputs, teardownDeps);
      if (result.ok) emit({ type: "cleanup", resource: entry.label, outcome: "deleted" });
      else {
        emit({ type: "cleanup", resource: entry.label, outcome: "failed", message: result.failure?.message });
        leftovers.push(entry.label);
      }
    } catch (error) {
      emit({ type: "cleanup", resource: entry.label, outcome: "failed", message: (error as Error).message });
      leftovers.push(entry.label);
    }
  });
  return leftovers;
}
