/**
 * The events a conformance run emits, in order: run-started, then exchange / check / skipped /
 * workflow / cleanup events as they happen, then run-finished. Reporters consume only these.
 */

/**
 * passed / failed as usual; warning: an `x-known-values` finding (never a failure); known: a
 * finding matched by an --expect-differences entry (not a failure); stale: an
 * --expect-differences entry that matched no finding (a failure, so the file cannot rot).
 */
export type CheckOutcome = "passed" | "failed" | "warning" | "known" | "stale";

/** The --expect-differences entry a known (or stale) outcome comes from. */
export interface DifferenceRef {
  operation: string;
  check: string;
  match?: string;
  reason: string;
  source?: string;
}

export interface FailureDetail {
  message: string;
  /** JSON pointer into the response (or request) where the problem is. */
  pointer?: string;
  expected?: unknown;
  actual?: unknown;
  /** A curl command that sends the request again. */
  curl?: string;
  status?: number;
  /** The JSON Schema keyword (or status / content-type / header) of the finding. */
  keyword?: string;
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
  /** What kind of target this is (real, fake, mock) and how that was found out. */
  target?: { kind: TargetKind; detectedBy: string };
  /** What the target kind leaves out, one line each. */
  notes?: string[];
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
  /** Present unless outcome is "passed". */
  failure?: FailureDetail;
  /** For outcome known / stale. */
  difference?: DifferenceRef;
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
  /** incomplete: cut short by an interrupt, the deadline or a lost target (not a finding). */
  outcome: "passed" | "failed" | "skipped" | "incomplete";
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

/** The run stops early: printed at once ("stopping: cleaning up N resources (at most 10 s)"). */
export interface StoppingEvent {
  type: "stopping";
  reason: string;
  resources: number;
  /** Creates sent before the stop and not answered yet: they may still add resources. */
  createsInFlight?: number;
  budgetSeconds: number;
}

/** Why a run is INCOMPLETE and what did not run. */
export interface Incomplete {
  /** "interrupted (SIGINT)", "deadline of 900 s reached", "target lost: ECONNREFUSED ..." */
  reason: string;
  casesNotRun: number;
  workflowsNotRun: number;
  /** Operations with at least one case that did not run. */
  operationsNotRun: string[];
}

export interface CleanupCounts {
  deleted: number;
  alreadyGone: number;
  failed: number;
  notDeletable: number;
}

export interface RunSummary {
  /** passed: every planned check ran and none failed; failed: a check failed (or a stale difference); incomplete: see `incomplete`. */
  verdict: "passed" | "failed" | "incomplete";
  checks: number;
  passed: number;
  failed: number;
  warnings: number;
  known: number;
  stale: number;
  skipped: number;
  requests: number;
  cases: number;
  workflows: number;
  durationMs: number;
  /** Resources the run created and could not delete. */
  leftovers: string[];
  /** Set when the run stopped early (deadline, interrupt, target lost); same text as incomplete.reason. */
  aborted?: string;
  incomplete?: Incomplete;
  cleanup: CleanupCounts;
  /** The kind of target the run judged (real, fake, mock) and how it was known. */
  target?: { kind: TargetKind; detectedBy: string };
}

export type TargetKind = "real" | "fake" | "mock";

export interface RunFinishedEvent {
  type: "run-finished";
  summary: RunSummary;
}

export type RunEvent = RunStartedEvent | ExchangeEvent | CheckEvent | SkippedEvent | WorkflowEvent | CleanupEvent | StoppingEvent | RunFinishedEvent;

export type EmitEvent = (event: RunEvent) => void;
