/**
 * Teardown: delete what the run created, through the workflow file's x-teardown workflows,
 * within a budget. Reports the truth per resource: "deleted" only when a deleting request was
 * answered 2xx; "already-gone" when the resource was not there any more (a 404 on the DELETE
 * or on the look-up before it); "failed" / "not-deletable" otherwise.
 *
 * A look-up that polls before the delete (a launch job, to learn which cluster it made) gives
 * up once its answer has not changed for half the teardown bound (stallSecondsFor; 5 s by
 * default): a job whose thread died stays "pending" for ever, on the server as in the fake, and
 * waiting for it only eats the budget the other resources and the delete after it need.
 * The resource is then reported "failed" with the last answer, and listed as a leftover.
 * Polls after the delete (waiting until it is gone) keep the full wait.
 *
 * After a stop the teardown starts at once, while creates sent before the stop may still be
 * waiting for their answers (`creates`): what is known is torn down first, each late answer
 * when it has been registered, until none is in flight. A create that never got an answer is
 * reported by reportUnanswered: a failed cleanup and a leftover, since the server may have
 * made it.
 */
import type { CleanupEntry, CleanupRegistry } from "./cleanup.js";
import type { EmitEvent } from "./events.js";
import type { Exchange } from "./exchange.js";
import type { CreatesInFlight, ExchangeRunner } from "./execute-exchange.js";
import { DEFAULTS } from "./options.js";
import type { PreparedRun } from "./plan.js";
import { runPulled } from "./worker-pool.js";
import type { Workflow } from "./workflows/arazzo-types.js";
import { runWorkflow, type WorkflowDeps } from "./workflows/load-step-runner.js";

const DELETING = new Set(["DELETE", "POST", "PUT", "PATCH"]);
/** How long a look-up before the delete may keep getting the same answer: half the teardown bound. */
export function stallSecondsFor(teardownSeconds: number): number {
  return teardownSeconds / 2;
}
/** Longest wait of any one polling step of a teardown. */
const TEARDOWN_WAIT_SECONDS = 30;

export async function tearDown(
  cleanup: CleanupRegistry,
  run: PreparedRun,
  deps: WorkflowDeps,
  emit: EmitEvent,
  teardownSeconds: number = DEFAULTS.stopCleanupSeconds,
  creates?: CreatesInFlight,
): Promise<string[]> {
  const leftovers: string[] = [];
  const workflows = run.workflowDocument?.workflows ?? [];
  const taken = new Set<string>();
  // The next entry not yet taken; while none is left but creates are in flight, wait for their answers.
  const next = async (): Promise<CleanupEntry | undefined> => {
    for (;;) {
      const entry = cleanup.pending().find((e) => !taken.has(e.label));
      if (entry) {
        taken.add(entry.label);
        return entry;
      }
      if (!creates || creates.count === 0) return undefined;
      await creates.settled();
    }
  };
  await runPulled(next, 4, async (entry) => {
    const fail = (outcome: "failed" | "not-deletable", message: string | undefined) => {
      emit({ type: "cleanup", resource: entry.label, outcome, message });
      leftovers.push(entry.label);
    };
    if (entry.rule["x-not-deletable"]) return fail("not-deletable", entry.rule["x-not-deletable"]);
    const workflow = workflows.find((w) => w.workflowId === entry.rule.workflowId);
    if (!workflow) return fail("failed", `no teardown workflow ${entry.rule.workflowId}`);
    if (run.gate.refuse("DELETE")) return fail("failed", "teardown needs a mutation the safety gate refuses");
    if (deps.signal?.aborted) return fail("failed", "no time left for the teardown");
    let removed = false;
    const runner: ExchangeRunner = {
      get requests() {
        return deps.runner.requests;
      },
      async execute(input, quiet) {
        const exchange = await deps.runner.execute(input, quiet);
        const status = exchange.response?.status ?? 0;
        if (DELETING.has(exchange.method) && status >= 200 && status < 300) removed = true;
        return exchange;
      },
    };
    try {
      const stall = { stepIds: lookUpsBeforeDelete(workflow, deps), seconds: stallSecondsFor(teardownSeconds) };
      const result = await runWorkflow(workflow, entry.inputs, { ...deps, runner, quiet: true, waitTimeoutSeconds: Math.min(deps.waitTimeoutSeconds, TEARDOWN_WAIT_SECONDS), stall });
      if (!result.ok) return fail("failed", result.failure?.message);
      emit({ type: "cleanup", resource: entry.label, outcome: removed ? "deleted" : "already-gone" });
    } catch (error) {
      fail("failed", (error as Error).message);
    }
  });
  return leftovers;
}

/** The GET steps of a teardown workflow that come before its first deleting step. */
function lookUpsBeforeDelete(workflow: Workflow, deps: WorkflowDeps): Set<string> {
  const ids = new Set<string>();
  for (const step of workflow.steps) {
    const method = deps.validator.getOperation(step.operationId).method.toUpperCase();
    if (method !== "GET") break;
    ids.add(step.stepId);
  }
  return ids;
}

/**
 * Creates sent before the stop that got no answer (cut at the teardown bound, by their own
 * timeout or by the connection): each is a failed cleanup and a leftover, since the server may
 * have made what they asked for. Returns the leftover labels.
 */
export function reportUnanswered(unanswered: readonly Exchange[], emit: EmitEvent, teardownSeconds: number): string[] {
  const n = unanswered.length;
  return unanswered.map((exchange) => {
    const label = `${exchange.method} ${new URL(exchange.request.url).pathname}${bodyHint(exchange.request.body)} (case ${exchange.caseId}; no answer, may exist)`;
    const message = `${n} create request${n === 1 ? "" : "s"} got no answer before the ${teardownSeconds} s teardown bound (this one: ${exchange.error}); what they made may be left on the server`;
    emit({ type: "cleanup", resource: label, outcome: "failed", message });
    return label;
  });
}

/** The start of a request body, so the user can find what it asked for. */
function bodyHint(body: string | undefined): string {
  if (!body) return "";
  const flat = body.replace(/\s+/g, " ");
  return ` ${flat.length > 60 ? `${flat.slice(0, 60)}...` : flat}`;
}
