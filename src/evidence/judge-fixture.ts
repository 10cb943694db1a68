/**
 * Judge one evidence fixture with a spec, as the real server judged it: a request body or a
 * recorded request is checked against the operation's input rules, a response body or a
 * recorded response against the documented response for its status.
 */
import type { SpecValidator } from "../validate/spec-validator.js";
import type { Finding } from "../validate/finding.js";
import type { FixtureEntry, RecordedExchange } from "./manifest.js";

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

function judgeExchange(validator: SpecValidator, operationId: string, exchange: RecordedExchange): Finding[] {
  const { request, response } = exchange;
  const op = validator.getOperation(operationId);
  const { match } = validator.router.match(request.method.toLowerCase(), request.path.split("?")[0] ?? "");
  if (!match || match.operation.operationId !== op.operationId) {
    return [{ pointer: "", keyword: "operation", message: `request ${request.method} ${request.path} is not operation ${operationId}` }];
  }
  const pathParams = match.pathParams;
  const headers = lowerKeys(request.headers);
  const requestFindings = validator.validateRequest(operationId, {
    pathParams,
    query: request.query,
    headers,
    body: request.body,
    contentType: first(headers["content-type"]) ?? (request.body === undefined ? undefined : "application/json"),
  }).map((f) => ({ ...f, message: `request: ${f.message}` }));
  const responseHeaders = lowerKeys(response.headers);
  const responseFindings = validator.validateResponse(operationId, {
    status: response.status,
    headers: responseHeaders,
    body: response.body,
    contentType: first(responseHeaders["content-type"]),
  }).map((f) => ({ ...f, message: `response: ${f.message}` }));
  return requestFindings.concat(responseFindings);
}

export function isWarning(finding: Finding): boolean {
  return finding.keyword === "x-known-values" || (finding as { severity?: string }).severity === "warning";
}

function lowerKeys(headers: Record<string, string | string[]> | undefined): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
