/**
 * The project's own spec rules, on top of Redocly's `recommended` set. Each rule is a small
 * named function over the indexed operations; a table keeps them selectable and testable.
 */
import type { OpenApiDocument } from "./load-spec.js";
import { indexOperations, type OperationInfo } from "./index-operations.js";

export interface RuleProblem {
  rule: string;
  message: string;
  where: string;
}

interface SpecRule {
  name: string;
  check(document: OpenApiDocument, operations: OperationInfo[]): string[];
}

const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;

export const SPEC_RULES: readonly SpecRule[] = [
  {
    name: "operation-id-camel-case",
    check: (_doc, ops) =>
      ops.filter((op) => !op.operation.operationId || !CAMEL_CASE.test(op.operation.operationId))
        .map((op) => `${op.method.toUpperCase()} ${op.path}: operationId "${op.operation.operationId ?? ""}" is missing or not camelCase`),
  },
  {
    name: "operation-id-unique",
    check: (_doc, ops) => {
      const seen = new Set<string>();
      return ops.filter((op) => (seen.has(op.operationId) ? true : (seen.add(op.operationId), false)))
        .map((op) => `operationId ${op.operationId} is used more than once`);
    },
  },
  {
    name: "operation-error-response",
    check: (_doc, ops) =>
      ops.filter((op) => !Object.keys(op.operation.responses ?? {}).some((code) => /^4(\d\d|XX)$/i.test(code)))
        .map((op) => `${op.operationId}: no 4xx error response`),
  },
  {
    name: "operation-summary-and-tags",
    check: (_doc, ops) =>
      ops.filter((op) => !op.operation.summary || !(op.operation.tags?.length > 0))
        .map((op) => `${op.operationId}: needs a summary and at least one tag`),
  },
  {
    name: "success-response-example",
    check: (doc, ops) => ops.flatMap((op) => missingSuccessExamples(doc, op)),
  },
  {
    name: "source-notes",
    check: (doc) =>
      Array.isArray(doc["x-source-notes"]) && doc["x-source-notes"].length > 0
        ? []
        : ["the document has no x-source-notes recording where sources disagree"],
  },
  {
    name: "known-values-shape",
    check: (doc) => knownValuesProblems(doc),
  },
];

/**
 * `x-known-values` (an open enum for an undocumented response value domain): a non-empty list
 * of distinct values of the schema's type, never beside a closed `enum`.
 */
function knownValuesProblems(doc: OpenApiDocument): string[] {
  const problems: string[] = [];
  const visit = (node: unknown, pointer: string): void => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${pointer}/${i}`));
    const schema = node as Record<string, unknown>;
    const known = schema["x-known-values"];
    if (known !== undefined) {
      const where = pointer || "/";
      if (!Array.isArray(known) || known.length === 0) problems.push(`${where}: x-known-values must be a non-empty array`);
      else {
        if (new Set(known).size !== known.length) problems.push(`${where}: x-known-values lists a value twice`);
        if (schema.enum !== undefined) problems.push(`${where}: x-known-values beside enum (an enum is closed; use one of them)`);
        const type = schema.type;
        if (typeof type === "string" && known.some((v) => !matchesType(v, type))) problems.push(`${where}: x-known-values has a value that is not of type ${type}`);
      }
    }
    for (const [key, value] of Object.entries(schema)) visit(value, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
  };
  visit(doc, "");
  return problems;
}

function matchesType(value: unknown, type: string): boolean {
  if (type === "integer") return Number.isInteger(value);
  if (type === "null") return value === null;
  return typeof value === type;
}

function missingSuccessExamples(doc: OpenApiDocument, op: OperationInfo): string[] {
  const problems: string[] = [];
  for (const [code, raw] of Object.entries<any>(op.operation.responses ?? {})) {
    if (!/^2/.test(code)) continue;
    const response = raw?.$ref ? resolveLocal(doc, raw.$ref) : raw;
    for (const [mediaType, media] of Object.entries<any>(response?.content ?? {})) {
      if (!/json/.test(mediaType)) continue;
      const hasExample = media.example !== undefined || Object.keys(media.examples ?? {}).length > 0;
      if (!hasExample) problems.push(`${op.operationId}: ${code} ${mediaType} has no example for the mock to serve`);
    }
  }
  return problems;
}

function resolveLocal(doc: OpenApiDocument, ref: string): any {
  return ref.slice(2).split("/").reduce<any>((node, key) => node?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
}

export function checkSpecRules(document: OpenApiDocument): RuleProblem[] {
  const operations = indexOperations(document);
  return SPEC_RULES.flatMap((rule) =>
    rule.check(document, operations).map((message) => ({ rule: rule.name, message, where: message.split(":")[0] ?? "" })),
  );
}
