/** What every case generator needs: the document, the compiled validator, a seeded PRNG. */
import type { OpenApiDocument } from "../spec/load-spec.js";
import type { OperationInfo } from "../spec/index-operations.js";
import type { SpecValidator } from "../validate/spec-validator.js";
import type { Rng } from "./prng.js";
import type { BaseInputs, ParameterOverrides } from "./operation-inputs.js";
import type { TestCase } from "./test-case.js";

export interface GenerateContext {
  document: OpenApiDocument;
  validator: SpecValidator;
  rng: Rng;
  /** Upper bound of coverage and negative cases per operation. */
  maxExamples: number;
  /** Parameter values supplied by the caller (credentials-derived ids), by name. */
  overrides: ParameterOverrides;
  /** Parameter names (lower case for headers) that credentials fill; never generated or removed. */
  credentialParams: ReadonlySet<string>;
}

/** The request parts of a case, in the validator's shape. */
export function requestPartsOf(c: Pick<TestCase, "pathParams" | "query" | "headers" | "body" | "contentType">) {
  return {
    pathParams: c.pathParams,
    query: c.query,
    headers: Object.fromEntries(Object.entries(c.headers).map(([k, v]) => [k.toLowerCase(), v])),
    body: c.body,
    contentType: c.body === undefined ? undefined : c.contentType,
  };
}

/** A case skeleton for an operation with the given inputs. */
export function caseFor(op: OperationInfo, inputs: BaseInputs, fields: Partial<TestCase> & Pick<TestCase, "phase" | "kind" | "description">): Omit<TestCase, "id"> {
  return {
    operationId: op.operationId,
    method: op.method.toUpperCase(),
    path: op.path,
    pathParams: { ...inputs.pathParams },
    query: { ...inputs.query },
    headers: { ...inputs.headers },
    auth: "valid",
    ...fields,
  };
}

/** Keep at most `max` items, chosen by the seeded PRNG but kept in their original order. */
export function capSeeded<T>(items: T[], max: number, rng: Rng): T[] {
  if (items.length <= max) return items;
  const keep = new Set(rng.shuffle(items.map((_, i) => i)).slice(0, max));
  return items.filter((_, i) => keep.has(i));
}
