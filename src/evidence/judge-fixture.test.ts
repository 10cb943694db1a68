import { describe, expect, it } from "vitest";
import { createSpecValidator } from "../validate/spec-validator.js";
import { judgeFixture } from "./judge-fixture.js";
import type { FixtureEntry } from "./manifest.js";

const validator = createSpecValidator({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/things/{id}": {
      put: {
        operationId: "putThing",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", pattern: "^[a-z]+$" } }],
        requestBody: {
          required: true,
          content: { "application/json": { schema: { type: "object", required: ["size"], properties: { size: { type: "integer" } } } } },
        },
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: { type: "object", properties: { state: { type: "string", enum: ["A", "B"] } } } } },
          },
        },
      },
    },
  },
});

const entry = (over: Partial<FixtureEntry>): FixtureEntry => ({
  file: "f.json",
  source: { repository: "o/r", path: "p", commit: "0".repeat(40) },
  operation: "putThing",
  kind: "request",
  status: 200,
  verdict: "accepted",
  reason: "r",
  ...over,
});

describe("judgeFixture", () => {
  it.each([
    ["a valid request body", entry({}), '{"size": 3}', "accepted"],
    ["a request body missing a required field", entry({}), "{}", "rejected"],
    ["text that is not JSON", entry({}), '{"size": 3,}', "rejected"],
    ["a valid response body", entry({ kind: "response" }), '{"state": "A"}', "accepted"],
    ["a response body outside its enum", entry({ kind: "response" }), '{"state": "C"}', "rejected"],
    ["an undocumented response status", entry({ kind: "response", status: 404 }), "{}", "rejected"],
    ["a request with a bad path parameter", entry({ params: { path: { id: "A1" } } }), '{"size": 3}', "rejected"],
  ])("%s", (_name, fixture, text, verdict) => {
    expect(judgeFixture(validator, fixture, text).verdict).toBe(verdict);
  });

  it("judges both halves of a recorded exchange", () => {
    const exchange = (size: unknown, state: string) =>
      JSON.stringify({
        request: { method: "PUT", path: "/things/abc", headers: { "Content-Type": "application/json" }, body: { size } },
        response: { status: 200, headers: { "content-type": "application/json" }, body: { state } },
      });
    const recorded = entry({ kind: "exchange" });
    expect(judgeFixture(validator, recorded, exchange(1, "A")).verdict).toBe("accepted");
    const badRequest = judgeFixture(validator, recorded, exchange("x", "A"));
    expect(badRequest.errors.map((f) => f.message)).toEqual([expect.stringMatching(/^request: /)]);
    const badResponse = judgeFixture(validator, recorded, exchange(1, "Z"));
    expect(badResponse.errors.map((f) => f.message)).toEqual([expect.stringMatching(/^response: /)]);
  });

  it("refuses an exchange whose request is another operation", () => {
    const text = JSON.stringify({ request: { method: "GET", path: "/things/abc" }, response: { status: 200 } });
    expect(judgeFixture(validator, entry({ kind: "exchange" }), text).errors[0]?.keyword).toBe("route");
  });
});
