/** --junit: JUnit XML, one testcase per operation x check, failures with their messages, all escaped. */
import type { CheckEvent, RunEvent, RunStartedEvent, RunSummary, SkippedEvent } from "../conform/events.js";
import type { Output } from "./output.js";
import type { Reporter } from "./reporter.js";

interface CaseTally {
  classname: string;
  name: string;
  failures: CheckEvent[];
  passed: number;
}

export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export class JunitReporter implements Reporter {
  private started?: RunStartedEvent;
  private summary?: RunSummary;
  private readonly cases = new Map<string, CaseTally>();
  private readonly skipped: SkippedEvent[] = [];

  constructor(private readonly out: Output, private readonly filePath: string) {}

  onEvent(event: RunEvent): void {
    if (event.type === "run-started") this.started = event;
    else if (event.type === "check") {
      const classname = `${this.started?.api ?? "api"}.${event.operationId}${event.method ? `.${event.method}` : ""}`;
      const key = `${classname}#${event.check}`;
      let tally = this.cases.get(key);
      if (!tally) {
        tally = { classname, name: event.check, failures: [], passed: 0 };
        this.cases.set(key, tally);
      }
      if (event.outcome === "failed") tally.failures.push(event);
      else tally.passed++;
    } else if (event.type === "skipped") this.skipped.push(event);
    else if (event.type === "run-finished") this.summary = event.summary;
  }

  render(): string {
    const api = escapeXml(this.started?.api ?? "api");
    const cases = [...this.cases.values()];
    const failed = cases.filter((c) => c.failures.length > 0).length;
    const skippedOps = new Map<string, SkippedEvent>();
    for (const s of this.skipped) skippedOps.set(`${s.operationId}.${s.method}`, s);
    const lines = [
      `<?xml version="1.0" encoding="UTF-8"?>`,
      `<testsuites name="conform" tests="${cases.length + skippedOps.size}" failures="${failed}" time="${((this.summary?.durationMs ?? 0) / 1000).toFixed(3)}">`,
      `  <testsuite name="${api}" tests="${cases.length + skippedOps.size}" failures="${failed}" skipped="${skippedOps.size}">`,
    ];
    for (const c of cases) {
      const open = `    <testcase classname="${escapeXml(c.classname)}" name="${escapeXml(c.name)}"`;
      if (c.failures.length === 0) {
        lines.push(`${open}/>`);
        continue;
      }
      lines.push(`${open}>`);
      const first = c.failures[0]!.failure!;
      const body = c.failures
        .map((f) => [f.failure!.message, f.failure!.pointer ? `at ${f.failure!.pointer}` : "", f.failure!.expected !== undefined ? `expected: ${JSON.stringify(f.failure!.expected)}` : "", f.failure!.actual !== undefined ? `actual: ${JSON.stringify(f.failure!.actual)}` : "", f.failure!.curl ? `reproduce: ${f.failure!.curl}` : ""].filter(Boolean).join("\n"))
        .join("\n\n");
      lines.push(`      <failure message="${escapeXml(first.message)}" type="${escapeXml(c.name)}">${escapeXml(body)}</failure>`);
      lines.push(`    </testcase>`);
    }
    for (const [key, s] of skippedOps) {
      lines.push(`    <testcase classname="${escapeXml(`${this.started?.api ?? "api"}.${key}`)}" name="skipped"><skipped message="${escapeXml(s.reason)}"/></testcase>`);
    }
    lines.push(`  </testsuite>`, `</testsuites>`, "");
    return lines.join("\n");
  }

  async finish(): Promise<void> {
    await this.out.file(this.filePath, this.render());
  }
}
