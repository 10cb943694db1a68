/**
 * The classification table of `npm run diff`: every kind of spec change, and what it means for
 * a client (request side: what it may send; response side: what it can read) and for a
 * provider. A change is found structurally by Optic's `diff` (src/diff/find-changes.ts); this
 * table only says what it means. docs/diff.md prints the same table.
 *
 * Classes: `clients` = breaking for clients (they can no longer send or read something),
 * `providers` = breaking for providers (they must now do more), `both`, `compatible`.
 */

export type ChangeClass = "clients" | "providers" | "both" | "compatible";

/** Where a change sits: what a client sends, or what it reads. */
export type Side = "request" | "response";

export interface ChangeRule {
  /** Stable id, used in reports and in `x-breaking-changes` entries (`change:`). */
  id: string;
  /** What changed, in words. */
  title: string;
  request: ChangeClass;
  response: ChangeClass;
  why: string;
}

/** A schema change that narrows the accepted values is breaking for whoever sends them. */
const NARROWED = { request: "clients", response: "providers" } as const;
/** A schema change that widens the values is breaking for whoever reads them. */
const WIDENED = { request: "providers", response: "clients" } as const;
const BOTH = { request: "both", response: "both" } as const;
const NONE = { request: "compatible", response: "compatible" } as const;

export const CHANGE_RULES = [
  { id: "operation-removed", title: "operation removed", request: "clients", response: "clients", why: "clients can no longer call it" },
  { id: "operation-added", title: "operation added", request: "providers", response: "providers", why: "providers must implement it" },
  { id: "operation-id-changed", title: "operationId changed", request: "clients", response: "clients", why: "generated client code is keyed by operationId" },
  { id: "parameter-added-required", title: "required parameter added", request: "clients", response: "clients", why: "requests without it are now invalid" },
  { id: "parameter-added-optional", title: "optional parameter added", request: "providers", response: "providers", why: "providers must now honour it" },
  { id: "parameter-removed", title: "parameter removed", request: "clients", response: "clients", why: "clients that send it rely on something that is gone" },
  { id: "parameter-now-required", title: "parameter became required", request: "clients", response: "clients", why: "requests without it are now invalid" },
  { id: "parameter-now-optional", title: "parameter became optional", request: "providers", response: "providers", why: "providers must now cope without it" },
  { id: "request-body-added-required", title: "required request body added", request: "clients", response: "clients", why: "requests without a body are now invalid" },
  { id: "request-body-added-optional", title: "optional request body added", request: "providers", response: "providers", why: "providers must now read it" },
  { id: "request-body-removed", title: "request body removed", request: "clients", response: "clients", why: "clients can no longer send it" },
  { id: "request-body-now-required", title: "request body became required", request: "clients", response: "clients", why: "requests without a body are now invalid" },
  { id: "request-body-now-optional", title: "request body became optional", request: "providers", response: "providers", why: "providers must now cope without it" },
  { id: "media-type-added", title: "media type added", request: "providers", response: "clients", why: "request: providers must parse it; response: clients may receive a type they cannot read" },
  { id: "media-type-removed", title: "media type removed", request: "clients", response: "clients", why: "request: clients can no longer send it; response: clients asking for it can no longer read it" },
  { id: "status-added-success", title: "success status added", request: "clients", response: "clients", why: "clients may receive a success they do not handle" },
  { id: "status-added-error", title: "error status added", request: "compatible", response: "compatible", why: "clients handle undocumented errors generically" },
  { id: "status-removed", title: "status removed", request: "providers", response: "providers", why: "providers must stop sending it" },
  { id: "response-header-added-required", title: "required response header added", request: "providers", response: "providers", why: "providers must now send it" },
  { id: "response-header-added-optional", title: "optional response header added", request: "compatible", response: "compatible", why: "nobody has to do anything" },
  { id: "response-header-removed", title: "response header removed", request: "clients", response: "clients", why: "clients can no longer read it" },
  { id: "security-added", title: "security requirement added or changed", request: "clients", response: "clients", why: "clients must now send other credentials" },
  { id: "security-removed", title: "security requirement removed", request: "providers", response: "providers", why: "providers must now serve callers without those credentials" },
  { id: "security-scheme-changed", title: "security scheme changed", request: "both", response: "both", why: "credentials travel differently" },
  { id: "type-narrowed", title: "type narrowed", ...NARROWED, why: "fewer types are allowed" },
  { id: "type-widened", title: "type widened", ...WIDENED, why: "more types are allowed" },
  { id: "type-changed", title: "type changed", ...BOTH, why: "values of the old type are invalid, values of the new one unknown" },
  { id: "enum-narrowed", title: "enum values removed (or enum added)", ...NARROWED, why: "fewer values are allowed" },
  { id: "enum-widened", title: "enum values added (or enum removed)", ...WIDENED, why: "more values are allowed" },
  { id: "enum-changed", title: "enum values added and removed", ...BOTH, why: "some old values are invalid, some new ones unknown" },
  { id: "required-added", title: "property became required", ...NARROWED, why: "values without it are invalid" },
  { id: "required-removed", title: "property became optional", ...WIDENED, why: "values may now lack it" },
  { id: "property-added", title: "property added", request: "providers", response: "compatible", why: "request: providers must honour it; response: tolerant readers ignore it" },
  { id: "property-removed", title: "property removed", request: "clients", response: "clients", why: "request: clients can no longer send it; response: clients can no longer read it" },
  { id: "additional-properties-closed", title: "additionalProperties closed", ...NARROWED, why: "undeclared properties are now invalid" },
  { id: "additional-properties-opened", title: "additionalProperties opened", ...WIDENED, why: "undeclared properties are now allowed" },
  { id: "format-narrowed", title: "format added or changed", ...NARROWED, why: "values must now have this format" },
  { id: "format-widened", title: "format removed", ...WIDENED, why: "values of any format are allowed" },
  { id: "bound-narrowed", title: "range, length, size or pattern narrowed", ...NARROWED, why: "fewer values are allowed" },
  { id: "bound-widened", title: "range, length, size or pattern widened", ...WIDENED, why: "more values are allowed" },
  { id: "composition-narrowed", title: "oneOf/anyOf branch removed or allOf part added", ...NARROWED, why: "fewer values are allowed" },
  { id: "composition-widened", title: "oneOf/anyOf branch added or allOf part removed", ...WIDENED, why: "more values are allowed" },
  { id: "known-values-changed", title: "x-known-values changed", ...NONE, why: "an open enum: values outside it are warnings, never failures" },
  { id: "default-changed", title: "default changed", ...NONE, why: "valid values stay valid (behaviour may differ: review)" },
  { id: "documentation", title: "documentation or extension changed", ...NONE, why: "descriptions, examples, summaries, tags and x- extensions are not part of the wire contract" },
  { id: "unclassified", title: "other change", ...BOTH, why: "no rule covers it: review it, and acknowledge it if intended" },
] as const satisfies readonly ChangeRule[];

export type ChangeRuleId = (typeof CHANGE_RULES)[number]["id"];

const BY_ID = new Map<string, ChangeRule>(CHANGE_RULES.map((r) => [r.id, r]));

export function ruleFor(id: ChangeRuleId): ChangeRule {
  return BY_ID.get(id)!;
}

export function classOf(id: ChangeRuleId, side: Side): ChangeClass {
  return ruleFor(id)[side];
}

export const breaksClients = (c: ChangeClass) => c === "clients" || c === "both";
export const breaksProviders = (c: ChangeClass) => c === "providers" || c === "both";

/** Schema keywords that describe, never constrain. */
export const DOC_KEYWORDS = new Set([
  "description", "summary", "title", "example", "examples", "externalDocs", "tags", "deprecated", "$comment",
  "x-source-notes", "x-state-transitions",
]);

/** Numeric bounds: `+1` when a larger value narrows (minimum), `-1` when a smaller one does (maximum). */
export const NUMERIC_BOUNDS: Readonly<Record<string, 1 | -1>> = {
  minimum: 1, exclusiveMinimum: 1, minLength: 1, minItems: 1, minProperties: 1,
  maximum: -1, exclusiveMaximum: -1, maxLength: -1, maxItems: -1, maxProperties: -1,
};
