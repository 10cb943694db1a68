/**
 * Phase "examples": every request example the spec writes for an operation, paired with the
 * operation's parameter examples; plus one case per optional query parameter example.
 */
import type { OperationInfo } from "../spec/index-operations.js";
import { caseFor, requestPartsOf, type GenerateContext } from "./generate-context.js";
import { baseInputs, bodyExamples, parameterExamples, serializeParameter } from "./operation-inputs.js";
import type { TestCase } from "./test-case.js";
import { uniquifyCreateNames } from "./unique-names.js";

export function exampleCases(op: OperationInfo, ctx: GenerateContext): Array<Omit<TestCase, "id">> {
  const inputs = baseInputs(ctx.document, op, ctx.overrides);
  const out: Array<Omit<TestCase, "id">> = [];
  const examples = bodyExamples(ctx.document, op);
  if (examples.length === 0) {
    out.push(caseFor(op, inputs, { phase: "examples", kind: "positive", description: "parameter examples" }));
  }
  for (const example of examples) {
    out.push(
      caseFor(op, inputs, {
        phase: "examples",
        kind: "positive",
        description: `request example "${example.name}" (${example.contentType})`,
        body: example.value,
        contentType: example.contentType,
      }),
    );
  }
  const first = out[0]!;
  for (const param of op.parameters) {
    if (param.in !== "query" || param.required || ctx.credentialParams.has(param.name)) continue;
    for (const value of parameterExamples(ctx.document, param).slice(0, 3)) {
      out.push({ ...first, query: { ...first.query, [param.name]: serializeParameter(value) }, description: `query ${param.name}=${serializeParameter(value)} (parameter example)` });
    }
  }
  // Keep only what the spec itself calls valid: an example that breaks its own schema is a spec bug, not a test.
  const valid = out.filter((c) => ctx.validator.validateRequest(op.operationId, requestPartsOf(c)).length === 0);
  return uniquifyCreateNames(op, valid, ctx.validator);
}
