/** Turn raw parameter strings into the JSON types their schemas declare, before validation. */

export function schemaTypes(schema: any): string[] {
  if (!schema || typeof schema !== "object") return [];
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === "string") return [schema.type];
  const branches = [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
  return branches.flatMap(schemaTypes);
}

export function coerceScalar(raw: string, schema: any): unknown {
  const types = schemaTypes(schema);
  if (types.includes("string")) return raw;
  if ((types.includes("integer") || types.includes("number")) && raw.trim() !== "" && !Number.isNaN(Number(raw))) {
    return Number(raw);
  }
  if (types.includes("boolean") && (raw === "true" || raw === "false")) return raw === "true";
  if (types.includes("null") && raw === "") return null;
  return raw;
}

/** Query values arrive as one string or a list; arrays keep every value, scalars the last. */
export function coerceParameter(raw: string | string[], schema: any, resolve: (s: any) => any): unknown {
  const resolved = resolve(schema);
  const types = schemaTypes(resolved);
  if (types.includes("array")) {
    const list = Array.isArray(raw) ? raw : raw.split(",");
    return list.map((item) => coerceScalar(item, resolve(resolved.items)));
  }
  const value = Array.isArray(raw) ? raw[raw.length - 1] ?? "" : raw;
  return coerceScalar(value, resolved);
}
