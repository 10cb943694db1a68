import { describe, expect, test } from "vitest";
import { createSpecValidator } from "../validate/spec-validator.js";
import type { RecordedExchange } from "./manifest.js";
import { validateExchange } from "./validate-exchange.js";

const validator = createSpecValidator({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  security: [{ token: [] }, { bearer: [] }],
  components: {
    securitySchemes: { token: { type: "apiKey", in: "header", name: "X-Auth-Token" }, bearer: { type: "http", scheme: "bearer" } },
  },
  paths: {
    "/jobs": {
      post: {
        operationId: "createJob",
        requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["name"], properties: { name: { type: "string" } } } } } },
        responses: {
          "202": {
            description: "accepted",
            content: { "application/json": { schema: { type: "object", properties: { state: { type: "string", "x-known-values": ["Accepted", "Finished"] } } } } },
          },
        },
      },
    },
    "/jobs/{id}": {
      get: {
        operationId: "getJob",
        security: [],
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", minLength: 3 } }],
        responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object", required: ["id"] } } } } },
      },
    },
  },
});

const TOKEN = { "x-auth-token": "***", "content-type": "application/json" };
const exchange = (method: string, path: string, headers: Record<string, string>, body: unknown, status: number, responseBody: unknown, contentType = "application/json"): RecordedExchange => ({
  request: { method, path, query: {}, headers, ...(body === undefined ? {} : { body }) },
  response: { status, headers: { "content-type": contentType }, ...(responseBody === undefined ? {} : { body: responseBody }) },
});

/** [case, exchange, expected violations as "operation direction rule where severity"] */
const CASES: Array<[string, RecordedExchange, string[]]> = [
  ["a conforming call", exchange("POST", "/jobs", TOKEN, { name: "a" }, 202, { state: "Accepted" }), []],
  ["an unknown path", exchange("GET", "/nope", TOKEN, undefined, 404, undefined), ["(unrouted) request route  error"]],
  ["an undocumented method", exchange("DELETE", "/jobs", TOKEN, undefined, 405, undefined), ["(unrouted) request route  error"]],
  ["no credential for any alternative", exchange("POST", "/jobs", { "content-type": "application/json" }, { name: "a" }, 202, {}), ["createJob request security  error"]],
  ["the second alternative (bearer)", exchange("POST", "/jobs", { authorization: "Bearer ***", "content-type": "application/json" }, { name: "a" }, 202, {}), []],
  ["an operation without security", exchange("GET", "/jobs/abc", {}, undefined, 200, { id: "abc" }), []],
  ["a path parameter that breaks the spec", exchange("GET", "/jobs/ab", {}, undefined, 200, { id: "ab" }), ["getJob request minLength /path/id error"]],
  ["a missing request body field", exchange("POST", "/jobs", TOKEN, {}, 202, {}), ["createJob request required  error"]],
  ["an undocumented status", exchange("POST", "/jobs", TOKEN, { name: "a" }, 418, {}), ["createJob response status  error"]],
  ["a value outside x-known-values is a warning", exchange("POST", "/jobs", TOKEN, { name: "a" }, 202, { state: "Exploded" }), ["createJob response x-known-values /state warning"]],
  ["a JSON content type with a body that is not JSON", exchange("GET", "/jobs/abc", {}, undefined, 200, "{oops"), ["getJob response json  error"]],
  ["a response body missing a required field", exchange("GET", "/jobs/abc", {}, undefined, 200, {}), ["getJob response required  error"]],
];

describe("validateExchange", () => {
  test.each(CASES)("%s", (_name, x, expected) => {
    const { violations } = validateExchange(validator, x);
    expect(violations.map((v) => `${v.operation} ${v.direction} ${v.rule} ${v.where} ${v.severity}`)).toEqual(expected);
  });

  test("a recording listed under another operation is a route violation", () => {
    const { violations } = validateExchange(validator, exchange("GET", "/jobs/abc", {}, undefined, 200, { id: "abc" }), "createJob");
    expect(violations).toEqual([expect.objectContaining({ operation: "createJob", rule: "route", message: "GET /jobs/abc is getJob, not createJob" })]);
  });

  test("messages do not repeat the pointer", () => {
    const { violations } = validateExchange(validator, exchange("POST", "/jobs", TOKEN, {}, 202, {}));
    expect(violations[0]!.message).toBe("must have required property 'name'");
  });
});
