/**
 * What the run created and must delete at the end. The workflow file's `x-cleanup` table says
 * which answers create something and which teardown workflow deletes it; teardowns run after
 * the cases and workflows, also after failures, on the deadline and on Ctrl-C.
 */
import type { CleanupRule } from "./workflows/arazzo-types.js";
import { evaluateExtraction, type ExpressionScope } from "./workflows/runtime-expression.js";
import type { Exchange } from "./exchange.js";

export interface CleanupEntry {
  label: string;
  rule: CleanupRule;
  inputs: Record<string, unknown>;
}

export class CleanupRegistry {
  private readonly entries = new Map<string, CleanupEntry>();

  constructor(private readonly rules: readonly CleanupRule[]) {}

  /** Look at one answered request; remember a teardown when it created something. */
  observe(exchange: Exchange): void {
    const response = exchange.response;
    if (!response) return;
    for (const rule of this.rules) {
      if (rule.operationId !== exchange.operation.operationId || exchange.method.toLowerCase() !== exchange.operation.method) continue;
      const statuses = rule.status ?? [];
      const created = statuses.length > 0 ? statuses.includes(response.status) : response.status >= 200 && response.status < 300;
      if (!created) continue;
      const scope = scopeOf(exchange);
      let inputs: Record<string, unknown>;
      try {
        inputs = Object.fromEntries(Object.entries(rule.inputs ?? {}).map(([k, v]) => [k, evaluateExtraction(v, scope)]));
      } catch {
        inputs = {};
      }
      let label = `${rule.operationId} ${JSON.stringify(inputs)}`;
      try {
        if (rule.label) label = String(evaluateExtraction(rule.label, { ...scope, inputs }));
      } catch {
        // an answer without the labelled field (a broken body) still gets cleaned up
      }
      if (!this.entries.has(label)) this.entries.set(label, { label, rule, inputs });
    }
  }

  pending(): CleanupEntry[] {
    return [...this.entries.values()];
  }
}

export function scopeOf(exchange: Exchange): ExpressionScope {
  const url = new URL(exchange.request.url);
  let requestBody: unknown = exchange.request.body;
  try {
    if (typeof requestBody === "string") requestBody = JSON.parse(requestBody);
  } catch {
    // keep the text
  }
  return {
    inputs: {},
    steps: {},
    url: exchange.request.url,
    method: exchange.method,
    request: {
      headers: Object.fromEntries(Object.entries(exchange.request.headers).map(([k, v]) => [k.toLowerCase(), v])),
      query: Object.fromEntries(url.searchParams.entries()),
      path: pathParamsOf(exchange),
      body: requestBody,
    },
    response: exchange.response ? { status: exchange.response.status, headers: exchange.response.headers, body: exchange.response.body } : undefined,
  };
}

function pathParamsOf(exchange: Exchange): Record<string, string> {
  const template = exchange.operation.path.split("/");
  const actual = new URL(exchange.request.url).pathname.split("/");
  const offset = actual.length - template.length;
  const out: Record<string, string> = {};
  template.forEach((segment, i) => {
    const name = segment.match(/^\{(.+)\}$/)?.[1];
    if (name && actual[i + offset] !== undefined) out[name] = decodeURIComponent(actual[i + offset]!);
  });
  return out;
}
