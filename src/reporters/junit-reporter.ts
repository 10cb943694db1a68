/**
 * --junit: JUnit XML, one testcase per operation x check, failures with their messages, all
 * escaped. Besides that:
 *   - known differences: a testcase "<check> [known]" with <skipped message="known difference: ...">
 *   - warnings (x-known-values): a passing testcase "<check> [warning]" with a property
 *     outcome=warning and the messages in <system-out>
 *   - stale --expect-differences entries: a failing testcase (failure type "stale")
 *   - an INCOMPLETE run: a testcase "<api>.run / complete" with an <error type="incomplete">
 */
import type { CheckEvent, RunEvent, RunStartedEvent, RunSummary, SkippedEvent } from "../conform/events.js";
import type { Output } from "./output.js";
import type { Reporter } from "./reporter.js";

interface CaseTally {
  classname: string;
  name: string;
  failures: CheckEvent[];
  known: CheckEvent[];
  warnings: CheckEvent[];
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
        tally = { classname, name: event.check, failures: [], known: [], warnings: [], passed: 0 };
        this.cases.set(key, tally);
      }
      if (event.outcome === "failed" || event.outcome === "stale") tally.failures.push(event);
      else if (event.outcome === "known") tally.known.push(event);
      else if (event.outcome === "warning") tally.warnings.push(event);
      else tally.passed++;
    } else if (event.type === "skipped") this.skipped.push(event);
    else if (event.type === "run-finished") this.summary = event.summary;
  }

  render(): string {
    const api = this.started?.api ?? "api";
    const body: string[] = [];
    let tests = 0;
    let failures = 0;
    let skipped = 0;
    let errors = 0;
    for (const c of this.cases.values()) {
      const open = (name: string) => `    <testcase classname="${escapeXml(c.classname)}" name="${escapeXml(name)}"`;
      if (c.passed > 0 || c.failures.length > 0) {
        tests++;
        if (c.failures.length === 0) body.push(`${open(c.name)}/>`);
        else {
          failures++;
          const first = c.failures[0]!;
          const text = c.failures.map((f) => describe(f)).join("\n\n");
          body.push(`${open(c.name)}>`, `      <failure message="${escapeXml(first.failure!.message)}" type="${first.outcome === "stale" ? "stale" : escapeXml(c.name)}">${escapeXml(text)}</failure>`, `    </testcase>`);
        }
      }
      if (c.known.length > 0) {
        tests++;
        skipped++;
        const reason = c.known[0]!.difference?.reason ?? "";
        body.push(`${open(`${c.name} [known]`)}>`, `      <skipped message="${escapeXml(`known difference: ${reason}`)}"/>`, `      <system-out>${escapeXml(c.known.map((k) => describe(k)).join("\n\n"))}</system-out>`, `    </testcase>`);
      }
      if (c.warnings.length > 0) {
        tests++;
        body.push(
          `${open(`${c.name} [warning]`)}>`,
          `      <properties><property name="outcome" value="warning"/><property name="count" value="${c.warnings.length}"/></properties>`,
          `      <system-out>${escapeXml(c.warnings.map((w) => describe(w)).join("\n\n"))}</system-out>`,
          `    </testcase>`,
        );
      }
    }
    const skippedOps = new Map<string, SkippedEvent>();
    for (const s of this.skipped) skippedOps.set(`${s.operationId}.${s.method}`, s);
    for (const [key, s] of skippedOps) {
      tests++;
      skipped++;
      body.push(`    <testcase classname="${escapeXml(`${api}.${key}`)}" name="skipped"><skipped message="${escapeXml(s.reason)}"/></testcase>`);
    }
    const incomplete = this.summary?.incomplete;
    if (incomplete) {
      tests++;
      errors++;
      const message = `INCOMPLETE: ${incomplete.reason}; did not run: ${incomplete.casesNotRun} cases, ${incomplete.workflowsNotRun} workflows`;
      body.push(`    <testcase classname="${escapeXml(`${api}.run`)}" name="complete">`, `      <error message="${escapeXml(message)}" type="incomplete">${escapeXml(`operations not fully run: ${incomplete.operationsNotRun.join(", ") || "-"}`)}</error>`, `    </testcase>`);
    }
    const time = ((this.summary?.durationMs ?? 0) / 1000).toFixed(3);
    return [
      `<?xml version="1.0" encoding="UTF-8"?>`,
      `<testsuites name="conform" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${time}">`,
      `  <testsuite name="${escapeXml(api)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${time}">`,
      ...body,
      `  </testsuite>`,
      `</testsuites>`,
      "",
    ].join("\n");
  }

  async finish(): Promise<void> {
    await this.out.file(this.filePath, this.render());
  }
}

function describe(f: CheckEvent): string {
  const d = f.failure;
  if (!d) return f.caseId;
  return [
    d.message,
    d.pointer ? `at ${d.pointer}` : "",
    d.expected !== undefined ? `expected: ${JSON.stringify(d.expected)}` : "",
    d.actual !== undefined ? `actual: ${JSON.stringify(d.actual)}` : "",
    f.difference ? `known difference: ${f.difference.reason}${f.difference.source ? ` (source: ${f.difference.source})` : ""}` : "",
    d.curl ? `reproduce: ${d.curl}` : "",
  ].filter(Boolean).join("\n");
}
