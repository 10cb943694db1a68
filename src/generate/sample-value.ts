/**
 * A representative valid value for a schema: the schema's own example first, then default,
 * const, the first enum (or `x-known-values`) member, then a value built from type, format and bounds. Callers
 * validate what they build against the spec and drop anything invalid, so this stays small.
 */
import type { OpenApiDocument } from "../spec/load-spec.js";
import { deref } from "../spec/resolve-ref.js";

export interface SampleOptions {
  /** Include optional object properties (default: only required ones). */
  optional?: boolean;
  depth?: number;
}

const FORMAT_SAMPLES: Record<string, string> = {
  "date-time": "2024-01-01T00:00:00Z",
  date: "2024-01-01",
  time: "00:00:00Z",
  uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  email: "user@example.com",
  uri: "http://example.com/resource",
  url: "http://example.com/resource",
  hostname: "host.example.com",
  ipv4: "10.0.0.1",
  ipv6: "::1",
  byte: "YWJj",
};

export function sampleValue(document: OpenApiDocument, raw: unknown, options: SampleOptions = {}): unknown {
  const schema = deref(document, raw);
  const depth = options.depth ?? 0;
  if (!schema || typeof schema !== "object" || depth > 12) return undefined;
  if (schema.example !== undefined) return structuredClone(schema.example);
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return structuredClone(schema.examples[0]);
  if (schema.default !== undefined) return structuredClone(schema.default);
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const known = schema["x-known-values"];
  if (Array.isArray(known) && known.length > 0) return known[0];
  const next = { ...options, depth: depth + 1 };
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((s: unknown) => sampleValue(document, s, next));
    if (parts.every((p: unknown) => p && typeof p === "object" && !Array.isArray(p))) return Object.assign({}, ...parts);
    return parts[0];
  }
  const branches = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(branches) && branches.length > 0) {
    const branch = branches.find((b: any) => deref(document, b)?.type !== "null") ?? branches[0];
    return sampleValue(document, branch, next);
  }
  const type = primaryType(schema);
  switch (type) {
    case "object":
      return sampleObject(document, schema, next);
    case "array": {
      const count = Math.max(schema.minItems ?? 1, 1);
      const item = sampleValue(document, schema.items ?? {}, next);
      return Array.from({ length: count }, () => structuredClone(item));
    }
    case "string":
      return sampleString(schema);
    case "integer":
    case "number":
      return sampleNumber(schema, type);
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return schema.properties ? sampleObject(document, schema, next) : undefined;
  }
}

function sampleObject(document: OpenApiDocument, schema: any, options: SampleOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const required: string[] = schema.required ?? [];
  for (const [name, prop] of Object.entries<any>(schema.properties ?? {})) {
    if (!required.includes(name) && !options.optional) continue;
    if (deref(document, prop)?.readOnly) continue;
    const value = sampleValue(document, prop, options);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

export function primaryType(schema: any): string | undefined {
  if (Array.isArray(schema?.type)) return schema.type.find((t: string) => t !== "null") ?? schema.type[0];
  if (typeof schema?.type === "string") return schema.type;
  if (schema?.properties) return "object";
  return undefined;
}

export function sampleString(schema: any, length?: number): string {
  const format = typeof schema.format === "string" ? FORMAT_SAMPLES[schema.format] : undefined;
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Math.max(min, 8);
  const want = length ?? Math.min(Math.max(min, 4), max);
  if (format && length === undefined && format.length >= min && format.length <= max) return format;
  const base = format ?? "abcdefghij";
  let out = "";
  while (out.length < want) out += base;
  return out.slice(0, want);
}

function sampleNumber(schema: any, type: string): number {
  const integer = type === "integer";
  const step = integer ? 1 : 0.5;
  let low = typeof schema.minimum === "number" ? schema.minimum : undefined;
  if (typeof schema.exclusiveMinimum === "number") low = schema.exclusiveMinimum + step;
  let high = typeof schema.maximum === "number" ? schema.maximum : undefined;
  if (typeof schema.exclusiveMaximum === "number") high = schema.exclusiveMaximum - step;
  if (low !== undefined) return integer ? Math.ceil(low) : low;
  if (high !== undefined) return integer ? Math.min(1, Math.floor(high)) : Math.min(1, high);
  return 1;
}
