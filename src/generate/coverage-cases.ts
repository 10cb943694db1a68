/**
 * Phase "coverage" (positive side): boundary and representative values from the schemas:
 * enum members, minimum and maximum, minLength and maxLength (and one inside), booleans,
 * optional body fields present and absent, optional query parameters. Every case is
 * validated against the spec before it is kept.
 */
import type { OperationInfo } from "../spec/index-operations.js";
import { caseFor, capSeeded, requestPartsOf, type GenerateContext } from "./generate-context.js";
import { baseInputs, bodyExamples, jsonBodySchema, serializeParameter } from "./operation-inputs.js";
import { listBodyFields, pointerOf, withField, REMOVE, objectShape } from "./body-fields.js";
import { validBoundaries } from "./boundary-values.js";
import { sampleValue } from "./sample-value.js";
import { deref } from "../spec/resolve-ref.js";
import type { TestCase } from "./test-case.js";
import { uniquifyCreateNames } from "./unique-names.js";

export function coverageCases(op: OperationInfo, ctx: GenerateContext): Array<Omit<TestCase, "id">> {
  const inputs = baseInputs(ctx.document, op, ctx.overrides);
  const json = jsonBodySchema(ctx.document, op);
  const example = bodyExamples(ctx.document, op).find((e) => e.contentType === json?.contentType);
  const baseBody = example?.value ?? (json ? sampleValue(ctx.document, json.schema) : undefined);
  const base = caseFor(op, inputs, { phase: "coverage", kind: "positive", description: "", body: baseBody, contentType: json?.contentType });
  const out: Array<Omit<TestCase, "id">> = [];

  for (const param of op.parameters) {
    if (ctx.credentialParams.has(param.name) || ctx.credentialParams.has(param.name.toLowerCase())) continue;
    if (param.in === "path" && ctx.overrides[param.name] !== undefined) continue;
    const schema = deref(ctx.document, param.schema);
    for (const candidate of validBoundaries(schema)) {
      const value = serializeParameter(candidate.value);
      const description = `${param.in} parameter ${param.name}: ${candidate.label}`;
      const judged = candidate.madeUp ? { judgeAcceptance: false } : {};
      if (param.in === "path") out.push({ ...base, ...judged, pathParams: { ...base.pathParams, [param.name]: value }, description });
      else if (param.in === "query") out.push({ ...base, ...judged, query: { ...base.query, [param.name]: value }, description });
      else if (param.in === "header") out.push({ ...base, ...judged, headers: { ...base.headers, [param.name]: value }, description });
    }
  }

  if (json && baseBody !== undefined) {
    const shape = objectShape(ctx.document, json.schema);
    const requiredOnly = sampleValue(ctx.document, json.schema, { optional: false });
    if (requiredOnly && typeof requiredOnly === "object" && !Array.isArray(requiredOnly) && typeof baseBody === "object" && baseBody !== null) {
      const kept = Object.fromEntries(Object.entries(baseBody as Record<string, unknown>).filter(([k]) => shape.required.includes(k)));
      out.push({ ...base, body: { ...requiredOnly, ...kept }, description: "body with required fields only" });
    }
    const full = sampleValue(ctx.document, json.schema, { optional: true });
    if (full !== undefined && typeof full === "object" && typeof baseBody === "object" && !Array.isArray(baseBody)) {
      out.push({ ...base, body: { ...(full as object), ...(baseBody as object) }, description: "body with every optional field present" });
    }
    for (const field of listBodyFields(ctx.document, json.schema, baseBody)) {
      const at = pointerOf(field.path);
      if (field.present && !field.required) {
        out.push({ ...base, body: withField(baseBody, field.path, REMOVE), description: `body ${at} absent (optional)` });
      }
      for (const candidate of validBoundaries(field.schema)) {
        const judged = candidate.madeUp ? { judgeAcceptance: false } : {};
        out.push({ ...base, ...judged, body: withField(baseBody, field.path, candidate.value), description: `body ${at}: ${candidate.label}` });
      }
    }
  }
  const valid = out.filter((c) => ctx.validator.validateRequest(op.operationId, requestPartsOf(c)).length === 0);
  return uniquifyCreateNames(op, capSeeded(dedupe(valid), ctx.maxExamples, ctx.rng), ctx.validator, 1000);
}

export function dedupe<T extends { description: string }>(cases: T[]): T[] {
  const seen = new Set<string>();
  return cases.filter((c) => {
    const { description: _description, ...rest } = c;
    const key = JSON.stringify(rest);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
