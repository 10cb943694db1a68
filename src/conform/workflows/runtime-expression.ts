/**
 * The subset of Arazzo runtime expressions the workflows use, evaluated in-process:
 * $url, $method, $statusCode, $request.{header.N|query.N|path.N|body[#/ptr]},
 * $response.{header.N|body[#/ptr]}, $inputs.N[#/ptr], $steps.S.outputs.N[#/ptr],
 * and "{$...}" expressions embedded in strings.
 */
import { valueAt } from "../../validate/finding.js";

export interface ExpressionScope {
  inputs: Record<string, unknown>;
  steps: Record<string, { outputs: Record<string, unknown> }>;
  url?: string;
  method?: string;
  request?: { headers: Record<string, string>; query: Record<string, string | string[]>; path: Record<string, string>; body: unknown };
  response?: { status: number; headers: Record<string, string>; body: unknown };
}

export class ExpressionError extends Error {}

const EXPRESSION = /^\$(url|method|statusCode|request\.|response\.|inputs\.|steps\.|outputs\.)/;

export function isRuntimeExpression(text: unknown): text is string {
  return typeof text === "string" && EXPRESSION.test(text);
}

export function evaluateExpression(expression: string, scope: ExpressionScope): unknown {
  const hash = expression.indexOf("#");
  const head = hash >= 0 ? expression.slice(0, hash) : expression;
  const pointer = hash >= 0 ? expression.slice(hash + 1) : undefined;
  const base = evaluateHead(head, scope);
  return pointer === undefined ? base : valueAt(base, pointer);
}

function evaluateHead(head: string, scope: ExpressionScope): unknown {
  if (head === "$url") return scope.url;
  if (head === "$method") return scope.method;
  if (head === "$statusCode") return scope.response?.status;
  const [root, ...rest] = head.slice(1).split(".");
  const tail = rest.join(".");
  switch (root) {
    case "request":
      return fromMessage(scope.request, tail, true);
    case "response":
      return fromMessage(scope.response, tail, false);
    case "inputs":
      return scope.inputs[tail];
    case "steps": {
      const match = tail.match(/^([^.]+)\.outputs\.(.+)$/);
      if (!match) throw new ExpressionError(`unsupported expression ${head}`);
      const step = scope.steps[match[1]!];
      if (!step) throw new ExpressionError(`step "${match[1]}" has not run yet (${head})`);
      return step.outputs[match[2]!];
    }
    default:
      throw new ExpressionError(`unsupported expression ${head}`);
  }
}

function fromMessage(message: ExpressionScope["request"] | ExpressionScope["response"], tail: string, isRequest: boolean): unknown {
  if (!message) return undefined;
  if (tail === "body") return message.body;
  const dot = tail.indexOf(".");
  const source = dot >= 0 ? tail.slice(0, dot) : tail;
  const name = dot >= 0 ? tail.slice(dot + 1) : "";
  if (source === "header") return message.headers[name.toLowerCase()];
  if (isRequest && source === "query") return (message as NonNullable<ExpressionScope["request"]>).query[name];
  if (isRequest && source === "path") return (message as NonNullable<ExpressionScope["request"]>).path[name];
  throw new ExpressionError(`unsupported expression source ${source}`);
}

/** A value from a workflow document: a whole expression, a string with {$...} parts, or a literal (deeply). */
export function evaluateValue(value: unknown, scope: ExpressionScope): unknown {
  if (typeof value === "string") {
    if (isRuntimeExpression(value) && !/\s/.test(value)) return evaluateExpression(value, scope);
    if (value.includes("{$")) return value.replace(/\{(\$[^}]+)\}/g, (_, inner: string) => String(evaluateExpression(inner, scope) ?? ""));
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => evaluateValue(item, scope));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, evaluateValue(v, scope)]));
  }
  return value;
}

/** Our one extension: `{x-from: <expression>, x-pattern: <regex with one group>}` extracts a part of a value. */
export function evaluateExtraction(spec: unknown, scope: ExpressionScope): unknown {
  if (spec && typeof spec === "object" && "x-from" in spec) {
    const { "x-from": from, "x-pattern": pattern } = spec as { "x-from": string; "x-pattern"?: string };
    const value = evaluateValue(from, scope);
    if (!pattern) return value;
    const match = String(value ?? "").match(new RegExp(pattern));
    return match ? (match[1] ?? match[0]) : undefined;
  }
  return evaluateValue(spec, scope);
}
