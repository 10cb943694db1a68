/**
 * Judge one evidence fixture with a spec, as the real server judged it: a request body or a
 * recorded request is checked against the operation's input rules, a response body or a
 * recorded response against the documented response for its status.
 */
import type { SpecValidator } from "../validate/spec-validator.js";
import type { Finding } from "../validate/finding.js";
import type { FixtureEntry, RecordedExchange } from "./manifest.js";
import { validateExchange } from "./validate-exchange.js";

export interface Judgement {
  /** The fixture text did not parse as JSON (a server reading JSON rejects it too). */
  unparsable?: string;
  /** Findings that break the spec. */
  errors: Finding[];
  /** Findings the spec marks as warnings (values outside x-known-values). */
  warnings: Finding[];
  /** What the spec says the real server does: accepted when nothing breaks the spec. */
  verdict: "accepted" | "rejected";
}

export function judgeFixture(validator: SpecValidator, entry: FixtureEntry, text: string): Judgement {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { unparsable: (error as Error).message, errors: [], warnings: [], verdict: "rejected" };
  }
  const findings = findingsFor(validator, entry, value);
  const errors = findings.filter((f) => !isWarning(f));
  return { errors, warnings: findings.filter(isWarning), verdict: errors.length === 0 ? "accepted" : "rejected" };
}

function findingsFor(validator: SpecValidator, entry: FixtureEntry, value: unknown): Finding[] {
  switch (entry.kind) {
    case "request":
      return validator.validateRequest(entry.operation, {
        pathParams: entry.params?.path,
        query: entry.params?.query,
        body: value,
        contentType: "application/json",
      }).filter((f) => !isParameterPresence(f, entry));
    case "response":
      return validator.validateResponseBody(entry.operation, entry.status, value, "application/json");
    case "exchange":
      return judgeExchange(validator, entry.operation, value as RecordedExchange);
  }
}

/** A body-only fixture carries no parameters unless the manifest gives them: absent ones are not findings. */
function isParameterPresence(finding: Finding, entry: FixtureEntry): boolean {
  return finding.keyword === "required" && /^\/(path|query|header)\//.test(finding.pointer) && !entry.params;
}

/** A recorded exchange is judged by the same rules the recording proxy applies live. */
function judgeExchange(validator: SpecValidator, operationId: string, exchange: RecordedExchange): Finding[] {
  return validateExchange(validator, exchange, operationId).violations.map((v) => ({
    pointer: v.where,
    keyword: v.rule,
    message: `${v.direction}: ${v.message}`,
    ...(v.severity === "warning" ? { severity: "warning" as const } : {}),
  }));
}

export function isWarning(finding: Finding): boolean {
  return finding.keyword === "x-known-values" || finding.severity === "warning";
}
