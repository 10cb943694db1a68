/**
 * Arazzo 1.0 Criterion Objects: `simple` (the default), `regex` and `jsonpath` are evaluated with
 * Redocly Respect's runtime-expression engine and the RFC 9535 JSONPath library Respect uses.
 * As in Respect, a jsonpath condition queries a one-element array holding the context value, so
 * `$[?@.state == 'STABLE']` tests the value itself. Any other type (xpath, or a typo) is refused when the workflows load, never evaluated as
 * something else.
 */
import { query } from "jsonpath-rfc9535";
import { parseRuntimeExpression } from "@redocly/respect-core/runtime-expressions";
import type { Criterion } from "./arazzo-types.js";
import { evaluateExpression, ExpressionError, type ExpressionScope } from "./runtime-expression.js";

export type CriterionType = "simple" | "regex" | "jsonpath";

/** The criterion's type, or a one-line reason why it cannot be evaluated. */
export function criterionType(criterion: Criterion): CriterionType | { refused: string } {
  const raw = criterion.type as unknown;
  const name = raw && typeof raw === "object" ? (raw as { type?: unknown }).type : raw;
  if (name === undefined || name === "simple") {
    // Respect's grammar has no grouping or negation: refuse what it cannot parse, never guess.
    try {
      parseRuntimeExpression(criterion.condition);
    } catch {
      return { refused: `simple condition "${criterion.condition}" is outside the runtime-expression grammar (no parentheses or !; split it into several criteria or use a regex criterion)` };
    }
    return "simple";
  }
  if (name === "regex" || name === "jsonpath") {
    if (!criterion.context) return { refused: `a ${name} criterion needs a context ("${criterion.condition}")` };
    return name;
  }
  return { refused: `criterion type ${JSON.stringify(name)} is not supported (simple, regex and jsonpath are)` };
}

export function evaluateCriterion(criterion: Criterion, scope: ExpressionScope): boolean {
  const type = criterionType(criterion);
  if (typeof type === "object") throw new ExpressionError(type.refused);
  if (type === "simple") return evaluateExpression(criterion.condition, scope) === true;
  const data = evaluateExpression(criterion.context!, scope);
  if (type === "regex") return toRegExp(criterion.condition).test(typeof data === "string" ? data : JSON.stringify(data ?? ""));
  return query([data] as never, resolveEmbedded(criterion.condition, scope)).length > 0;
}

/** `/pattern/flags` or a bare pattern. */
function toRegExp(condition: string): RegExp {
  const parts = condition.match(/^\/(.*)\/([gimsuy]*)$/);
  try {
    return parts ? new RegExp(parts[1]!, parts[2]) : new RegExp(condition);
  } catch (error) {
    throw new ExpressionError(`invalid regex criterion ${condition}: ${(error as Error).message}`);
  }
}

/** `{$...}` inside a JSONPath condition is evaluated first and written as a JSONPath literal. */
function resolveEmbedded(condition: string, scope: ExpressionScope): string {
  return condition.replace(/\{(\$[^{}]+)\}/g, (match, expression: string) => {
    const value = evaluateExpression(expression, scope);
    if (value === undefined) return match;
    return typeof value === "string" || typeof value === "object" ? JSON.stringify(value) : String(value);
  });
}
