/** A case turned into an HTTP request (URL, headers, body text) and back into a curl line. */
import type { TestCase } from "../generate/test-case.js";
import type { AppliedCredentials } from "./apply-credentials.js";

export interface PreparedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export function expandPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? `{${name}}`));
}

export function prepareRequest(
  baseUrl: string,
  c: Pick<TestCase, "method" | "path" | "pathParams" | "query" | "headers" | "body" | "rawBody" | "contentType">,
  credentials: AppliedCredentials,
): PreparedRequest {
  const url = new URL(baseUrl.replace(/\/+$/, "") + expandPath(c.path, c.pathParams));
  for (const [name, value] of Object.entries({ ...c.query, ...credentials.query })) {
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, item);
  }
  const headers: Record<string, string> = { accept: "application/json, */*;q=0.5", ...credentials.headers, ...c.headers };
  let body: string | undefined;
  if (c.rawBody !== undefined) body = c.rawBody;
  else if (c.body !== undefined) body = typeof c.body === "string" && !/json/i.test(c.contentType ?? "json") ? c.body : JSON.stringify(c.body);
  if (body !== undefined) headers["content-type"] = c.contentType ?? "application/json";
  return { method: c.method, url: url.toString(), headers, body };
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** A curl command that sends the same request (secrets are masked later, where output is written). */
export function toCurl(request: PreparedRequest): string {
  const parts = ["curl", "-i", "-X", request.method];
  for (const [name, value] of Object.entries(request.headers)) parts.push("-H", shellQuote(`${name}: ${value}`));
  if (request.body !== undefined) parts.push("--data-raw", shellQuote(request.body));
  parts.push(shellQuote(request.url));
  return parts.join(" ");
}
