/**
 * Validate one HTTP exchange (live through the proxy, or read back from a recording) against a
 * spec: route it to its operation, check the request (security presence, parameters, body) and
 * the response (status, headers, content type, body). Each violation is a value that names its
 * operation, direction, rule and JSON pointer; `x-known-values` findings are warnings.
 */
import type { SpecValidator } from "../validate/spec-validator.js";
import type { Finding } from "../validate/finding.js";
import type { OperationInfo } from "../spec/index-operations.js";
import type { RecordedExchange } from "./manifest.js";

export type Direction = "request" | "response";

export interface ExchangeViolation {
  /** operationId, or "(unrouted)" when no operation matches the method and path. */
  operation: string;
  direction: Direction;
  /** The failed rule: a JSON Schema keyword, or route / security / status / content-type / header / json / body. */
  rule: string;
  /** JSON pointer into the validated part ("" = the whole body; /query/x, /path/x, /header/x, /headers/X). */
  where: string;
  message: string;
  severity: "error" | "warning";
}

export interface ExchangeVerdict {
  operationId?: string;
  violations: ExchangeViolation[];
}

export const UNROUTED = "(unrouted)";

type Headers = Record<string, string | string[] | undefined>;

export function validateExchange(validator: SpecValidator, exchange: RecordedExchange, operationId?: string): ExchangeVerdict {
  const { request, response } = exchange;
  const pathname = request.path.split("?")[0] ?? "";
  const { match, allowed } = validator.router.match(request.method.toLowerCase(), pathname);
  if (!match || (operationId !== undefined && match.operation.operationId !== operationId)) {
    const message = !match
      ? allowed.length > 0
        ? `${request.method} is not documented for ${pathname} (documented: ${allowed.join(", ").toUpperCase()})`
        : `no operation has the path ${pathname}`
      : `${request.method} ${pathname} is ${match.operation.operationId}, not ${operationId}`;
    return { operationId, violations: [{ operation: operationId ?? UNROUTED, direction: "request", rule: "route", where: "", message, severity: "error" }] };
  }
  const op = match.operation;
  const violations: ExchangeViolation[] = [];
  const add = (direction: Direction, findings: Finding[]) => {
    for (const f of findings) violations.push(toViolation(op.operationId, direction, f));
  };
  const headers = lowerKeys(request.headers);
  const contentType = first(headers["content-type"]) ?? (request.body === undefined ? undefined : "application/json");
  add("request", checkSecurity(validator, op, headers, request.query ?? {}));
  add("request", validator.validateRequest(op.operationId, { pathParams: match.pathParams, query: request.query ?? {}, headers, body: request.body, contentType }));
  const responseHeaders = lowerKeys(response.headers);
  const responseType = first(responseHeaders["content-type"]);
  if (request.method.toUpperCase() === "HEAD") return { operationId: op.operationId, violations };
  if (typeof response.body === "string" && response.body !== "" && /json/i.test(responseType ?? "")) {
    try {
      JSON.parse(response.body);
    } catch (error) {
      add("response", [{ pointer: "", keyword: "json", message: `body is not valid JSON although Content-Type is ${responseType}: ${(error as Error).message}` }]);
      return { operationId: op.operationId, violations };
    }
  }
  add("response", validator.validateResponse(op.operationId, { status: response.status, headers: responseHeaders, body: response.body, contentType: responseType }));
  return { operationId: op.operationId, violations };
}

export function isWarningFinding(f: Pick<Finding, "keyword"> & { severity?: string }): boolean {
  return f.keyword === "x-known-values" || f.severity === "warning";
}

function toViolation(operation: string, direction: Direction, f: Finding): ExchangeViolation {
  return {
    operation,
    direction,
    rule: f.keyword,
    where: f.pointer,
    message: f.message.startsWith(`${f.pointer || "/"} `) ? f.message.slice((f.pointer || "/").length + 1) : f.message,
    severity: isWarningFinding(f) ? "warning" : "error",
  };
}

/**
 * The operation's security requirement: one alternative whose every scheme is present. Only
 * presence is checked (values are the server's business, and recordings mask them).
 */
function checkSecurity(validator: SpecValidator, op: OperationInfo, headers: Headers, query: Record<string, unknown>): Finding[] {
  if (op.security.length === 0) return [];
  const schemes = validator.document.components?.securitySchemes ?? {};
  const authorization = String(first(headers.authorization) ?? "");
  const present = (name: string): boolean => {
    const scheme = schemes[name];
    if (!scheme) return true;
    if (scheme.type === "apiKey") {
      if (scheme.in === "header") return headers[String(scheme.name).toLowerCase()] !== undefined;
      if (scheme.in === "query") return query[scheme.name] !== undefined;
      if (scheme.in === "cookie") return new RegExp(`(^|;\\s*)${escapeRegExp(scheme.name)}=`).test(String(first(headers.cookie) ?? ""));
      return true;
    }
    if (scheme.type === "http") return authorization.toLowerCase().startsWith(`${String(scheme.scheme).toLowerCase()} `);
    return authorization !== ""; // oauth2, openIdConnect, mutualTLS: some credential
  };
  if (op.security.some((alternative) => Object.keys(alternative).every(present))) return [];
  const wanted = op.security.map((alternative) => Object.keys(alternative).map((n) => describeScheme(n, schemes[n])).join(" + ") || "none").join(" or ");
  return [{ pointer: "", keyword: "security", message: `no credentials for the security requirement (${wanted})` }];
}

function describeScheme(name: string, scheme: any): string {
  if (scheme?.type === "apiKey") return `${scheme.in} ${scheme.name}`;
  if (scheme?.type === "http") return `Authorization: ${scheme.scheme}`;
  return name;
}

function lowerKeys(headers: Record<string, string | string[]> | undefined): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
