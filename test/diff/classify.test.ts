/**
 * One before/after spec pair per kind of change, each asserting the rule and class the diff
 * gives it (and that it finds nothing else).
 */
import { describe, expect, it } from "vitest";
import { findChanges } from "../../src/diff/find-changes.js";
import { prepareSpec } from "../../src/diff/prepare-spec.js";
import { CHANGE_RULES, type ChangeClass } from "../../src/diff/rules.js";

type Op = Record<string, any>;

const ok = (schema: object = { type: "object", properties: { id: { type: "string" } } }) => ({
  "200": { description: "ok", content: { "application/json": { schema } } },
});
const jsonBody = (schema: object, required = true) => ({ required, content: { "application/json": { schema } } });
const query = (name: string, required = false, schema: object = { type: "string" }) => ({ name, in: "query", required, schema });
const op = (extra: Op = {}): Op => ({ operationId: "getThing", responses: ok(), ...extra });

function doc(paths: Record<string, Op>, extra: Record<string, any> = {}) {
  return {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: Object.entries(paths).reduce<Record<string, Op>>((all, [key, operation]) => {
      const [method, p] = key.split(" ") as [string, string];
      all[p] = { ...all[p], [method]: operation };
      return all;
    }, {}),
    components: { securitySchemes: { token: { type: "apiKey", in: "header", name: "X-Token" }, basic: { type: "http", scheme: "basic" } } },
    ...extra,
  };
}

interface Case {
  name: string;
  base: ReturnType<typeof doc>;
  head: ReturnType<typeof doc>;
  expected: Array<[string, ChangeClass]>;
}

const single = (name: string, before: Op, after: Op, rule: string, cls: ChangeClass, key = "get /things/{id}"): Case => ({
  name,
  base: doc({ [key]: before }),
  head: doc({ [key]: after }),
  expected: [[rule, cls]],
});

const userBody = (props: object, extra: object = {}) => ({ type: "object", properties: props, ...extra });

const CASES: Case[] = [
  { name: "operation removed", base: doc({ "get /a": op(), "delete /a": op({ operationId: "del" }) }), head: doc({ "get /a": op() }), expected: [["operation-removed", "clients"]] },
  { name: "operation added", base: doc({ "get /a": op() }), head: doc({ "get /a": op(), "get /b": op({ operationId: "getB" }) }), expected: [["operation-added", "providers"]] },
  single("operationId changed", op(), op({ operationId: "fetchThing" }), "operation-id-changed", "clients"),
  single("required parameter added", op(), op({ parameters: [query("q", true)] }), "parameter-added-required", "clients"),
  single("optional parameter added", op(), op({ parameters: [query("q")] }), "parameter-added-optional", "providers"),
  single("parameter removed", op({ parameters: [query("q")] }), op(), "parameter-removed", "clients"),
  single("parameter became required", op({ parameters: [query("q")] }), op({ parameters: [query("q", true)] }), "parameter-now-required", "clients"),
  single("parameter became optional", op({ parameters: [query("q", true)] }), op({ parameters: [query("q", false)] }), "parameter-now-optional", "providers"),
  single("required request body added", op(), op({ requestBody: jsonBody({ type: "object" }) }), "request-body-added-required", "clients", "post /things/{id}"),
  single("optional request body added", op(), op({ requestBody: jsonBody({ type: "object" }, false) }), "request-body-added-optional", "providers", "post /things/{id}"),
  single("request body removed", op({ requestBody: jsonBody({ type: "object" }) }), op(), "request-body-removed", "clients", "post /things/{id}"),
  single("request body became required", op({ requestBody: jsonBody({ type: "object" }, false) }), op({ requestBody: jsonBody({ type: "object" }, true) }), "request-body-now-required", "clients", "post /things/{id}"),
  single("request body became optional", op({ requestBody: jsonBody({ type: "object" }, true) }), op({ requestBody: jsonBody({ type: "object" }, false) }), "request-body-now-optional", "providers", "post /things/{id}"),
  single(
    "request media type added",
    op({ requestBody: jsonBody({ type: "object" }) }),
    op({ requestBody: { required: true, content: { "application/json": { schema: { type: "object" } }, "application/xml": { schema: { type: "object" } } } } }),
    "media-type-added", "providers", "post /things/{id}",
  ),
  single(
    "request media type removed",
    op({ requestBody: { required: true, content: { "application/json": { schema: { type: "object" } }, "application/xml": { schema: { type: "object" } } } } }),
    op({ requestBody: jsonBody({ type: "object" }) }),
    "media-type-removed", "clients", "post /things/{id}",
  ),
  single(
    "response media type added",
    op(),
    op({ responses: { "200": { description: "ok", content: { ...ok()["200"].content, "text/plain": { schema: { type: "string" } } } } } }),
    "media-type-added", "clients",
  ),
  single("success status added", op(), op({ responses: { ...ok(), "202": { description: "accepted" } } }), "status-added-success", "clients"),
  single("error status added", op(), op({ responses: { ...ok(), "404": { description: "missing" } } }), "status-added-error", "compatible"),
  single("status removed", op({ responses: { ...ok(), "404": { description: "missing" } } }), op(), "status-removed", "providers"),
  single(
    "required response header added",
    op(),
    op({ responses: { "200": { ...ok()["200"], headers: { "X-Request-Id": { required: true, schema: { type: "string" } } } } } }),
    "response-header-added-required", "providers",
  ),
  single(
    "response header removed",
    op({ responses: { "200": { ...ok()["200"], headers: { "X-Request-Id": { schema: { type: "string" } } } } } }),
    op(),
    "response-header-removed", "clients",
  ),
  single("security requirement added", op(), op({ security: [{ token: [] }] }), "security-added", "clients"),
  single("security alternative added", op({ security: [{ token: [] }] }), op({ security: [{ token: [] }, { basic: [] }] }), "security-removed", "providers"),
  {
    name: "security scheme changed",
    base: doc({ "get /a": op({ security: [{ token: [] }] }) }),
    head: (() => {
      const d = doc({ "get /a": op({ security: [{ token: [] }] }) });
      d.components.securitySchemes.token.name = "X-Api-Key";
      return d;
    })(),
    expected: [["security-scheme-changed", "both"]],
  },
  single("request type narrowed", op({ parameters: [query("n", false, { type: ["integer", "string"] })] }), op({ parameters: [query("n", false, { type: "integer" })] }), "type-narrowed", "clients"),
  single("response type widened", op({ responses: ok({ type: "object", properties: { n: { type: "integer" } } }) }), op({ responses: ok({ type: "object", properties: { n: { type: ["integer", "null"] } } }) }), "type-widened", "clients"),
  single("type changed", op({ parameters: [query("n", false, { type: "integer" })] }), op({ parameters: [query("n", false, { type: "boolean" })] }), "type-changed", "both"),
  single("request enum narrowed", op({ parameters: [query("s", false, { type: "string", enum: ["A", "B"] })] }), op({ parameters: [query("s", false, { type: "string", enum: ["A"] })] }), "enum-narrowed", "clients"),
  single("request enum widened", op({ parameters: [query("s", false, { type: "string", enum: ["A"] })] }), op({ parameters: [query("s", false, { type: "string", enum: ["A", "B"] })] }), "enum-widened", "providers"),
  single("response enum widened", op({ responses: ok(userBody({ state: { type: "string", enum: ["UP"] } })) }), op({ responses: ok(userBody({ state: { type: "string", enum: ["UP", "DOWN"] } })) }), "enum-widened", "clients"),
  single("enum values swapped", op({ parameters: [query("s", false, { type: "string", enum: ["A", "B"] })] }), op({ parameters: [query("s", false, { type: "string", enum: ["A", "C"] })] }), "enum-changed", "both"),
  single(
    "request property became required",
    op({ requestBody: jsonBody(userBody({ name: { type: "string" } })) }),
    op({ requestBody: jsonBody(userBody({ name: { type: "string" } }, { required: ["name"] })) }),
    "required-added", "clients", "post /things/{id}",
  ),
  single(
    "response property became optional",
    op({ responses: ok(userBody({ name: { type: "string" } }, { required: ["name"] })) }),
    op({ responses: ok(userBody({ name: { type: "string" } })) }),
    "required-removed", "clients",
  ),
  single("response property added", op({ responses: ok(userBody({ a: { type: "string" } })) }), op({ responses: ok(userBody({ a: { type: "string" }, b: { type: "string" } })) }), "property-added", "compatible"),
  single("request property added", op({ requestBody: jsonBody(userBody({ a: { type: "string" } })) }), op({ requestBody: jsonBody(userBody({ a: { type: "string" }, b: { type: "string" } })) }), "property-added", "providers", "post /things/{id}"),
  single("response property removed", op({ responses: ok(userBody({ a: { type: "string" }, b: { type: "string" } })) }), op({ responses: ok(userBody({ a: { type: "string" } })) }), "property-removed", "clients"),
  single(
    "request additionalProperties closed",
    op({ requestBody: jsonBody(userBody({ a: { type: "string" } })) }),
    op({ requestBody: jsonBody(userBody({ a: { type: "string" } }, { additionalProperties: false })) }),
    "additional-properties-closed", "clients", "post /things/{id}",
  ),
  single(
    "response additionalProperties opened",
    op({ responses: ok(userBody({ a: { type: "string" } }, { additionalProperties: false })) }),
    op({ responses: ok(userBody({ a: { type: "string" } })) }),
    "additional-properties-opened", "clients",
  ),
  single("format added", op({ parameters: [query("at")] }), op({ parameters: [query("at", false, { type: "string", format: "date-time" })] }), "format-narrowed", "clients"),
  single("response format removed", op({ responses: ok(userBody({ at: { type: "string", format: "date-time" } })) }), op({ responses: ok(userBody({ at: { type: "string" } })) }), "format-widened", "clients"),
  single("maxLength lowered", op({ parameters: [query("s", false, { type: "string", maxLength: 63 })] }), op({ parameters: [query("s", false, { type: "string", maxLength: 44 })] }), "bound-narrowed", "clients"),
  single("minimum lowered", op({ parameters: [query("n", false, { type: "integer", minimum: 1 })] }), op({ parameters: [query("n", false, { type: "integer", minimum: 0 })] }), "bound-widened", "providers"),
  single(
    "oneOf branch added in a response",
    op({ responses: ok({ oneOf: [{ type: "string" }, { type: "integer" }] }) }),
    op({ responses: ok({ oneOf: [{ type: "string" }, { type: "integer" }, { type: "boolean" }] }) }),
    "composition-widened", "clients",
  ),
  single("x-known-values grew", op({ responses: ok(userBody({ s: { type: "string", "x-known-values": ["A"] } })) }), op({ responses: ok(userBody({ s: { type: "string", "x-known-values": ["A", "B"] } })) }), "known-values-changed", "compatible"),
  single("default changed", op({ parameters: [query("n", false, { type: "integer", default: 1 })] }), op({ parameters: [query("n", false, { type: "integer", default: 2 })] }), "default-changed", "compatible"),
  single("description changed", op({ description: "old" }), op({ description: "new" }), "documentation", "compatible"),
  single("parameter style changed", op({ parameters: [query("q")] }), op({ parameters: [{ ...query("q"), style: "spaceDelimited" }] }), "unclassified", "both"),
];

describe("diff classification: one before/after pair per kind of change", () => {
  it.each(CASES)("$name", async ({ base, head, expected }) => {
    const changes = findChanges(await prepareSpec(base, "base"), await prepareSpec(head, "head"));
    expect(changes.map((c) => [c.rule, c.class])).toEqual(expected);
  });

  it("covers every rule of the table", () => {
    const tested = new Set(CASES.flatMap((c) => c.expected.map(([rule]) => rule)));
    const untested = CHANGE_RULES.map((r) => r.id).filter((id) => !tested.has(id));
    // Rules whose pairs are the mirror of a tested one (same code path, other direction).
    expect(untested.sort()).toEqual(["composition-narrowed", "response-header-added-optional"]);
  });

  it("reports a change of a shared component at every operation that uses it", async () => {
    const shared = (e: string[]) => ({ ...doc({ "get /a": op({ responses: ok({ $ref: "#/components/schemas/S" }) }), "get /b": op({ operationId: "getB", responses: ok({ $ref: "#/components/schemas/S" }) }) }) });
    const base = shared([]);
    const head = shared([]);
    (base.components as any).schemas = { S: userBody({ s: { type: "string", enum: ["A"] } }) };
    (head.components as any).schemas = { S: userBody({ s: { type: "string", enum: ["A", "B"] } }) };
    const changes = findChanges(await prepareSpec(base, "b"), await prepareSpec(head, "h"));
    expect(changes.map((c) => `${c.where} ${c.rule}`)).toEqual(["GET /a response 200 (application/json) .s enum-widened", "GET /b response 200 (application/json) .s enum-widened"]);
  });

  it("finds no change when properties move into an allOf part or parameters are reordered", async () => {
    const flat = userBody({ a: { type: "string" }, b: { type: "integer" } }, { required: ["a"] });
    const split = { allOf: [{ type: "object", properties: { a: { type: "string" } }, required: ["a"] }, { properties: { b: { type: "integer" } } }] };
    const base = doc({ "post /a": op({ parameters: [query("x"), query("y")], requestBody: jsonBody(flat) }) });
    const head = doc({ "post /a": op({ parameters: [query("y"), query("x")], requestBody: jsonBody(split) }) });
    expect(findChanges(await prepareSpec(base, "b"), await prepareSpec(head, "h"))).toEqual([]);
  });
});
