/**
 * Find every example in a spec together with the pointer of the schema it must satisfy:
 * media types, parameters and headers (`example`, `examples`), and schemas (`example`,
 * `examples` arrays).
 */
import type { OpenApiDocument } from "./load-spec.js";
import { deref, escapePointer } from "./resolve-ref.js";

export interface ExampleCase {
  /** Where the example is written. */
  at: string;
  /** Pointer of the schema the example must satisfy. */
  schemaPointer: string;
  value: unknown;
}

const SCHEMA_HINTS = ["type", "properties", "items", "enum", "oneOf", "anyOf", "allOf", "$ref", "const", "format"];

export function collectExamples(document: OpenApiDocument): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const visit = (node: any, pointer: string, insideExample: boolean) => {
    if (!node || typeof node !== "object" || insideExample) return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${pointer}/${i}`, false));
      return;
    }
    if (node.schema && typeof node.schema === "object") {
      const schemaPointer = `${pointer}/schema`;
      if (node.example !== undefined) cases.push({ at: `${pointer}/example`, schemaPointer, value: node.example });
      for (const [name, raw] of Object.entries<any>(node.examples ?? {})) {
        const example = deref(document, raw);
        if (example && "value" in example) {
          cases.push({ at: `${pointer}/examples/${escapePointer(name)}`, schemaPointer, value: example.value });
        }
      }
    } else if (SCHEMA_HINTS.some((hint) => hint in node)) {
      if (node.example !== undefined) cases.push({ at: `${pointer}/example`, schemaPointer: pointer, value: node.example });
      if (Array.isArray(node.examples)) {
        node.examples.forEach((value: unknown, i: number) => cases.push({ at: `${pointer}/examples/${i}`, schemaPointer: pointer, value }));
      }
    }
    for (const [key, child] of Object.entries<any>(node)) {
      const skip = key === "example" || key === "examples" || key.startsWith("x-");
      visit(child, `${pointer}/${escapePointer(key)}`, skip);
    }
  };
  visit(document, "#", false);
  return cases;
}
