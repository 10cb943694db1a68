/**
 * Run a prepared plan: cases in three waves (creates, then reads / updates / probes, then
 * deletes) on a worker pool, then the workflows, then the teardown of everything the run
 * created. Emits events all along; returns the summary. Findings never throw.
 *
 * Stopping: an interrupt (options.signal), the deadline or a lost target (several connection
 * failures in a row) stops new requests at once, emits a "stopping" event, tears down within
 * options.teardownTimeoutSeconds (default DEFAULTS.stopCleanupSeconds) and ends with verdict
 * "incomplete". The bound counts from the stop: the teardown starts at once, and a create sent
 * before the stop (POST, PUT, or the method of an operation an x-cleanup rule names; not reads
 * or deletes) keeps waiting for its answer until then, so what it made is registered and torn
 * down too; one still unanswered at the bound is cut and reported as a possible leftover.
 */
import { setMaxListeners } from "node:events";
import { applyCredentials } from "./apply-credentials.js";
import { createCleanupRegistry } from "./cleanup.js";
import { createExchangeRunner } from "./execute-exchange.js";
import type { EmitEvent, RunSummary } from "./events.js";
import type { Exchange } from "./exchange.js";
import { createRateLimiter, type HoldAtStop } from "./http-client.js";
import { prepareRequest } from "./http-request.js";
import { DEFAULTS, type ConformOptions } from "./options.js";
import type { PreparedRun } from "./plan.js";
import { RunTally } from "./run-tally.js";
import { runWorkflows } from "./run-workflows.js";
import { StateTracker } from "./state-graph.js";
import { traitsFor } from "./target-kinds.js";
import { reportUnanswered, tearDown } from "./tear-down.js";
import { runPool } from "./worker-pool.js";
import type { WorkflowDeps } from "./workflows/run-workflow.js";
import type { TestCase } from "../generate/test-case.js";

/** Connection failures in a row (no answer in between) that mean the target is gone. */
export const LOST_AFTER_FAILURES = 3;
const CONNECTION_LOST = /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|UND_ERR_SOCKET|other side closed/i;
/** Methods a stop never holds: reads and deletes are cut at once. */
const CUT_AT_STOP = new Set(["GET", "HEAD", "OPTIONS", "TRACE", "DELETE"]);

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
  // After a stop, the teardown bound counts from the stop; held creates and the teardown share it.
  let stopDeadline: AbortSignal | undefined;
  const teardownDeadline = () => {
    if (!stopDeadline) setMaxListeners(0, (stopDeadline = AbortSignal.timeout(teardownSeconds * 1000)));
    return stopDeadline;
  };
  const hold = target.keepsState ? holdCreates(run, teardownDeadline) : undefined;
  const unanswered: Exchange[] = [];
  let failuresInARow = 0;
  const runnerFor = (runSignal: AbortSignal, hold?: HoldAtStop) =>
    createExchangeRunner({
      http: { timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs, signal: runSignal, limiter, fetch: options.fetch, hold },
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
      onUnanswered: (exchange) => unanswered.push(exchange),
    });
  const runner = runnerFor(signal, hold);
  const stopSeen = new Promise<void>((resolve) =>
    signal.addEventListener(
      "abort",
      () => {
        teardownDeadline(); // before any held request asks for it: the bound starts now
        emit({ type: "stopping", reason: stopReason(), resources: cleanup.pending().length, createsInFlight: runner.creates?.count ?? 0, budgetSeconds: teardownSeconds });
        resolve();
      },
      { once: true },
    ),
  );

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
  // After a stop the phases only wait for held creates; the teardown does not wait for them.
  const phases = (async () => {
    const notRun: TestCase[] = [];
    for (const wave of waves(plan.cases)) notRun.push(...(await runPool(wave, workers, runCase, signal)));
    const workflowsNotRun = await runWorkflows(plan.workflows, deps, enabled, workers, counted);
    return { notRun, workflowsNotRun };
  })();
  await Promise.race([phases, stopSeen]);
  clearTimeout(timer);
  const stopped = signal.aborted ? stopReason() : undefined;

  // Teardown has its own budget: it runs after the deadline and after Ctrl-C too, shorter then.
  const budget = stopped ? teardownDeadline() : AbortSignal.timeout(Math.max(teardownSeconds, DEFAULTS.cleanupSeconds) * 1000);
  setMaxListeners(0, budget);
  const teardownRunner = runnerFor(budget);
  const teardown = () => tearDown(cleanup, run, { ...deps, runner: teardownRunner, signal: budget }, counted, teardownSeconds, runner.creates);
  const tornDown = stopped ? teardown() : undefined;
  const { notRun, workflowsNotRun } = await phases;
  for (const c of notRun) counted({ type: "skipped", operationId: c.operationId, method: c.method, path: c.path, caseId: c.id, reason: `not sent: the run stopped (${stopped})` });
  if (!stopped) tally.reportStale(plan.operations);
  const leftovers = [...(await (tornDown ?? teardown())), ...reportUnanswered(unanswered, counted, teardownSeconds)];

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

/**
 * Which requests a stop holds until the teardown deadline: POST and PUT, and the method of every
 * operation an x-cleanup rule names (what the cleanup registry can register), never a read or
 * a delete.
 */
function holdCreates(run: PreparedRun, until: () => AbortSignal): HoldAtStop {
  const methods = new Set(["POST", "PUT"]);
  for (const rule of run.workflowDocument?.["x-cleanup"] ?? []) {
    try {
      methods.add(run.validator.getOperation(rule.operationId).method.toUpperCase());
    } catch {
      // a rule naming an operation the spec lacks registers nothing
    }
  }
  for (const method of CUT_AT_STOP) methods.delete(method);
  return { applies: (request) => methods.has(request.method.toUpperCase()), until };
}
