/** Type impact: which spec changes break a TypeScript consumer compiled against the base types. */
import { describe, expect, it } from "vitest";
import { findTypeBreaks } from "../../src/diff/type-impact.js";

const spec = (operation: Record<string, any>, more: Record<string, any> = {}) => ({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: { "/things": { get: { operationId: "listThings", ...operation } }, ...more },
});
const ok = (schema: object) => ({ "200": { description: "ok", content: { "application/json": { schema } } } });
const state = (values: string[]) => ok({ type: "object", required: ["state"], properties: { state: { type: "string", enum: values } } });
const q = (name: string, required: boolean) => ({ name, in: "query", required, schema: { type: "string" } });

describe("type impact (openapi-typescript types of both versions, compiled probe)", () => {
  it.each([
    { name: "a response enum value added breaks readers", base: spec({ responses: state(["UP"]) }), head: spec({ responses: state(["UP", "DOWN"]) }), parts: ["listThings responses"] },
    { name: "a required query parameter added breaks callers", base: spec({ responses: state(["UP"]) }), head: spec({ parameters: [q("region", true)], responses: state(["UP"]) }), parts: ["listThings parameters"] },
    { name: "a request property type changed breaks senders", base: spec({ requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { n: { type: "integer" } } } } } }, responses: state(["UP"]) }), head: spec({ requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { n: { type: "string" } } } } } }, responses: state(["UP"]) }), parts: ["listThings requestBody"] },
    { name: "an operation removed breaks its callers", base: spec({ responses: state(["UP"]) }, { "/other": { get: { operationId: "getOther", responses: state(["UP"]) } } }), head: spec({ responses: state(["UP"]) }), parts: ["getOther operation"] },
    { name: "an optional parameter added breaks nobody", base: spec({ responses: state(["UP"]) }), head: spec({ parameters: [q("page", false)], responses: state(["UP"]) }), parts: [] },
    { name: "a response enum value removed breaks nobody", base: spec({ responses: state(["UP", "DOWN"]) }), head: spec({ responses: state(["UP"]) }), parts: [] },
  ])("$name", async ({ base, head, parts }) => {
    const breaks = await findTypeBreaks(base, head);
    expect(breaks.map((b) => `${b.operationId} ${b.part}`)).toEqual(parts);
    for (const b of breaks) expect(b.message.length).toBeGreaterThan(10);
  }, 60_000);
});
