/**
 * Build one HTTP request per documented request example of a spec (or one per operation
 * without a body), with path and query values taken from the spec's parameter examples and
 * placeholder credentials for every security scheme. Used by the mock tests.
 */
import type { OpenApiDocument } from "../../src/spec/load-spec.js";
import { indexOperations, type OperationInfo } from "../../src/spec/index-operations.js";
import { deref } from "../../src/spec/resolve-ref.js";

export interface ExampleRequest {
  operationId: string;
  exampleName: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  contentType?: string;
}

export function parameterValue(document: OpenApiDocument, param: { schema: any; name: string }, raw: any): unknown {
  const examples = Object.values<any>(raw.examples ?? {}).map((e) => deref(document, e)?.value);
  const schema = deref(document, param.schema);
  const candidates = [raw.example, ...examples, schema?.example, ...(schema?.examples ?? []), schema?.default, schema?.enum?.[0], schema?.const];
  return candidates.find((c) => c !== undefined);
}

/** Headers or query values that satisfy each security requirement's first alternative. */
export function placeholderCredentials(document: OpenApiDocument, op: OperationInfo): { headers: Record<string, string>; query: Record<string, string> } {
  const headers: Record<string, string> = {};
  const query: Record<string, string> = {};
  const requirement = op.security[0] ?? {};
  for (const name of Object.keys(requirement)) {
    const scheme = document.components?.securitySchemes?.[name];
    if (scheme?.type === "apiKey" && scheme.in === "header") headers[scheme.name] = "placeholder-credential";
    if (scheme?.type === "apiKey" && scheme.in === "query") query[scheme.name] = "alice";
    if (scheme?.type === "http" && scheme.scheme === "bearer") headers.Authorization = "Bearer placeholder";
  }
  return { headers, query };
}

export function buildExampleRequests(document: OpenApiDocument): ExampleRequest[] {
  const requests: ExampleRequest[] = [];
  for (const op of indexOperations(document)) {
    const rawParams = [...(document.paths[op.path].parameters ?? []), ...(op.operation.parameters ?? [])].map((p: any) => deref(document, p));
    const credentials = placeholderCredentials(document, op);
    let path = op.path;
    const query = new URLSearchParams(credentials.query);
    const headers: Record<string, string> = { ...credentials.headers };
    for (const param of op.parameters) {
      const raw = rawParams.find((p: any) => p.name === param.name && p.in === param.in) ?? {};
      const value = parameterValue(document, param, raw);
      if (value === undefined) {
        if (param.required) throw new Error(`${op.operationId}: required ${param.in} parameter ${param.name} has no example`);
        continue;
      }
      if (param.in === "path") path = path.replace(`{${param.name}}`, encodeURIComponent(String(value)));
      if (param.in === "query" && param.required) query.set(param.name, String(value));
      if (param.in === "header") headers[param.name] = String(value);
    }
    const url = query.size > 0 ? `${path}?${query}` : path;
    const requestBody = deref(document, op.operation.requestBody);
    const bodies = Object.entries<any>(requestBody?.content ?? {}).flatMap(([mediaType, media]) => {
      const named = Object.entries<any>(media.examples ?? {}).map(([name, ex]) => [name, deref(document, ex).value] as const);
      const all = media.example !== undefined ? [["example", media.example] as const, ...named] : named;
      return all.map(([name, value]) => ({ name, mediaType, value }));
    });
    if (bodies.length === 0) {
      requests.push({ operationId: op.operationId, exampleName: "(no body)", method: op.method.toUpperCase(), path: url, headers });
    }
    for (const body of bodies) {
      const text = /json/.test(body.mediaType) ? JSON.stringify(body.value) : String(body.value);
      requests.push({
        operationId: op.operationId,
        exampleName: body.name,
        method: op.method.toUpperCase(),
        path: url,
        headers: { ...headers, "content-type": body.mediaType },
        body: text,
        contentType: body.mediaType,
      });
    }
  }
  return requests;
}
