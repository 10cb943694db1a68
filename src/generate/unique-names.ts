/**
 * Creates on a collection (POST without path parameters) usually refuse a second resource with
 * the same `name` (a 400, or YARN's documented 500). Every positive create after the first gets
 * a distinct name, `<name>-c<n>`, unless the case is about the name itself or the suffix would
 * break the schema.
 */
import type { OperationInfo } from "../spec/index-operations.js";
import type { SpecValidator } from "../validate/spec-validator.js";
import { requestPartsOf } from "./generate-context.js";
import type { TestCase } from "./test-case.js";

export function uniquifyCreateNames<T extends Omit<TestCase, "id">>(op: OperationInfo, cases: T[], validator: SpecValidator, offset = 0): T[] {
  if (op.method !== "post" || op.path.includes("{")) return cases;
  return cases.map((c, i) => {
    const body = c.body as Record<string, unknown> | undefined;
    if (i + offset === 0 || c.kind !== "positive" || !body || typeof body !== "object" || Array.isArray(body)) return c;
    if (typeof body.name !== "string" || /\/name\b/.test(c.description)) return c;
    const renamed = { ...c, body: { ...body, name: `${body.name}-c${i + offset}` } };
    return validator.validateRequest(op.operationId, requestPartsOf(renamed)).length === 0 ? renamed : c;
  });
}
