/**
 * The events a conformance run emits, in order: run-started, then exchange / check / skipped /
 * workflow / cleanup events as they happen, then run-finished. Reporters consume only these.
 */

export type CheckOutcome = "passed" | "failed";

export interface FailureDetail {
  message: string;
  /** JSON pointer into the response (or request) where the problem is. */
  pointer?: string;
  expected?: unknown;
  actual?: unknown;
  /** A curl command that sends the request again. */
  curl?: string;
  status?: number;
}

export interface RunStartedEvent {
  type: "run-started";
  api: string;
  baseUrl: string;
  seed: number;
  phases: string[];
  checks: string[];
  caseCount: number;
  workflowCount: number;
  operationCount: number;
}

export interface ExchangeEvent {
  type: "exchange";
  caseId: string;
  /** Case kind, or "workflow" for a workflow step. */
  kind: string;
  operationId: string;
  method: string;
  path: string;
  status: number | undefined;
  durationMs: number;
}

export interface CheckEvent {
  type: "check";
  check: string;
  outcome: CheckOutcome;
  operationId: string;
  method: string;
  path: string;
  caseId: string;
  /** Why the case was sent (e.g. "body /name: length 0 (minLength-1)"). */
  description: string;
  workflowId?: string;
  failure?: FailureDetail;
}

export interface SkippedEvent {
  type: "skipped";
  operationId: string;
  method: string;
  path: string;
  caseId: string;
  reason: string;
  workflowId?: string;
}

export interface WorkflowEvent {
  type: "workflow";
  workflowId: string;
  outcome: "passed" | "failed" | "skipped";
  steps: number;
  requests: number;
  durationMs: number;
  message?: string;
}

export interface CleanupEvent {
  type: "cleanup";
  resource: string;
  outcome: "deleted" | "already-gone" | "failed" | "not-deletable";
  message?: string;
}

export interface RunSummary {
  checks: number;
  passed: number;
  failed: number;
  skipped: number;
  requests: number;
  cases: number;
  workflows: number;
  durationMs: number;
  /** Resources the run created and could not delete. */
  leftovers: string[];
  /** Set when the run stopped early (deadline, interrupt). */
  aborted?: string;
}

export interface RunFinishedEvent {
  type: "run-finished";
  summary: RunSummary;
}

export type RunEvent = RunStartedEvent | ExchangeEvent | CheckEvent | SkippedEvent | WorkflowEvent | CleanupEvent | RunFinishedEvent;

export type EmitEvent = (event: RunEvent) => void;
