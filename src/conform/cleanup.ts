/**
 * What the run created and must delete at the end. The workflow file's `x-cleanup` table says
 * which answers create something and which teardown workflow deletes it; teardowns run after
 * the cases and workflows, also after failures, on the deadline and on Ctrl-C.
 */
import type { CleanupRule } from "./workflows/arazzo-types.js";
import type { ExpressionScope } from "./workflows/runtime-expression.js";
import type { Exchange } from "./exchange.js";

type Extract = typeof import("./workflows/runtime-expression.js").evaluateExtraction;

export interface CleanupEntry {
  label: string;
  rule: CleanupRule;
  inputs: Record<string, unknown>;
}

/**
 * The registry of a run that sends these operations. Rules are evaluated with Respect's engine,
 * loaded here only when a rule names one of them (no other exchange can match a rule, so nothing
 * else can need a teardown); the teardown's step runner is loaded with it, before the run starts.
 */
export async function createCleanupRegistry(rules: readonly CleanupRule[], operationIds: ReadonlySet<string>): Promise<CleanupRegistry> {
  if (!rules.some((rule) => operationIds.has(rule.operationId))) return new CleanupRegistry([], () => undefined);
  const [expressions] = await Promise.all([import("./workflows/runtime-expression.js"), import("./workflows/run-workflow.js")]);
  return new CleanupRegistry(rules, expressions.evaluateExtraction);
}

export class CleanupRegistry {
  private readonly entries = new Map<string, CleanupEntry>();

  constructor(
    private readonly rules: readonly CleanupRule[],
    private readonly evaluateExtraction: Extract,
  ) {}

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
        inputs = Object.fromEntries(Object.entries(rule.inputs ?? {}).map(([k, v]) => [k, this.evaluateExtraction(v, scope)]));
      } catch {
        inputs = {};
      }
      let label = `${rule.operationId} ${JSON.stringify(inputs)}`;
      try {
        if (rule.label) label = String(this.evaluateExtraction(rule.label, { ...scope, inputs }));
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
