/**
 * Arazzo runtime expressions, evaluated by Redocly Respect's engine (@redocly/respect-core):
 * $url, $method, $statusCode, $request.*, $response.*, $inputs.*, $steps.*, JSON pointers after
 * `#`, and `{$...}` expressions embedded in strings. This module only maps our step scope onto
 * Respect's context and keeps our one extension, `x-from` / `x-pattern`.
 */
import {
  evaluateRuntimeExpression,
  evaluateRuntimeExpressionPayload,
  isPureRuntimeExpression,
} from "@redocly/respect-core/runtime-expressions";

export interface ExpressionScope {
  inputs: Record<string, unknown>;
  steps: Record<string, { outputs: Record<string, unknown> }>;
  url?: string;
  method?: string;
  request?: { headers: Record<string, string>; query: Record<string, string | string[]>; path: Record<string, string>; body: unknown };
  response?: { status: number; headers: Record<string, string>; body: unknown };
}

export class ExpressionError extends Error {}

/** Respect logs through this; its messages become our errors instead. */
const SILENT_LOGGER = { info() {}, warn() {}, error() {}, output() {}, printNewLine() {} } as never;

/** Respect's context for one step: header names lower-cased, as Respect looks them up. */
export function toRespectContext(scope: ExpressionScope): Record<string, unknown> {
  const steps = Object.fromEntries(Object.entries(scope.steps).map(([id, step]) => [id, { outputs: step.outputs }]));
  return {
    $workflows: {},
    $sourceDescriptions: {},
    $steps: steps,
    $inputs: scope.inputs,
    $url: scope.url,
    $method: scope.method,
    $statusCode: scope.response?.status,
    $request: scope.request && {
      header: lowerKeys(scope.request.headers),
      query: scope.request.query,
      path: scope.request.path,
      body: scope.request.body,
    },
    $response: scope.response && {
      statusCode: scope.response.status,
      header: lowerKeys(scope.response.headers),
      body: scope.response.body,
    },
  };
}

/** A step id the expression names that has not run is an error, never a silent undefined. */
function assertStepsRan(text: string, scope: ExpressionScope): void {
  for (const match of text.matchAll(/\$steps\.([A-Za-z0-9_-]+)/g)) {
    if (!scope.steps[match[1]!]) throw new ExpressionError(`step "${match[1]}" has not run yet (${text})`);
  }
}

export function evaluateExpression(expression: string, scope: ExpressionScope): unknown {
  assertStepsRan(expression, scope);
  try {
    return evaluateRuntimeExpression(expression, toRespectContext(scope) as never, SILENT_LOGGER);
  } catch (error) {
    throw new ExpressionError(`cannot evaluate ${expression}: ${firstLine(error)}`);
  }
}

export function isRuntimeExpression(text: unknown): text is string {
  return typeof text === "string" && isPureRuntimeExpression(text);
}

/** A value from a workflow document: a whole expression, a string with {$...} parts, or a literal (deeply). */
export function evaluateValue(value: unknown, scope: ExpressionScope): unknown {
  if (typeof value === "string") assertStepsRan(value, scope);
  else if (value && typeof value === "object") assertStepsRan(JSON.stringify(value), scope);
  try {
    return evaluateRuntimeExpressionPayload({ payload: value, context: toRespectContext(scope) as never, logger: SILENT_LOGGER });
  } catch (error) {
    throw new ExpressionError(`cannot evaluate ${JSON.stringify(value)}: ${firstLine(error)}`);
  }
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

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split("\n")[0]!;
}
