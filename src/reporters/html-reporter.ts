/**
 * --report-html: the run as one self-contained HTML page (inline CSS and a few lines of inline
 * JS, a Content-Security-Policy that allows no network access): summary, a matrix of operations
 * x checks, every failure with its request, the answer, the violated rule and a curl line, the
 * workflows with their steps and timings, skips and cleanup.
 *
 * Everything shown comes from run events (response values come from untrusted servers): each
 * text is masked through `Output.mask` and HTML-escaped before it is placed, and the file is
 * written through `Output.file` (masked again).
 *
 * This class only collects events; each section of the page is rendered by its own file under
 * ./html/ (page, summary, matrix, failures, workflows, skipped, cleanup; escape for the text).
 */
import type { CheckEvent, CleanupEvent, ExchangeEvent, RunEvent, RunStartedEvent, RunSummary, SkippedEvent, WorkflowEvent } from "../conform/events.js";
import { renderCleanup } from "./html/cleanup.js";
import { createText, type Text } from "./html/escape.js";
import { renderFailures } from "./html/failures.js";
import { renderMatrix, type OperationRow } from "./html/matrix.js";
import { renderPage } from "./html/page.js";
import { renderSkipped } from "./html/skipped.js";
import { renderSummary } from "./html/summary.js";
import { renderWorkflows } from "./html/workflows.js";
import type { Output } from "./output.js";
import type { Reporter } from "./reporter.js";

export { escapeHtml } from "./html/escape.js";
export { parseCurl } from "./html/parse-curl.js";

export class HtmlReporter implements Reporter {
  private started?: RunStartedEvent;
  private summary?: RunSummary;
  private readonly operations = new Map<string, OperationRow>();
  private readonly findings: CheckEvent[] = [];
  private readonly skipped: SkippedEvent[] = [];
  private readonly workflows: WorkflowEvent[] = [];
  private readonly steps: ExchangeEvent[] = [];
  private readonly cleanup: CleanupEvent[] = [];
  private readonly checks = new Set<string>();
  /** Mask, then escape: the only way text gets into the page. */
  private readonly t: Text;

  constructor(private readonly out: Output, private readonly filePath: string) {
    this.t = createText(out);
  }

  onEvent(event: RunEvent): void {
    switch (event.type) {
      case "run-started":
        this.started = event;
        for (const check of event.checks) this.checks.add(check);
        break;
      case "check": {
        this.checks.add(event.check);
        const counts = this.row(event).counts;
        const byOutcome = counts.get(event.check) ?? new Map<string, number>();
        const outcome = String(event.outcome);
        byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
        counts.set(event.check, byOutcome);
        if (outcome !== "passed") this.findings.push(event);
        break;
      }
      case "skipped":
        this.row(event).skipped++;
        this.skipped.push(event);
        break;
      case "exchange":
        if (event.kind === "workflow") this.steps.push(event);
        break;
      case "workflow":
        this.workflows.push(event);
        break;
      case "cleanup":
        this.cleanup.push(event);
        break;
      case "run-finished":
        this.summary = event.summary;
        break;
    }
  }

  async finish(): Promise<void> {
    if (this.started || this.summary) await this.out.file(this.filePath, this.render());
  }

  private row(event: { operationId: string; method: string; path: string }): OperationRow {
    const key = `${event.operationId} ${event.method}`;
    let row = this.operations.get(key);
    if (!row) {
      row = { operationId: event.operationId, method: event.method, path: event.path, counts: new Map(), skipped: 0 };
      this.operations.set(key, row);
    }
    return row;
  }

  render(): string {
    const t = this.t;
    return renderPage(t, this.started, this.summary, [
      renderSummary(t, this.summary),
      renderMatrix(t, [...this.checks], [...this.operations.values()]),
      renderFailures(t, this.findings),
      renderWorkflows(t, this.workflows, this.steps),
      renderSkipped(t, this.skipped),
      renderCleanup(t, this.cleanup),
    ]);
  }
}
