/**
 * --report-json: the run as one JSON document (schema documented in docs/conform.md and in
 * JSON_REPORT_SCHEMA below): summary (verdict passed | failed | incomplete, and for an
 * incomplete run what did not run), per-operation counts, failures (failed and stale) with
 * curl, warnings, known differences, skips, workflows and cleanup.
 */
import type { CheckEvent, CleanupEvent, RunEvent, RunStartedEvent, SkippedEvent, WorkflowEvent } from "../conform/events.js";
import type { Output } from "./output.js";
import type { Reporter } from "./reporter.js";
import { OperationTallies } from "./tally-operations.js";

export const JSON_REPORT_VERSION = 2;

const FINDING = {
  type: "object",
  required: ["operationId", "method", "path", "check", "outcome", "message"],
  properties: {
    operationId: { type: "string" }, method: { type: "string" }, path: { type: "string" }, check: { type: "string" },
    outcome: { enum: ["failed", "stale", "warning", "known"] }, message: { type: "string" },
    pointer: { type: "string" }, expected: {}, actual: {}, curl: { type: "string" }, status: { type: "integer" }, keyword: { type: "string" },
    caseId: { type: "string" }, description: { type: "string" }, workflowId: { type: "string" },
    difference: { type: "object", required: ["operation", "check", "reason"], properties: { operation: { type: "string" }, check: { type: "string" }, match: { type: "string" }, reason: { type: "string" }, source: { type: "string" } } },
  },
} as const;

const COUNTS = { passed: { type: "integer" }, failed: { type: "integer" }, warning: { type: "integer" }, known: { type: "integer" }, stale: { type: "integer" } } as const;

/** JSON Schema of the report file (kept with the code that writes it). */
export const JSON_REPORT_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "cluster-api-contracts conform report",
  type: "object",
  required: ["reportVersion", "api", "baseUrl", "seed", "summary", "operations", "failures", "warnings", "known", "skipped", "workflows", "cleanup"],
  properties: {
    reportVersion: { const: JSON_REPORT_VERSION },
    api: { type: "string" },
    baseUrl: { type: "string" },
    seed: { type: "integer" },
    phases: { type: "array", items: { type: "string" } },
    checksEnabled: { type: "array", items: { type: "string" } },
    summary: {
      type: "object",
      required: ["verdict", "checks", "passed", "failed", "warnings", "known", "stale", "skipped", "cleanup"],
      properties: {
        verdict: { enum: ["passed", "failed", "incomplete"] },
        checks: { type: "integer" }, passed: { type: "integer" }, failed: { type: "integer" }, warnings: { type: "integer" }, known: { type: "integer" },
        stale: { type: "integer" }, skipped: { type: "integer" },
        requests: { type: "integer" }, cases: { type: "integer" }, workflows: { type: "integer" }, durationMs: { type: "integer" },
        leftovers: { type: "array", items: { type: "string" } }, aborted: { type: "string" },
        incomplete: {
          type: "object",
          required: ["reason", "casesNotRun", "workflowsNotRun", "operationsNotRun"],
          properties: { reason: { type: "string" }, casesNotRun: { type: "integer" }, workflowsNotRun: { type: "integer" }, operationsNotRun: { type: "array", items: { type: "string" } } },
        },
        cleanup: { type: "object", properties: { deleted: { type: "integer" }, alreadyGone: { type: "integer" }, failed: { type: "integer" }, notDeletable: { type: "integer" } } },
        target: { type: "object", properties: { kind: { enum: ["real", "fake", "mock"] }, detectedBy: { type: "string" } } },
      },
    },
    operations: {
      type: "array",
      items: {
        type: "object",
        required: ["operationId", "method", "path", "passed", "failed", "checks"],
        properties: {
          operationId: { type: "string" }, method: { type: "string" }, path: { type: "string" }, ...COUNTS,
          checks: { type: "object", additionalProperties: { type: "object", properties: COUNTS } },
        },
      },
    },
    /** Outcome failed or stale: these make the run fail. */
    failures: { type: "array", items: FINDING },
    /** Outcome warning (x-known-values): never a failure. */
    warnings: { type: "array", items: FINDING },
    /** Outcome known (matched an --expect-differences entry): never a failure. */
    known: { type: "array", items: FINDING },
    skipped: { type: "array", items: { type: "object", required: ["operationId", "method", "path", "reason"] } },
    workflows: { type: "array", items: { type: "object", required: ["workflowId", "outcome"] } },
    cleanup: { type: "array", items: { type: "object", required: ["resource", "outcome"] } },
  },
} as const;

export class JsonReporter implements Reporter {
  private started?: RunStartedEvent;
  private readonly tallies = new OperationTallies();
  private readonly failures: CheckEvent[] = [];
  private readonly warnings: CheckEvent[] = [];
  private readonly known: CheckEvent[] = [];
  private readonly skipped: SkippedEvent[] = [];
  private readonly workflows: WorkflowEvent[] = [];
  private readonly cleanup: CleanupEvent[] = [];
  private document?: unknown;

  constructor(private readonly out: Output, private readonly filePath: string) {}

  onEvent(event: RunEvent): void {
    if (event.type === "run-started") this.started = event;
    else if (event.type === "check") {
      this.tallies.add(event);
      if (event.outcome === "failed" || event.outcome === "stale") this.failures.push(event);
      else if (event.outcome === "warning") this.warnings.push(event);
      else if (event.outcome === "known") this.known.push(event);
    } else if (event.type === "skipped") this.skipped.push(event);
    else if (event.type === "workflow") this.workflows.push(event);
    else if (event.type === "cleanup") this.cleanup.push(event);
    else if (event.type === "run-finished") {
      this.document = {
        reportVersion: JSON_REPORT_VERSION,
        api: this.started?.api ?? "",
        baseUrl: this.started?.baseUrl ?? "",
        seed: this.started?.seed ?? 0,
        phases: this.started?.phases ?? [],
        checksEnabled: this.started?.checks ?? [],
        summary: event.summary,
        operations: this.tallies.list().map((t) => ({
          operationId: t.operationId, method: t.method, path: t.path, passed: t.passed, failed: t.failed, warning: t.warning, known: t.known, stale: t.stale,
          checks: Object.fromEntries([...t.checks.values()].map(({ check, ...counts }) => [check, counts])),
        })),
        failures: this.failures.map(finding),
        warnings: this.warnings.map(finding),
        known: this.known.map(finding),
        skipped: this.skipped.map(({ type: _type, ...rest }) => rest),
        workflows: this.workflows.map(({ type: _type, ...rest }) => rest),
        cleanup: this.cleanup.map(({ type: _type, ...rest }) => rest),
      };
    }
  }

  async finish(): Promise<void> {
    if (this.document) await this.out.file(this.filePath, `${JSON.stringify(this.document, null, 2)}\n`);
  }
}

function finding(f: CheckEvent) {
  return {
    operationId: f.operationId, method: f.method, path: f.path, check: f.check, outcome: f.outcome, message: f.failure?.message ?? "",
    pointer: f.failure?.pointer, expected: f.failure?.expected, actual: f.failure?.actual, curl: f.failure?.curl, status: f.failure?.status,
    keyword: f.failure?.keyword, caseId: f.caseId, description: f.description, workflowId: f.workflowId, difference: f.difference,
  };
}
