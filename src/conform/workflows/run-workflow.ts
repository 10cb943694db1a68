/**
 * Run one Arazzo workflow: build each step's request from runtime expressions, send it
 * through the shared exchange runner (so every response, intermediate polls included, is
 * checked), evaluate successCriteria, and follow onSuccess / onFailure (end, goto, retry).
 * Retries poll with exponential backoff, bounded by the step's deadline and the run's signal.
 */
import type { SpecValidator } from "../../validate/spec-validator.js";
import type { Credentials } from "../../spec/credentials.js";
import type { OpenApiDocument } from "../../spec/load-spec.js";
import type { ApiProfile } from "../api-profiles.js";
import { applyCredentials, parameterOverrides } from "../apply-credentials.js";
import type { ExchangeRunner } from "../execute-exchange.js";
import type { Exchange } from "../exchange.js";
import { prepareRequest, toCurl } from "../http-request.js";
import { scopeOf } from "../cleanup.js";
import type { Action, Step, Workflow } from "./arazzo-types.js";
import { evaluateCriterion } from "./criteria.js";
import { evaluateExtraction, evaluateValue, type ExpressionScope } from "./runtime-expression.js";

export interface WorkflowDeps {
  baseUrl: string;
  document: OpenApiDocument;
  validator: SpecValidator;
  profile: ApiProfile;
  credentials: Credentials;
  runner: ExchangeRunner;
  signal?: AbortSignal;
  /** Upper bound of any polling step, in seconds. */
  waitTimeoutSeconds: number;
  /** Teardown: no checks, no events. */
  quiet?: boolean;
  /**
   * Stop polling these steps once their answer (status and body) has stayed the same for
   * `seconds`: the teardown's look-ups of a job that may never finish (a launch job whose
   * thread died stays "pending" for ever, on the server as in the fake).
   */
  stall?: { stepIds: ReadonlySet<string>; seconds: number };
}

export interface StepFailure {
  stepId: string;
  operationId: string;
  method: string;
  path: string;
  check: string;
  message: string;
  curl?: string;
  status?: number;
  actual?: unknown;
}

export interface WorkflowResult {
  ok: boolean;
  steps: number;
  requests: number;
  failure?: StepFailure;
  outputs: Record<string, Record<string, unknown>>;
}

const DEFAULT_DEADLINE_S = 120;

export async function runWorkflow(workflow: Workflow, inputs: Record<string, unknown>, deps: WorkflowDeps): Promise<WorkflowResult> {
  const steps: ExpressionScope["steps"] = {};
  let requests = 0;
  let executed = 0;
  let index = 0;
  const overrides = parameterOverrides(deps.profile, deps.credentials);
  while (index < workflow.steps.length) {
    const step = workflow.steps[index]!;
    const operation = deps.validator.getOperation(step.operationId);
    const deadlineMs = Math.min(step["x-deadline"] ?? DEFAULT_DEADLINE_S, deps.waitTimeoutSeconds) * 1000;
    const startedAt = performance.now();
    const retry = (step.onFailure ?? []).find((a) => a.type === "retry");
    let attempt = 0;
    let interval = (retry?.retryAfter ?? 1) * 1000;
    const stallMs = deps.stall?.stepIds.has(step.stepId) ? deps.stall.seconds * 1000 : undefined;
    let lastAnswer: string | undefined;
    let unchangedSince = startedAt;
    let repeats = 0;
    executed++;
    for (;;) {
      const scope: ExpressionScope = { inputs, steps };
      let exchange: Exchange;
      try {
        const request = buildStepRequest(step, scope, deps, overrides);
        exchange = await deps.runner.execute(
          { caseId: `${workflow.workflowId}/${step.stepId}`, kind: "workflow", description: `workflow ${workflow.workflowId} step ${step.stepId}`, operation, request, workflowId: workflow.workflowId },
          deps.quiet,
        );
      } catch (error) {
        return fail(step, `cannot build the request: ${(error as Error).message}`);
      }
      requests++;
      const stepScope = { ...scopeOf(exchange), inputs, steps };
      const success = exchange.response !== undefined && criteriaMet(step.successCriteria, stepScope);
      if (success) {
        steps[step.stepId] = { outputs: stepOutputs(step, stepScope) };
        const action = firstMatching(step.onSuccess, stepScope);
        if (action?.type === "end") return { ok: true, steps: executed, requests, outputs: collect(steps) };
        if (action?.type === "goto") {
          index = findStep(workflow, action.stepId);
          break;
        }
        index++;
        break;
      }
      const action = exchange.response ? firstMatching(step.onFailure, stepScope) : retry;
      const now = performance.now();
      const elapsed = now - startedAt;
      const answer = exchange.response ? `${exchange.response.status} ${JSON.stringify(exchange.response.body ?? null)}` : undefined;
      if (answer !== lastAnswer) [lastAnswer, unchangedSince, repeats] = [answer, now, 0];
      else repeats++;
      // Stop before a sleep that would carry an unchanged answer past the bound.
      const stalled = action?.type === "retry" && stallMs !== undefined && answer !== undefined && repeats > 0 && now - unchangedSince + interval > stallMs;
      if (action?.type === "retry" && attempt < (action.retryLimit ?? 1) && elapsed + interval < deadlineMs && !stalled && !deps.signal?.aborted) {
        attempt++;
        await sleep(interval, deps.signal);
        interval = Math.min(interval * (step["x-backoff"] ?? 1.5), (step["x-max-interval"] ?? 2) * 1000);
        continue;
      }
      if (action?.type === "goto") {
        index = findStep(workflow, action.stepId);
        break;
      }
      if (action?.type === "end") return { ok: true, steps: executed, requests, outputs: collect(steps) };
      const waited = attempt > 0 ? ` after ${attempt + 1} attempts in ${Math.round(elapsed)} ms` : "";
      const got = exchange.response ? `status ${exchange.response.status}${describeBody(exchange.response.body)}` : exchange.error;
      const why = deps.signal?.aborted ? " (run aborted)" : stalled ? ` (answer unchanged for ${((now - unchangedSince) / 1000).toFixed(1)} s; polling stops before ${deps.stall!.seconds} s without a change)` : "";
      return fail(step, `successCriteria not met${waited}${why}: ${(step.successCriteria ?? []).map((c) => c.condition).join(" and ")}; got ${got}`, exchange);
    }
  }
  return { ok: true, steps: executed, requests, outputs: collect(steps) };

  function fail(step: Step, message: string, exchange?: Exchange): WorkflowResult {
    const operation = deps.validator.getOperation(step.operationId);
    return {
      ok: false,
      steps: executed,
      requests,
      outputs: collect(steps),
      failure: {
        stepId: step.stepId,
        operationId: operation.operationId,
        method: operation.method.toUpperCase(),
        path: operation.path,
        check: step["x-conform-check"] ?? "workflow_step",
        message: `workflow ${workflow.workflowId}, step ${step.stepId}: ${message}`,
        curl: exchange ? toCurl(exchange.request) : undefined,
        status: exchange?.response?.status,
        actual: exchange?.response?.body,
      },
    };
  }
}

function buildStepRequest(step: Step, scope: ExpressionScope, deps: WorkflowDeps, overrides: Record<string, string>) {
  const operation = deps.validator.getOperation(step.operationId);
  const pathParams: Record<string, string> = {};
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const param of operation.parameters) if (param.in === "path" && overrides[param.name] !== undefined) pathParams[param.name] = overrides[param.name]!;
  for (const param of step.parameters ?? []) {
    const value = evaluateValue(param.value, scope);
    if (value === undefined) throw new Error(`parameter ${param.name} evaluates to nothing`);
    const where = param.in ?? operation.parameters.find((p) => p.name === param.name)?.in ?? "query";
    const text = typeof value === "object" ? JSON.stringify(value) : String(value);
    if (where === "path") pathParams[param.name] = text;
    else if (where === "header") headers[param.name] = text;
    else query[param.name] = text;
  }
  const payload = step.requestBody?.payload === undefined ? undefined : evaluateValue(step.requestBody.payload, scope);
  const contentType = step.requestBody?.contentType ?? (payload === undefined ? undefined : "application/json");
  const credentials = applyCredentials(deps.document, deps.profile, operation, deps.credentials, "valid");
  return prepareRequest(deps.baseUrl, { method: operation.method.toUpperCase(), path: operation.path, pathParams, query, headers, body: payload, contentType }, credentials);
}

function criteriaMet(criteria: Step["successCriteria"], scope: ExpressionScope): boolean {
  if (!criteria || criteria.length === 0) {
    const status = scope.response?.status ?? 0;
    return status >= 200 && status < 300;
  }
  return criteria.every((c) => evaluateCriterion(c, scope));
}

function firstMatching(actions: Action[] | undefined, scope: ExpressionScope): Action | undefined {
  return (actions ?? []).find((a) => !a.criteria || a.criteria.length === 0 || criteriaMet(a.criteria, scope));
}

function stepOutputs(step: Step, scope: ExpressionScope): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, expression] of Object.entries(step.outputs ?? {})) out[name] = evaluateValue(expression, scope);
  for (const [name, spec] of Object.entries(step["x-outputs"] ?? {})) out[name] = evaluateExtraction(spec, scope);
  return out;
}

function findStep(workflow: Workflow, stepId: string | undefined): number {
  const index = workflow.steps.findIndex((s) => s.stepId === stepId);
  if (index < 0) throw new Error(`goto names unknown step ${stepId}`);
  return index;
}

function collect(steps: ExpressionScope["steps"]): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.entries(steps).map(([id, s]) => [id, s.outputs]));
}

function describeBody(body: unknown): string {
  if (body === undefined) return "";
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return ` ${text.length > 160 ? `${text.slice(0, 160)}...` : text}`;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
