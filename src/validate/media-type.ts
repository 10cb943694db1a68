/** Media type matching as OpenAPI content maps need it. */

export function baseMediaType(contentType: string | undefined | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

export function isJsonMediaType(contentType: string | undefined | null): boolean {
  const base = baseMediaType(contentType);
  return base === "application/json" || base.endsWith("+json");
}

/** Pick the content-map key that serves `contentType` (exact, then type/*, then * /*). */
export function pickMediaType(content: Record<string, unknown> | undefined, contentType: string | undefined): string | undefined {
  if (!content) return undefined;
  const keys = Object.keys(content);
  const base = baseMediaType(contentType);
  if (!base) return keys[0];
  const exact = keys.find((k) => baseMediaType(k) === base);
  if (exact) return exact;
  const [type] = base.split("/");
  return keys.find((k) => k === `${type}/*`) ?? keys.find((k) => k === "*/*");
}
