/**
 * Boundary and representative values for one schema, valid and invalid, as tables: enum
 * members, numeric bounds, string lengths Schemathesis-style (min-1, min, min+1, max-1, max,
 * max+1), wrong types and unknown enum members. Callers validate every value before use.
 */
import { primaryType, sampleString } from "./sample-value.js";

export interface CandidateValue {
  label: string;
  value: unknown;
  /** A made-up free-form string (names, versions, references): valid by schema, maybe not by meaning. */
  madeUp?: boolean;
}

export function validBoundaries(schema: any): CandidateValue[] {
  const out: CandidateValue[] = [];
  if (!schema || typeof schema !== "object") return out;
  if (Array.isArray(schema.enum)) {
    for (const member of schema.enum) out.push({ label: `enum member ${JSON.stringify(member)}`, value: member });
    return out;
  }
  // An open enum: the known values are valid; an unknown one is valid too (a warning), so no negative.
  if (Array.isArray(schema["x-known-values"])) {
    for (const member of schema["x-known-values"]) out.push({ label: `known value ${JSON.stringify(member)}`, value: member });
    return out;
  }
  const type = primaryType(schema);
  if (type === "integer" || type === "number") {
    const step = type === "integer" ? 1 : 0.5;
    const low = typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + step : schema.minimum;
    const high = typeof schema.exclusiveMaximum === "number" ? schema.exclusiveMaximum - step : schema.maximum;
    if (typeof low === "number") out.push({ label: `minimum ${low}`, value: low }, { label: `minimum+1 ${low + step}`, value: low + step });
    if (typeof high === "number") out.push({ label: `maximum ${high}`, value: high }, { label: `maximum-1 ${high - step}`, value: high - step });
  } else if (type === "string" && !schema.format && !schema.pattern) {
    const min = schema.minLength;
    const max = schema.maxLength;
    if (typeof min === "number") {
      out.push({ label: `length ${min} (minLength)`, value: sampleString(schema, min), madeUp: true });
      out.push({ label: `length ${min + 1} (minLength+1)`, value: sampleString(schema, min + 1), madeUp: true });
    }
    if (typeof max === "number" && max <= 4096) {
      out.push({ label: `length ${max - 1} (maxLength-1)`, value: sampleString(schema, max - 1), madeUp: true });
      out.push({ label: `length ${max} (maxLength)`, value: sampleString(schema, max), madeUp: true });
    }
  } else if (type === "boolean") {
    out.push({ label: "true", value: true }, { label: "false", value: false });
  }
  return out;
}

const WRONG_TYPE: Record<string, CandidateValue> = {
  string: { label: "a number where a string is expected", value: 12345 },
  integer: { label: "a string where an integer is expected", value: "not-a-number" },
  number: { label: "a string where a number is expected", value: "not-a-number" },
  boolean: { label: "a string where a boolean is expected", value: "not-a-boolean" },
  object: { label: "a string where an object is expected", value: "not-an-object" },
  array: { label: "a string where an array is expected", value: "not-an-array" },
};

export function invalidBoundaries(schema: any): CandidateValue[] {
  const out: CandidateValue[] = [];
  if (!schema || typeof schema !== "object") return out;
  const type = primaryType(schema);
  const wrong = type ? WRONG_TYPE[type] : undefined;
  if (wrong) out.push(wrong);
  if (Array.isArray(schema.enum) && schema.enum.every((m: unknown) => typeof m === "string")) {
    out.push({ label: "an unknown enum member", value: "__conform_unknown__" });
  }
  if (type === "integer" || type === "number") {
    const step = type === "integer" ? 1 : 0.5;
    if (typeof schema.minimum === "number") out.push({ label: `minimum-1 ${schema.minimum - step}`, value: schema.minimum - step });
    if (typeof schema.exclusiveMinimum === "number") out.push({ label: `exclusiveMinimum ${schema.exclusiveMinimum}`, value: schema.exclusiveMinimum });
    if (typeof schema.maximum === "number") out.push({ label: `maximum+1 ${schema.maximum + step}`, value: schema.maximum + step });
    if (typeof schema.exclusiveMaximum === "number") out.push({ label: `exclusiveMaximum ${schema.exclusiveMaximum}`, value: schema.exclusiveMaximum });
    if (type === "integer") out.push({ label: "a fraction where an integer is expected", value: 1.5 });
  } else if (type === "string") {
    if (typeof schema.minLength === "number" && schema.minLength > 0) {
      out.push({ label: `length ${schema.minLength - 1} (minLength-1)`, value: sampleString({}, schema.minLength - 1) });
    }
    if (typeof schema.maxLength === "number" && schema.maxLength <= 4096) {
      out.push({ label: `length ${schema.maxLength + 1} (maxLength+1)`, value: sampleString({}, schema.maxLength + 1) });
    }
    if (typeof schema.pattern === "string") out.push({ label: `a value outside pattern ${schema.pattern}`, value: "\u0000/?#bad value" });
  }
  return out;
}
