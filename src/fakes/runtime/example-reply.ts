/** Answer an operation from the spec's own examples (for operations without state semantics). */
import type { SpecValidator } from "../../validate/spec-validator.js";
import { deref } from "../../spec/resolve-ref.js";
import type { FakeReply } from "./types.js";

export function exampleReply(validator: SpecValidator, operationId: string, status?: number, name?: string): FakeReply {
  const operation = validator.getOperation(operationId).operation;
  const codes = Object.keys(operation.responses ?? {}).filter((code) => (status ? code === String(status) : /^2\d\d$/.test(code)));
  for (const code of codes) {
    const response = deref(validator.document, operation.responses[code]);
    const entries = Object.entries<any>(response?.content ?? {});
    if (entries.length === 0) return { status: Number(code) };
    for (const [mediaType, media] of entries) {
      const examples = Object.entries<any>(media.examples ?? {});
      const chosen = name ? examples.find(([key]) => key === name) : examples[0];
      const value = chosen ? deref(validator.document, chosen[1])?.value : media.example;
      if (value !== undefined) return { status: Number(code), body: value, contentType: mediaType };
    }
  }
  throw new Error(`${operationId}: the spec has no example for ${status ?? "a 2xx"} response`);
}
