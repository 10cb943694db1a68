/**
 * Probes: valid requests sent without credentials or with wrong ones (for operations with a
 * security requirement), and an undocumented method on each known path.
 */
import type { OperationInfo } from "../spec/index-operations.js";
import { caseFor, type GenerateContext } from "./generate-context.js";
import { baseInputs, bodyExamples } from "./operation-inputs.js";
import type { TestCase } from "./test-case.js";

const PROBE_METHODS = ["PATCH", "PUT", "DELETE", "POST"] as const;

export function hasSecurity(op: OperationInfo): boolean {
  return op.security.length > 0 && !op.security.some((requirement) => Object.keys(requirement).length === 0);
}

export function authCases(op: OperationInfo, ctx: GenerateContext, wrongIsMeaningful: boolean): Array<Omit<TestCase, "id">> {
  if (!hasSecurity(op)) return [];
  const inputs = baseInputs(ctx.document, op, ctx.overrides);
  const example = bodyExamples(ctx.document, op)[0];
  const body = example ? { body: example.value, contentType: example.contentType } : {};
  const out = [caseFor(op, inputs, { phase: "negative", kind: "auth-none", auth: "none", description: "valid request without credentials", ...body })];
  if (wrongIsMeaningful) {
    out.push(caseFor(op, inputs, { phase: "negative", kind: "auth-wrong", auth: "wrong", description: "valid request with wrong credentials", ...body }));
  }
  return out;
}

/** One case per path: the first of PATCH, PUT, DELETE, POST the path does not document. */
export function unknownMethodCases(operations: OperationInfo[], ctx: GenerateContext): Array<Omit<TestCase, "id">> {
  const byPath = new Map<string, OperationInfo[]>();
  for (const op of operations) byPath.set(op.path, [...(byPath.get(op.path) ?? []), op]);
  const out: Array<Omit<TestCase, "id">> = [];
  for (const [path, ops] of byPath) {
    const documented = new Set(ops.map((o) => o.method.toUpperCase()));
    const method = PROBE_METHODS.find((m) => !documented.has(m));
    if (!method) continue;
    const first = ops[0]!;
    const inputs = baseInputs(ctx.document, first, ctx.overrides);
    out.push({
      ...caseFor(first, inputs, { phase: "coverage", kind: "method", description: `undocumented method ${method} on ${path}` }),
      method,
      query: Object.fromEntries(Object.entries(inputs.query)),
    });
  }
  return out;
}
