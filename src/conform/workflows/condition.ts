/**
 * Arazzo "simple" conditions: runtime expressions, 'string' literals, numbers, true/false/null,
 * comparison (== != < <= > >=), logic (&& || !) and parentheses, e.g.
 * `$statusCode == 200 && $response.body#/state == 'STABLE'`.
 */
import { evaluateExpression, ExpressionError, type ExpressionScope } from "./runtime-expression.js";

type Token = { kind: "value"; value: unknown } | { kind: "expr"; text: string } | { kind: "op"; text: string };

const TOKEN = /\s*(?:(\$[^\s()=!<>&|]+)|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?)\b|(true|false|null)\b|(==|!=|<=|>=|&&|\|\||[<>!()]))/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) throw new ExpressionError(`cannot parse condition near "${text.slice(at, at + 20)}"`);
    at = TOKEN.lastIndex;
    if (m[1]) tokens.push({ kind: "expr", text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: "value", value: m[2].replace(/\\(.)/g, "$1") });
    else if (m[3] !== undefined) tokens.push({ kind: "value", value: m[3].replace(/\\(.)/g, "$1") });
    else if (m[4] !== undefined) tokens.push({ kind: "value", value: Number(m[4]) });
    else if (m[5] !== undefined) tokens.push({ kind: "value", value: m[5] === "true" ? true : m[5] === "false" ? false : null });
    else tokens.push({ kind: "op", text: m[6]! });
  }
  return tokens;
}

export function evaluateCondition(text: string, scope: ExpressionScope): boolean {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (op: string) => peek()?.kind === "op" && (peek() as { text: string }).text === op;
  const or = (): unknown => {
    let left = and();
    while (isOp("||")) {
      i++;
      const right = and();
      left = Boolean(left) || Boolean(right);
    }
    return left;
  };
  const and = (): unknown => {
    let left = not();
    while (isOp("&&")) {
      i++;
      const right = not();
      left = Boolean(left) && Boolean(right);
    }
    return left;
  };
  const not = (): unknown => {
    if (isOp("!")) {
      i++;
      return !not();
    }
    return comparison();
  };
  const comparison = (): unknown => {
    const left = primary();
    const token = peek();
    if (token?.kind === "op" && ["==", "!=", "<", "<=", ">", ">="].includes(token.text)) {
      i++;
      return compare(left, token.text, primary());
    }
    return left;
  };
  const primary = (): unknown => {
    const token = tokens[i++];
    if (!token) throw new ExpressionError(`condition ends early: ${text}`);
    if (token.kind === "value") return token.value;
    if (token.kind === "expr") return evaluateExpression(token.text, scope);
    if (token.text === "(") {
      const value = or();
      if (!isOp(")")) throw new ExpressionError(`missing ) in ${text}`);
      i++;
      return value;
    }
    throw new ExpressionError(`unexpected ${token.text} in ${text}`);
  };
  const result = or();
  if (i < tokens.length) throw new ExpressionError(`unexpected trailing tokens in ${text}`);
  return Boolean(result);
}

function compare(left: unknown, op: string, right: unknown): boolean {
  const [a, b] = typeof left === "number" || typeof right === "number" ? [Number(left), Number(right)] : [left, right];
  switch (op) {
    case "==":
      return a === b || (a != null && b != null && String(a) === String(b));
    case "!=":
      return !compare(left, "==", right);
    case "<":
      return (a as number) < (b as number);
    case "<=":
      return (a as number) <= (b as number);
    case ">":
      return (a as number) > (b as number);
    default:
      return (a as number) >= (b as number);
  }
}
