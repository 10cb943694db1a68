/**
 * Shape a spec for comparison: every $ref inlined (so a change to a shared schema shows up at
 * each operation that uses it), path-level parameters and the root `security` copied into each
 * operation, `allOf` merged into one schema (json-schema-merge-allof, so moving properties into
 * an `allOf` part is not reported as a change), and `components` reduced to the security
 * schemes (the rest is inlined).
 */
import SwaggerParser from "@apidevtools/swagger-parser";
import mergeAllOf from "json-schema-merge-allof";
import type { OpenApiDocument } from "../spec/load-spec.js";
import { OperatorError } from "../spec/operator-error.js";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export async function prepareSpec(document: OpenApiDocument, label: string): Promise<OpenApiDocument> {
  let deref: OpenApiDocument;
  try {
    deref = (await SwaggerParser.dereference(structuredClone(document) as never, { dereference: { circular: "ignore" } })) as OpenApiDocument;
  } catch (error) {
    throw new OperatorError("SPEC_INVALID", `cannot resolve the $refs of ${label}: ${String((error as Error).message).split("\n")[0]}`);
  }
  // Dereferencing shares objects between uses; the comparison wants a plain tree.
  const doc = JSON.parse(JSON.stringify(deref)) as OpenApiDocument;
  for (const item of Object.values<Record<string, any>>(doc.paths ?? {})) {
    const shared: any[] = item.parameters ?? [];
    delete item.parameters;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const own: any[] = operation.parameters ?? [];
      const merged = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
      if (merged.length > 0) operation.parameters = merged;
      if (operation.security === undefined && doc.security !== undefined) operation.security = doc.security;
    }
  }
  mergeSchemas(doc.paths);
  doc.components = doc.components?.securitySchemes ? { securitySchemes: doc.components.securitySchemes } : {};
  return doc;
}

/** Merge every `allOf` under `node` (operations' parameter, body, response and header schemas). */
function mergeSchemas(node: unknown): void {
  if (!node || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === "schema" && value && typeof value === "object" && JSON.stringify(value).includes('"allOf"')) {
      (node as Record<string, unknown>)[key] = mergeSchema(value);
    } else mergeSchemas(value);
  }
}

function mergeSchema(schema: object): object {
  try {
    return mergeAllOf(schema as never, {
      ignoreAdditionalProperties: true,
      // Keywords the library does not know (x-*, examples, OpenAPI's own): the first part's value wins.
      resolvers: { defaultResolver: (values: unknown[]) => values[0] } as never,
    });
  } catch {
    return schema; // contradictory parts: compare them as written
  }
}
