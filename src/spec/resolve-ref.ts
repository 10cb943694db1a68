/** Follow local `$ref`s ("#/components/...") inside one OpenAPI document. */
import type { OpenApiDocument } from "./load-spec.js";

export function resolvePointer(document: OpenApiDocument, pointer: string): unknown {
  if (!pointer.startsWith("#")) throw new Error(`only local $refs are supported: ${pointer}`);
  const parts = pointer.slice(1).split("/").slice(1).map(unescapePointer);
  let node: any = document;
  for (const part of parts) {
    if (node === null || typeof node !== "object" || !(part in node)) {
      throw new Error(`unresolvable $ref ${pointer}`);
    }
    node = node[part];
  }
  return node;
}

/** Resolve an object that may be a `$ref` (following chains) to its target. */
export function deref<T = any>(document: OpenApiDocument, value: unknown): T {
  let node: any = value;
  for (let hops = 0; node && typeof node === "object" && typeof node.$ref === "string"; hops++) {
    if (hops > 32) throw new Error(`$ref cycle at ${node.$ref}`);
    node = resolvePointer(document, node.$ref);
  }
  return node as T;
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapePointer(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~");
}
