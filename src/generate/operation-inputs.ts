/**
 * The valid inputs of one operation as the spec shows them: parameter values from their
 * examples (or a sampled value), and every request body example with its media type.
 */
import type { OpenApiDocument } from "../spec/load-spec.js";
import type { OperationInfo, ParameterInfo } from "../spec/index-operations.js";
import { deref, resolvePointer } from "../spec/resolve-ref.js";
import { sampleValue } from "./sample-value.js";

export interface BaseInputs {
  pathParams: Record<string, string>;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
}

export interface BodyExample {
  name: string;
  contentType: string;
  value: unknown;
}

/** Values the caller supplies for parameters by name (e.g. a cluster id from the environment). */
export type ParameterOverrides = Record<string, string>;

export function parameterObject(document: OpenApiDocument, param: ParameterInfo): any {
  try {
    return resolvePointer(document, param.schemaPointer.replace(/\/schema$/, ""));
  } catch {
    return {};
  }
}

/** Every example value a parameter declares (parameter examples first, then schema examples). */
export function parameterExamples(document: OpenApiDocument, param: ParameterInfo): unknown[] {
  const raw = parameterObject(document, param);
  const out: unknown[] = [];
  if (raw?.example !== undefined) out.push(raw.example);
  for (const example of Object.values<any>(raw?.examples ?? {})) {
    const resolved = deref(document, example);
    if (resolved && "value" in resolved) out.push(resolved.value);
  }
  const schema = deref(document, param.schema);
  if (schema?.example !== undefined) out.push(schema.example);
  if (Array.isArray(schema?.examples)) out.push(...schema.examples);
  return out;
}

export function parameterValue(document: OpenApiDocument, param: ParameterInfo): string | undefined {
  const value = parameterExamples(document, param)[0] ?? sampleValue(document, param.schema);
  return value === undefined ? undefined : serializeParameter(value);
}

export function serializeParameter(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => String(v)).join(",");
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function baseInputs(document: OpenApiDocument, op: OperationInfo, overrides: ParameterOverrides = {}): BaseInputs {
  const inputs: BaseInputs = { pathParams: {}, query: {}, headers: {} };
  for (const param of op.parameters) {
    if (param.in !== "path" && !param.required) continue;
    const value = overrides[param.name] ?? parameterValue(document, param);
    if (value === undefined) continue;
    if (param.in === "path") inputs.pathParams[param.name] = value;
    else if (param.in === "query") inputs.query[param.name] = value;
    else if (param.in === "header") inputs.headers[param.name] = value;
  }
  return inputs;
}

export function requestBodyOf(document: OpenApiDocument, op: OperationInfo): any {
  return deref(document, op.operation.requestBody);
}

export function bodyExamples(document: OpenApiDocument, op: OperationInfo): BodyExample[] {
  const requestBody = requestBodyOf(document, op);
  const out: BodyExample[] = [];
  for (const [contentType, media] of Object.entries<any>(requestBody?.content ?? {})) {
    if (media.example !== undefined) out.push({ name: "example", contentType, value: media.example });
    for (const [name, raw] of Object.entries<any>(media.examples ?? {})) {
      const example = deref(document, raw);
      if (example && "value" in example) out.push({ name, contentType, value: example.value });
    }
    if (out.length === 0 && media.schema) {
      const value = sampleValue(document, media.schema, { optional: false });
      if (value !== undefined) out.push({ name: "sampled", contentType, value });
    }
  }
  return out;
}

/** The JSON media type of the request body and its schema, when the operation takes one. */
export function jsonBodySchema(document: OpenApiDocument, op: OperationInfo): { contentType: string; schema: any } | undefined {
  const requestBody = requestBodyOf(document, op);
  for (const [contentType, media] of Object.entries<any>(requestBody?.content ?? {})) {
    if (/json/i.test(contentType) && media.schema) return { contentType, schema: media.schema };
  }
  return undefined;
}
