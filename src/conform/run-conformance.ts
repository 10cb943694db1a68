/**
 * Run a prepared plan: cases in three waves (creates, then reads / updates / probes, then
 * deletes) on a worker pool, then the workflows, then the teardown of everything the run
 * created. Emits events all along; returns the summary. Findings never throw.
 *
 * Stopping: an interrupt (options.signal), the deadline or a lost target (several connection
 * failures in a row) stops new requests at once, emits a "stopping" event, tears down within
 * options.teardownTimeoutSeconds (default DEFAULTS.stopCleanupSeconds) and ends with verdict
 * "incomplete".
 */
import { setMaxListeners } from "node:events";
import { applyCredentials } from "./apply-credentials.js";
import { createCleanupRegistry } from "./cleanup.js";
import { createExchangeRunner } from "./execute-exchange.js";
import type { EmitEvent, RunSummary } from "./events.js";
import { createRateLimiter } from "./http-client.js";
import { prepareRequest } from "./http-request.js";
import { DEFAULTS, type ConformOptions } from "./options.js";
import type { PreparedRun } from "./plan.js";
import { RunTally } from "./run-tally.js";
import { runWorkflows } from "./run-workflows.js";
import { StateTracker } from "./state-graph.js";
import { traitsFor } from "./target-kinds.js";
import { tearDown } from "./tear-down.js";
import { runPool } from "./worker-pool.js";
import type { WorkflowDeps } from "./workflows/run-workflow.js";
import type { TestCase } from "../generate/test-case.js";

/** Connection failures in a row (no answer in between) that mean the target is gone. */
export const LOST_AFTER_FAILURES = 3;
const CONNECTION_LOST = /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|UND_ERR_SOCKET|other side closed/i;

export async function runConformance(run: PreparedRun, options: ConformOptions, emit: EmitEvent): Promise<RunSummary> {
  const { plan, validator, profile, credentials, spec } = run;
  const target = options.target ?? plan.target ?? traitsFor("real", "default");
  // Before the clock starts: this may load Respect's engine (only when a rule can match).
  const sent = new Set([...plan.cases.map((c) => c.operationId), ...plan.workflows.flatMap(({ workflow }) => workflow.steps.map((s) => s.operationId))]);
  const cleanup = await createCleanupRegistry(target.keepsState ? (run.workflowDocument?.["x-cleanup"] ?? []) : [], sent);
  const started = performance.now();
  const tally = new RunTally(options.differences ?? [], emit);
  const counted = tally.push;

  const deadlineSeconds = options.deadlineSeconds ?? DEFAULTS.deadlineSeconds;
  const deadline = new AbortController();
  const lost = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error(`deadline of ${deadlineSeconds} s reached`)), deadlineSeconds * 1000);
  const signal = AbortSignal.any([deadline.signal, lost.signal, ...(options.signal ? [options.signal] : [])]);
  setMaxListeners(0, signal); // every in-flight request and poll listens to it
  const stopReason = () =>
    options.signal?.aborted ? `interrupted (${reasonText(options.signal.reason, "interrupt")})` : lost.signal.aborted ? reasonText(lost.signal.reason, "target lost") : reasonText(deadline.signal.reason, "deadline");

  const limiter = createRateLimiter(options.rateLimit);
  const teardownSeconds = options.teardownTimeoutSeconds ?? DEFAULTS.stopCleanupSeconds;
  let failuresInARow = 0;
  const runnerFor = (runSignal: AbortSignal) =>
    createExchangeRunner({
      http: { timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs, signal: runSignal, limiter, fetch: options.fetch },
      checks: plan.checks,
      context: { validator, profile, states: new StateTracker(), maxResponseTimeMs: options.maxResponseTimeMs ?? DEFAULTS.maxResponseTimeMs, ownError: target.ownError },
      emit: counted,
      onResponse: (exchange) => {
        failuresInARow = 0;
        cleanup.observe(exchange);
      },
      onError: (exchange) => {
        if (!CONNECTION_LOST.test(exchange.error ?? "")) return;
        if (++failuresInARow >= LOST_AFTER_FAILURES && !lost.signal.aborted) lost.abort(new Error(`target lost: ${exchange.error}`));
      },
    });
  const runner = runnerFor(signal);
  signal.addEventListener("abort", () => emit({ type: "stopping", reason: stopReason(), resources: cleanup.pending().length, budgetSeconds: teardownSeconds }), { once: true });

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
    target: { kind: target.kind, detectedBy: target.detectedBy },
    notes: plan.notes,
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
  const enabled = new Set(plan.checks.map((c) => c.name));
  const workflowsNotRun = await runWorkflows(plan.workflows, deps, enabled, workers, counted);
  clearTimeout(timer);
  const stopped = signal.aborted ? stopReason() : undefined;

  for (const c of notRun) counted({ type: "skipped", operationId: c.operationId, method: c.method, path: c.path, caseId: c.id, reason: `not sent: the run stopped (${stopped})` });
  if (!stopped) tally.reportStale(plan.operations);

  // Teardown has its own budget: it runs after the deadline and after Ctrl-C too, shorter then.
  const budget = AbortSignal.timeout((stopped ? teardownSeconds : Math.max(teardownSeconds, DEFAULTS.cleanupSeconds)) * 1000);
  setMaxListeners(0, budget);
  const teardownRunner = runnerFor(budget);
  const leftovers = await tearDown(cleanup, run, { ...deps, runner: teardownRunner, signal: budget }, counted, teardownSeconds);

  const summary: RunSummary = {
    verdict: stopped ? "incomplete" : tally.failed + tally.stale > 0 ? "failed" : "passed",
    checks: tally.checks,
    passed: tally.passed,
    failed: tally.failed,
    warnings: tally.warnings,
    known: tally.known,
    stale: tally.stale,
    skipped: tally.skipped,
    requests: runner.requests + teardownRunner.requests,
    cases: plan.cases.length,
    workflows: plan.workflows.length,
    durationMs: Math.round(performance.now() - started),
    leftovers,
    cleanup: { ...tally.cleanup },
    target: { kind: target.kind, detectedBy: target.detectedBy },
    ...(stopped
      ? {
          aborted: stopped,
          incomplete: { reason: stopped, casesNotRun: notRun.length, workflowsNotRun, operationsNotRun: [...new Set(notRun.map((c) => c.operationId))] },
        }
      : {}),
  };
  emit({ type: "run-finished", summary });
  return summary;
}

function reasonText(reason: unknown, fallback: string): string {
  return reason instanceof Error ? reason.message : typeof reason === "string" ? reason : fallback;
}

/** Creates first (POST/PUT on paths without parameters), deletes last, the rest between. */
export function waves(cases: TestCase[]): TestCase[][] {
  const creates = cases.filter((c) => c.kind === "positive" && (c.method === "POST" || c.method === "PUT") && !c.path.includes("{"));
  const deletes = cases.filter((c) => c.method === "DELETE" && !creates.includes(c));
  const middle = cases.filter((c) => !creates.includes(c) && !deletes.includes(c));
  return [creates, middle, deletes].filter((w) => w.length > 0);
}
