/** The Arazzo 1.0 shapes the runner reads, plus the few `x-` extensions it understands. */

export interface Criterion {
  condition: string;
  context?: string;
  /** simple (default), regex, jsonpath, or a Criterion Expression Type Object `{type, version}`. */
  type?: "simple" | "regex" | "jsonpath" | string | { type: string; version?: string };
}

export interface Action {
  name?: string;
  type: "end" | "goto" | "retry";
  stepId?: string;
  /** Seconds before a retry (the first interval; later ones grow with x-backoff). */
  retryAfter?: number;
  retryLimit?: number;
  criteria?: Criterion[];
}

export interface StepParameter {
  name: string;
  in?: "path" | "query" | "header" | "cookie";
  value: unknown;
}

export interface Step {
  stepId: string;
  description?: string;
  operationId: string;
  parameters?: StepParameter[];
  requestBody?: { contentType?: string; payload?: unknown };
  successCriteria?: Criterion[];
  onSuccess?: Action[];
  onFailure?: Action[];
  outputs?: Record<string, string>;
  /** Extension: outputs extracted with a regex, `{name: {x-from: expr, x-pattern: re}}`. */
  "x-outputs"?: Record<string, unknown>;
  /** Extension: the check a failure of this step is reported under (default workflow_step). */
  "x-conform-check"?: string;
  /** Extension: the polling deadline of this step in seconds. */
  "x-deadline"?: number;
  /** Extension: factor by which the retry interval grows (default 1.5). */
  "x-backoff"?: number;
  /** Extension: the longest retry interval in seconds (default 2). */
  "x-max-interval"?: number;
}

export interface Workflow {
  workflowId: string;
  summary?: string;
  description?: string;
  inputs?: { type?: string; properties?: Record<string, { type?: string; default?: unknown; "x-unique"?: boolean }> };
  steps: Step[];
  outputs?: Record<string, string>;
  /** Extension: a workflow only run to tear down what others created (not run as a test). */
  "x-teardown"?: boolean;
}

/** Extension at the document root: after a 2xx of `operationId`, run `workflowId` at the end of the run. */
export interface CleanupRule {
  operationId: string;
  /** Only for these statuses (default: any 2xx). */
  status?: number[];
  workflowId?: string;
  inputs?: Record<string, unknown>;
  /** What to report when the API offers no way to delete the resource. */
  "x-not-deletable"?: string;
  /** A label for reports, e.g. "service {$inputs.name}". */
  label?: string;
}

export interface ArazzoDocument {
  arazzo: string;
  info: { title: string; version: string };
  sourceDescriptions: Array<{ name: string; url: string; type?: string }>;
  workflows: Workflow[];
  "x-cleanup"?: CleanupRule[];
}
