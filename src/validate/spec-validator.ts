/**
 * Request and response validation for one spec. Schemas are compiled once, on first use,
 * by one Ajv instance that holds the whole document, so local `$ref`s resolve as written.
 */
import type { ValidateFunction } from "ajv";
import type { OpenApiDocument } from "../spec/load-spec.js";
import { indexOperations, createRouter, type OperationInfo, type Router } from "../spec/index-operations.js";
import { deref, escapePointer } from "../spec/resolve-ref.js";
import { createAjv } from "./create-ajv.js";
import { findingsFromAjv, type Finding } from "./finding.js";
import { baseMediaType, isJsonMediaType, pickMediaType } from "./media-type.js";
import { coerceParameter } from "./coerce-parameter.js";

const SPEC_KEY = "spec";

export interface RequestParts {
  pathParams?: Record<string, string>;
  query?: Record<string, string | string[]>;
  /** Header names in lower case. */
  headers?: Record<string, string | string[] | undefined>;
  body?: unknown;
  contentType?: string;
}

export interface ResponseParts {
  status: number;
  headers?: Record<string, string | string[] | undefined>;
  body?: unknown;
  contentType?: string;
}

export interface SpecValidator {
  document: OpenApiDocument;
  operations: OperationInfo[];
  router: Router;
  getOperation(operationId: string): OperationInfo;
  /** The response object documented for a status (exact, then 2XX-style range, then default). */
  responseFor(operationId: string, status: number): { key: string; response: any } | undefined;
  validateRequestBody(operationId: string, body: unknown, contentType?: string): Finding[];
  validateParameters(operationId: string, parts: RequestParts): Finding[];
  validateRequest(operationId: string, parts: RequestParts): Finding[];
  validateResponseBody(operationId: string, status: number, body: unknown, contentType?: string): Finding[];
  validateResponse(operationId: string, parts: ResponseParts): Finding[];
  /** Validate any value against a schema at a JSON pointer ("#/components/schemas/X"). */
  validateAt(pointer: string, value: unknown): Finding[];
}

export function createSpecValidator(document: OpenApiDocument): SpecValidator {
  const ajv = createAjv();
  // The document is a container of schemas, not a schema: checking it against the JSON Schema
  // meta-schema never reaches the schemas under `components` or `paths` (those keywords are
  // unknown to it), so it caught nothing and cost ~25-50 ms a spec. A broken schema is still
  // refused where it is compiled below (e.g. "type must be JSONType", checked).
  ajv.addSchema(document, SPEC_KEY, undefined, false);
  const operations = indexOperations(document);
  const byId = new Map(operations.map((op) => [op.operationId, op]));
  const router = createRouter(operations);
  const compiled = new Map<string, ValidateFunction>();
  const resolve = (schema: any) => deref(document, schema);

  const compileAt = (pointer: string): ValidateFunction => {
    let fn = compiled.get(pointer);
    if (!fn) {
      fn = ajv.compile({ $ref: `${SPEC_KEY}${pointer}` });
      compiled.set(pointer, fn);
    }
    return fn;
  };
  const validateAt = (pointer: string, value: unknown, prefix = ""): Finding[] => {
    const fn = compileAt(pointer);
    return fn(value) ? [] : findingsFromAjv(fn.errors, value, prefix);
  };
  const getOperation = (operationId: string): OperationInfo => {
    const op = byId.get(operationId);
    if (!op) throw new Error(`unknown operationId ${operationId}`);
    return op;
  };

  const responseFor = (operationId: string, status: number) => {
    const responses = getOperation(operationId).operation.responses ?? {};
    const code = String(status);
    const range = `${code[0]}XX`;
    for (const key of [code, range, range.toLowerCase(), "default"]) {
      if (responses[key]) return { key, response: deref(document, responses[key]) };
    }
    return undefined;
  };

  const validateRequestBody = (operationId: string, body: unknown, contentType = "application/json"): Finding[] => {
    const op = getOperation(operationId);
    const requestBody = deref(document, op.operation.requestBody);
    if (!requestBody) return [];
    const requestBodyPointer = requestBodyBase(op, document);
    if (body === undefined) {
      return requestBody.required ? [{ pointer: "", keyword: "body", message: "request body is required" }] : [];
    }
    const mediaType = pickMediaType(requestBody.content, contentType);
    if (!mediaType) {
      return [{
        pointer: "",
        keyword: "content-type",
        message: `content type ${baseMediaType(contentType) || "(none)"} is not accepted; expected ${Object.keys(requestBody.content ?? {}).join(", ")}`,
        expected: Object.keys(requestBody.content ?? {}),
        actual: contentType,
      }];
    }
    if (!requestBody.content[mediaType]?.schema) return [];
    return validateAt(`${requestBodyPointer}/content/${escapePointer(mediaType)}/schema`, body);
  };

  const validateParameters = (operationId: string, parts: RequestParts): Finding[] => {
    const op = getOperation(operationId);
    const findings: Finding[] = [];
    for (const param of op.parameters) {
      const source =
        param.in === "path" ? parts.pathParams : param.in === "query" ? parts.query : param.in === "header" ? parts.headers : undefined;
      if (!source) continue;
      const key = param.in === "header" ? param.name.toLowerCase() : param.name;
      const raw = source[key];
      const where = `${param.in} parameter ${param.name}`;
      if (raw === undefined) {
        if (param.required) findings.push({ pointer: `/${param.in}/${param.name}`, keyword: "required", message: `${where} is required` });
        continue;
      }
      const value = coerceParameter(raw, param.schema, resolve);
      for (const f of validateAt(param.schemaPointer, value)) {
        findings.push({ ...f, pointer: `/${param.in}/${param.name}${f.pointer}`, message: `${where}${f.message.replace(/^\/\S*/, "")}` });
      }
    }
    return findings;
  };

  const validateResponseBody = (operationId: string, status: number, body: unknown, contentType = "application/json"): Finding[] => {
    const found = responseFor(operationId, status);
    if (!found) return [{ pointer: "", keyword: "status", message: `status ${status} is not documented`, actual: status }];
    const content = found.response.content;
    const empty = body === undefined || body === "";
    // `x-body-optional: true`: the server may also send this status with no body at all.
    if (!content || (empty && found.response["x-body-optional"] === true)) {
      return empty ? [] : [{ pointer: "", keyword: "body", message: `status ${status} is documented without a body` }];
    }
    const mediaType = pickMediaType(content, contentType);
    if (!mediaType) {
      return [{
        pointer: "",
        keyword: "content-type",
        message: `content type ${baseMediaType(contentType) || "(none)"} is not documented for ${status}; expected ${Object.keys(content).join(", ")}`,
        expected: Object.keys(content),
        actual: contentType,
      }];
    }
    if (!content[mediaType]?.schema) return [];
    const responsePointer = responseBase(getOperation(operationId), found.key, document);
    return validateAt(`${responsePointer}/content/${escapePointer(mediaType)}/schema`, body);
  };

  const validateResponse = (operationId: string, parts: ResponseParts): Finding[] => {
    const found = responseFor(operationId, parts.status);
    if (!found) return [{ pointer: "", keyword: "status", message: `status ${parts.status} is not documented`, actual: parts.status }];
    const findings: Finding[] = [];
    const headers = parts.headers ?? {};
    for (const [name, rawHeader] of Object.entries<any>(found.response.headers ?? {})) {
      const header = deref(document, rawHeader);
      const value = headers[name.toLowerCase()];
      if (value === undefined) {
        if (header.required) findings.push({ pointer: `/headers/${name}`, keyword: "header", message: `response header ${name} is required` });
        continue;
      }
      if (header.schema) {
        const coerced = coerceParameter(value as string | string[], header.schema, resolve);
        const fn = ajv.compile(resolveSchemaForHeader(header.schema));
        if (!fn(coerced)) findings.push(...findingsFromAjv(fn.errors, coerced, `/headers/${name}`));
      }
    }
    const hasBody = parts.body !== undefined && parts.body !== "";
    if (found.response.content && hasBody && parts.contentType === undefined) {
      findings.push({ pointer: "", keyword: "content-type", message: "response has a body but no Content-Type" });
      return findings;
    }
    if (found.response.content && hasBody && !isJsonMediaType(parts.contentType) && pickMediaType(found.response.content, parts.contentType)) {
      return findings; // a documented non-JSON body: the media type matched, the text is not parsed
    }
    findings.push(...validateResponseBody(operationId, parts.status, parts.body, parts.contentType));
    return findings;
  };

  const resolveSchemaForHeader = (schema: any) => (schema.$ref ? { $ref: `${SPEC_KEY}${schema.$ref}` } : schema);

  return {
    document,
    operations,
    router,
    getOperation,
    responseFor,
    validateRequestBody,
    validateParameters,
    validateRequest: (operationId, parts) => {
      const findings = validateParameters(operationId, parts);
      const bodyFindings = validateRequestBody(operationId, parts.body, parts.contentType);
      return bodyFindings.length === 0 ? findings : findings.concat(bodyFindings);
    },
    validateResponseBody,
    validateResponse,
    validateAt: (pointer, value) => validateAt(pointer, value),
  };
}

/** The pointer of an operation's request body, following a `$ref` to components. */
function requestBodyBase(op: OperationInfo, document: OpenApiDocument): string {
  return followRefPointer(document, op.operation.requestBody, `${op.pointer}/requestBody`);
}

function responseBase(op: OperationInfo, key: string, document: OpenApiDocument): string {
  return followRefPointer(document, op.operation.responses[key], `${op.pointer}/responses/${escapePointer(key)}`);
}

function followRefPointer(document: OpenApiDocument, node: any, pointer: string): string {
  let current = node;
  let at = pointer;
  for (let hops = 0; current && typeof current.$ref === "string" && hops < 32; hops++) {
    at = current.$ref;
    current = deref(document, { $ref: current.$ref });
  }
  return at;
}
