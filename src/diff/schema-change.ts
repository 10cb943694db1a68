/**
 * What a change to one schema keyword does to the set of valid values: narrows it, widens it,
 * both, or nothing (documentation). The rule ids are rows of src/diff/rules.ts.
 */
import { DOC_KEYWORDS, NUMERIC_BOUNDS, type ChangeRuleId } from "./rules.js";

export interface KeywordChange {
  rule: ChangeRuleId;
  detail: string;
}

const show = (value: unknown) => (value === undefined ? "(none)" : JSON.stringify(value));
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** Classify the change of `keyword` from `before` to `after` (either may be undefined). */
export function classifyKeyword(keyword: string, before: unknown, after: unknown): KeywordChange[] {
  if (DOC_KEYWORDS.has(keyword) || keyword.startsWith("x-") && keyword !== "x-known-values") return [{ rule: "documentation", detail: `${keyword} changed` }];
  const detail = `${keyword}: ${show(before)} -> ${show(after)}`;
  switch (keyword) {
    case "type":
      return [{ rule: compareTypes(before, after), detail }];
    case "nullable":
      return [{ rule: before === true && after !== true ? "type-narrowed" : "type-widened", detail }];
    case "enum":
    case "const":
      return [{ rule: compareValueSets(before, after, keyword === "const"), detail: describeValueSets(keyword, before, after) }];
    case "x-known-values":
      return [{ rule: "known-values-changed", detail }];
    case "required":
      return compareRequired(before, after);
    case "additionalProperties":
    case "unevaluatedProperties": {
      const closedBefore = before === false;
      const closedAfter = after === false;
      if (closedBefore === closedAfter) return [{ rule: closedAfter ? "documentation" : "unclassified", detail }];
      return [{ rule: closedAfter ? "additional-properties-closed" : "additional-properties-opened", detail }];
    }
    case "format":
      return [{ rule: after === undefined ? "format-widened" : "format-narrowed", detail }];
    case "pattern":
      return [{ rule: after === undefined ? "bound-widened" : "bound-narrowed", detail }];
    case "uniqueItems":
      return [{ rule: after === true ? "bound-narrowed" : "bound-widened", detail }];
    case "multipleOf":
      if (before === undefined) return [{ rule: "bound-narrowed", detail }];
      if (after === undefined) return [{ rule: "bound-widened", detail }];
      return [{ rule: typeof before === "number" && typeof after === "number" && before % after === 0 ? "bound-widened" : "bound-narrowed", detail }];
    case "readOnly":
    case "writeOnly":
      return [{ rule: after === true ? "bound-narrowed" : "bound-widened", detail }];
    case "default":
      return [{ rule: "default-changed", detail }];
  }
  const direction = NUMERIC_BOUNDS[keyword];
  if (direction !== undefined) {
    if (before === undefined) return [{ rule: "bound-narrowed", detail }];
    if (after === undefined) return [{ rule: "bound-widened", detail }];
    if (typeof before !== "number" || typeof after !== "number") return [{ rule: "unclassified", detail }];
    return [{ rule: (after - before) * direction > 0 ? "bound-narrowed" : "bound-widened", detail }];
  }
  return [{ rule: "unclassified", detail }];
}

/** `integer` is a subset of `number`; a missing type allows every type. */
function compareTypes(before: unknown, after: unknown): ChangeRuleId {
  if (before === undefined) return "type-narrowed";
  if (after === undefined) return "type-widened";
  const b = asList(before).map(String);
  const a = asList(after).map(String);
  const allows = (set: string[], t: string) => set.includes(t) || (t === "integer" && set.includes("number"));
  const narrowed = a.every((t) => allows(b, t));
  const widened = b.every((t) => allows(a, t));
  if (narrowed && widened) return "documentation";
  if (narrowed) return "type-narrowed";
  if (widened) return "type-widened";
  return "type-changed";
}

function compareValueSets(before: unknown, after: unknown, single: boolean): ChangeRuleId {
  if (before === undefined) return "enum-narrowed";
  if (after === undefined) return "enum-widened";
  const b = new Set((single ? [before] : asList(before)).map((v) => JSON.stringify(v)));
  const a = new Set((single ? [after] : asList(after)).map((v) => JSON.stringify(v)));
  const removed = [...b].some((v) => !a.has(v));
  const added = [...a].some((v) => !b.has(v));
  if (removed && added) return "enum-changed";
  if (removed) return "enum-narrowed";
  if (added) return "enum-widened";
  return "documentation";
}

function compareRequired(before: unknown, after: unknown): KeywordChange[] {
  const b = asList(before).map(String);
  const a = asList(after).map(String);
  return [
    ...a.filter((name) => !b.includes(name)).map((name) => ({ rule: "required-added" as const, detail: `"${name}" is now required` })),
    ...b.filter((name) => !a.includes(name)).map((name) => ({ rule: "required-removed" as const, detail: `"${name}" is no longer required` })),
  ];
}

/** `enum: removed "B"; added "C"` rather than both full lists. */
function describeValueSets(keyword: string, before: unknown, after: unknown): string {
  if (before === undefined || after === undefined || keyword === "const") return `${keyword}: ${show(before)} -> ${show(after)}`;
  const b = asList(before).map((v) => JSON.stringify(v));
  const a = asList(after).map((v) => JSON.stringify(v));
  const removed = b.filter((v) => !a.includes(v));
  const added = a.filter((v) => !b.includes(v));
  return [`${keyword}:`, removed.length ? `removed ${removed.join(", ")}` : "", removed.length && added.length ? ";" : "", added.length ? `added ${added.join(", ")}` : ""].filter(Boolean).join(" ").replace(" ;", ";");
}
