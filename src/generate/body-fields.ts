/**
 * Walk a request body value together with its schema and list the fields that boundary and
 * negative generation can vary: where each sits (a JSON pointer), its resolved schema and
 * whether its parent requires it. Follows properties, allOf and the first array item.
 */
import type { OpenApiDocument } from "../spec/load-spec.js";
import { deref } from "../spec/resolve-ref.js";
import { primaryType } from "./sample-value.js";

export interface BodyField {
  /** Path segments from the body root. */
  path: Array<string | number>;
  schema: any;
  required: boolean;
  /** Present in the base value. */
  present: boolean;
}

export function pointerOf(path: Array<string | number>): string {
  return path.map((p) => `/${String(p).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** Properties and required names of an object schema, merging allOf branches. */
export function objectShape(document: OpenApiDocument, raw: unknown): { properties: Record<string, any>; required: string[] } {
  const schema = deref(document, raw);
  const properties: Record<string, any> = { ...(schema?.properties ?? {}) };
  const required: string[] = [...(schema?.required ?? [])];
  for (const part of schema?.allOf ?? []) {
    const shape = objectShape(document, part);
    Object.assign(properties, shape.properties);
    required.push(...shape.required);
  }
  return { properties, required };
}

export function listBodyFields(document: OpenApiDocument, schema: unknown, value: unknown, maxDepth = 3): BodyField[] {
  const fields: BodyField[] = [];
  const visit = (raw: unknown, node: unknown, path: Array<string | number>, depth: number) => {
    if (depth >= maxDepth) return;
    const resolved = deref(document, raw);
    if (!resolved || typeof resolved !== "object") return;
    const type = primaryType(resolved) ?? (resolved.allOf ? "object" : undefined);
    if (type === "object" && node && typeof node === "object" && !Array.isArray(node)) {
      const shape = objectShape(document, resolved);
      for (const [name, prop] of Object.entries<any>(shape.properties)) {
        const propSchema = deref(document, prop);
        if (propSchema?.readOnly) continue;
        const present = name in (node as Record<string, unknown>);
        const fieldPath = [...path, name];
        fields.push({ path: fieldPath, schema: propSchema, required: shape.required.includes(name), present });
        if (present) visit(prop, (node as Record<string, unknown>)[name], fieldPath, depth + 1);
      }
    } else if (type === "array" && Array.isArray(node) && node.length > 0) {
      visit(resolved.items, node[0], [...path, 0], depth + 1);
    }
  };
  visit(schema, value, [], 0);
  return fields;
}

/** A deep copy of `value` with the field at `path` set (or removed when `replacement` is REMOVE). */
export const REMOVE = Symbol("remove");

export function withField(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return replacement === REMOVE ? undefined : replacement;
  let node: any = copy;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return copy;
    node = node[key];
  }
  if (node === null || typeof node !== "object") return copy;
  const last = path[path.length - 1]!;
  if (replacement === REMOVE) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}
