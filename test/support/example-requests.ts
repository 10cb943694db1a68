/**
 * Build one HTTP request per documented request example of a spec (or one per operation
 * without a body), with path and query values taken from the spec's parameter examples and
 * placeholder credentials for every security scheme. Used by the mock tests.
 */
import type { OpenApiDocument } from "../../src/spec/load-spec.js";
import { indexOperations, type OperationInfo, type ParameterInfo } from "../../src/spec/index-operations.js";
import { bodyExamples, parameterExamples } from "../../src/generate/operation-inputs.js";
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

/** The first value the spec gives a parameter: its examples, else its default, enum or const. */
function documentedValue(document: OpenApiDocument, param: ParameterInfo): unknown {
  const schema = deref(document, param.schema);
  return [...parameterExamples(document, param), schema?.default, schema?.enum?.[0], schema?.const].find((v) => v !== undefined);
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
    const credentials = placeholderCredentials(document, op);
    let path = op.path;
    const query = new URLSearchParams(credentials.query);
    const headers: Record<string, string> = { ...credentials.headers };
    for (const param of op.parameters) {
      const value = documentedValue(document, param);
      if (value === undefined) {
        if (param.required) throw new Error(`${op.operationId}: required ${param.in} parameter ${param.name} has no example`);
        continue;
      }
      if (param.in === "path") path = path.replace(`{${param.name}}`, encodeURIComponent(String(value)));
      if (param.in === "query" && param.required) query.set(param.name, String(value));
      if (param.in === "header") headers[param.name] = String(value);
    }
    const url = query.size > 0 ? `${path}?${query}` : path;
    // Only what the spec documents: sampled bodies are the conformance runner's business.
    const documented = bodyExamples(document, op).filter((body) => body.name !== "sampled");
    if (documented.length === 0) {
      requests.push({ operationId: op.operationId, exampleName: "(no body)", method: op.method.toUpperCase(), path: url, headers });
    }
    for (const body of documented) {
      const text = /json/.test(body.contentType) ? JSON.stringify(body.value) : String(body.value);
      requests.push({
        operationId: op.operationId,
        exampleName: body.name,
        method: op.method.toUpperCase(),
        path: url,
        headers: { ...headers, "content-type": body.contentType },
        body: text,
        contentType: body.contentType,
      });
    }
  }
  return requests;
}
