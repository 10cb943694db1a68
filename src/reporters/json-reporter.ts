/**
 * --report-json: the run as one JSON document (schema documented in docs and in
 * JSON_REPORT_SCHEMA below): summary, per-operation counts, failures with curl, skips,
 * workflows and cleanup.
 */
import type { CheckEvent, CleanupEvent, RunEvent, RunStartedEvent, SkippedEvent, WorkflowEvent } from "../conform/events.js";
import type { Output } from "./output.js";
import type { Reporter } from "./reporter.js";
import { OperationTallies } from "./tally-operations.js";

export const JSON_REPORT_VERSION = 1;

/** JSON Schema of the report file (kept with the code that writes it). */
export const JSON_REPORT_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "cluster-api-contracts conform report",
  type: "object",
  required: ["reportVersion", "api", "baseUrl", "seed", "summary", "operations", "failures", "skipped", "workflows", "cleanup"],
  properties: {
    reportVersion: { const: JSON_REPORT_VERSION },
    api: { type: "string" },
    baseUrl: { type: "string" },
    seed: { type: "integer" },
    phases: { type: "array", items: { type: "string" } },
    checksEnabled: { type: "array", items: { type: "string" } },
    summary: {
      type: "object",
      required: ["checks", "passed", "failed", "skipped"],
      properties: {
        checks: { type: "integer" }, passed: { type: "integer" }, failed: { type: "integer" }, skipped: { type: "integer" },
        requests: { type: "integer" }, cases: { type: "integer" }, workflows: { type: "integer" }, durationMs: { type: "integer" },
        leftovers: { type: "array", items: { type: "string" } }, aborted: { type: "string" },
      },
    },
    operations: {
      type: "array",
      items: {
        type: "object",
        required: ["operationId", "method", "path", "passed", "failed", "checks"],
        properties: {
          operationId: { type: "string" }, method: { type: "string" }, path: { type: "string" }, passed: { type: "integer" }, failed: { type: "integer" },
          checks: { type: "object", additionalProperties: { type: "object", properties: { passed: { type: "integer" }, failed: { type: "integer" } } } },
        },
      },
    },
    failures: {
      type: "array",
      items: {
        type: "object",
        required: ["operationId", "method", "path", "check", "message"],
        properties: {
          operationId: { type: "string" }, method: { type: "string" }, path: { type: "string" }, check: { type: "string" }, message: { type: "string" },
          pointer: { type: "string" }, expected: {}, actual: {}, curl: { type: "string" }, status: { type: "integer" },
          caseId: { type: "string" }, description: { type: "string" }, workflowId: { type: "string" },
        },
      },
    },
    skipped: { type: "array", items: { type: "object", required: ["operationId", "method", "path", "reason"] } },
    workflows: { type: "array", items: { type: "object", required: ["workflowId", "outcome"] } },
    cleanup: { type: "array", items: { type: "object", required: ["resource", "outcome"] } },
  },
} as const;

export class JsonReporter implements Reporter {
  private started?: RunStartedEvent;
  private readonly tallies = new OperationTallies();
  private readonly failures: CheckEvent[] = [];
  private readonly skipped: SkippedEvent[] = [];
  private readonly workflows: WorkflowEvent[] = [];
  private readonly cleanup: CleanupEvent[] = [];
  private document?: unknown;

  constructor(private readonly out: Output, private readonly filePath: string) {}

  onEvent(event: RunEvent): void {
    if (event.type === "run-started") this.started = event;
    else if (event.type === "check") {
      this.tallies.add(event);
      if (event.outcome === "failed") this.failures.push(event);
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
          operationId: t.operationId, method: t.method, path: t.path, passed: t.passed, failed: t.failed,
          checks: Object.fromEntries([...t.checks.values()].map((c) => [c.check, { passed: c.passed, failed: c.failed }])),
        })),
        failures: this.failures.map((f) => ({
          operationId: f.operationId, method: f.method, path: f.path, check: f.check, message: f.failure!.message,
          pointer: f.failure!.pointer, expected: f.failure!.expected, actual: f.failure!.actual, curl: f.failure!.curl, status: f.failure!.status,
          caseId: f.caseId, description: f.description, workflowId: f.workflowId,
        })),
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
