/**
 * Phase "negative": invalid input that a conforming server must refuse with a documented
 * 4xx. Each required body field missing, wrong types, out-of-range numbers, lengths
 * min-1/max+1, unknown enum members, malformed JSON, a wrong content type, each required
 * query or header parameter missing, invalid parameter values. Every structural case is
 * checked to be invalid by the spec before it is kept.
 */
import type { OperationInfo } from "../spec/index-operations.js";
import { caseFor, capSeeded, requestPartsOf, type GenerateContext } from "./generate-context.js";
import { baseInputs, bodyExamples, jsonBodySchema, requestBodyOf, serializeParameter } from "./operation-inputs.js";
import { listBodyFields, pointerOf, withField, REMOVE } from "./body-fields.js";
import { invalidBoundaries } from "./boundary-values.js";
import { sampleValue } from "./sample-value.js";
import { deref } from "../spec/resolve-ref.js";
import { dedupe } from "./coverage-cases.js";
import type { TestCase } from "./test-case.js";

export function negativeCases(op: OperationInfo, ctx: GenerateContext): Array<Omit<TestCase, "id">> {
  const inputs = baseInputs(ctx.document, op, ctx.overrides);
  const json = jsonBodySchema(ctx.document, op);
  const example = bodyExamples(ctx.document, op).find((e) => e.contentType === json?.contentType);
  const baseBody = example?.value ?? (json ? sampleValue(ctx.document, json.schema) : undefined);
  const base = caseFor(op, inputs, { phase: "negative", kind: "negative", description: "", body: baseBody, contentType: json?.contentType });
  const structural: Array<Omit<TestCase, "id">> = [];

  for (const param of op.parameters) {
    if (ctx.credentialParams.has(param.name) || ctx.credentialParams.has(param.name.toLowerCase())) continue;
    if (param.in === "path" && ctx.overrides[param.name] !== undefined) continue;
    if (param.required && param.in === "query") {
      const { [param.name]: _dropped, ...query } = base.query;
      structural.push({ ...base, query, description: `required query parameter ${param.name} missing` });
    }
    if (param.required && param.in === "header") {
      const headers = Object.fromEntries(Object.entries(base.headers).filter(([k]) => k.toLowerCase() !== param.name.toLowerCase()));
      structural.push({ ...base, headers, description: `required header ${param.name} missing` });
    }
    for (const candidate of invalidBoundaries(deref(ctx.document, param.schema))) {
      // An empty or slash-bearing path segment addresses another route, not this operation.
      if (param.in === "path" && typeof candidate.value === "string" && (candidate.value === "" || /[\u0000/?#]/.test(candidate.value))) continue;
      const value = serializeParameter(candidate.value);
      const description = `${param.in} parameter ${param.name}: ${candidate.label}`;
      if (param.in === "path") structural.push({ ...base, pathParams: { ...base.pathParams, [param.name]: value }, description });
      else if (param.in === "query") structural.push({ ...base, query: { ...base.query, [param.name]: value }, description });
      else if (param.in === "header") structural.push({ ...base, headers: { ...base.headers, [param.name]: value }, description });
    }
  }

  if (json && baseBody !== undefined) {
    for (const field of listBodyFields(ctx.document, json.schema, baseBody)) {
      const at = pointerOf(field.path);
      if (field.required && field.present) {
        structural.push({ ...base, body: withField(baseBody, field.path, REMOVE), description: `required body field ${at} missing` });
      }
      if (!field.present) continue;
      for (const candidate of invalidBoundaries(field.schema)) {
        structural.push({ ...base, body: withField(baseBody, field.path, candidate.value), description: `body ${at}: ${candidate.label}` });
      }
    }
    const rootWrong = invalidBoundaries(deref(ctx.document, json.schema))[0];
    if (rootWrong) structural.push({ ...base, body: rootWrong.value, description: `body: ${rootWrong.label}` });
  }
  if (requestBodyOf(ctx.document, op)?.required && baseBody !== undefined) {
    structural.push({ ...base, body: undefined, contentType: undefined, description: "required request body missing" });
  }

  const invalid = structural.filter((c) => ctx.validator.validateRequest(op.operationId, requestPartsOf(c)).length > 0);
  const out = capSeeded(dedupe(invalid), Math.max(ctx.maxExamples - 2, 1), ctx.rng);
  if (json) {
    out.push({ ...base, body: undefined, rawBody: '{"malformed": ', description: "malformed JSON body" });
    const accepted = Object.keys(requestBodyOf(ctx.document, op)?.content ?? {});
    const wrongType = ["text/plain", "application/xml", "application/x-www-form-urlencoded"].find((t) => !accepted.some((a) => a.split(";")[0]!.trim() === t || a === "*/*"));
    if (wrongType) {
      out.push({ ...base, body: undefined, rawBody: JSON.stringify(baseBody ?? {}), contentType: wrongType, description: `wrong content type ${wrongType}` });
    }
  }
  return out;
}
