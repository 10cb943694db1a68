import { describe, expect, test } from "vitest";
import { evaluateCondition } from "./condition.js";
import { evaluateExtraction, evaluateValue, type ExpressionScope } from "./runtime-expression.js";

const scope: ExpressionScope = {
  inputs: { name: "svc-1" },
  steps: { create: { outputs: { uuid: "u-1" } } },
  url: "http://127.0.0.1/x",
  method: "GET",
  request: { headers: {}, query: { verbose: "true" }, path: { id: "7" }, body: { name: "svc-1" } },
  response: { status: 303, headers: { location: "http://h/bigdata/api/v1/clusters/test/p/1.0.0/4" }, body: { status: "registered", data: { status: "ready" } } },
};

describe("Arazzo runtime expressions and conditions", () => {
  test.each([
    ["$statusCode == 303", true],
    ["$statusCode == 200 || $statusCode == 303", true],
    ["$statusCode == 200 && $response.body#/status == 'registered'", false],
    ["$response.body#/data/status == 'ready'", true],
    ["!($statusCode < 300)", true],
    ["$request.query.verbose == true", true],
    ["$steps.create.outputs.uuid == 'u-1' && $inputs.name != 'x'", true],
    ["$response.body#/missing == null", false],
  ])("%s -> %s", (condition, expected) => {
    expect(evaluateCondition(condition, scope)).toBe(expected);
  });

  test("values: whole expressions, embedded {$...} and nested payloads", () => {
    expect(evaluateValue({ name: "$inputs.name", label: "svc {$inputs.name}", list: ["$request.path.id"] }, scope)).toEqual({ name: "svc-1", label: "svc svc-1", list: ["7"] });
    expect(evaluateValue("$response.header.Location", scope)).toContain("/clusters/test/");
  });

  test("x-from / x-pattern cuts a part out of a value", () => {
    expect(evaluateExtraction({ "x-from": "$response.header.location", "x-pattern": "/clusters/[^/]+/[^/]+/[^/]+/([^/?#]+)$" }, scope)).toBe("4");
  });

  test("an unknown step is an error, not a silent undefined", () => {
    expect(() => evaluateCondition("$steps.nope.outputs.x == 1", scope)).toThrow(/has not run/);
  });
});
