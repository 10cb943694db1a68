import { describe, expect, test } from "vitest";
import { criterionType, evaluateCriterion } from "./criteria.js";
import { evaluateExtraction, evaluateValue, type ExpressionScope } from "./runtime-expression.js";
import type { Criterion } from "./arazzo-types.js";

const scope: ExpressionScope = {
  inputs: { name: "svc-1" },
  steps: { create: { outputs: { uuid: "u-1" } } },
  url: "http://127.0.0.1/x",
  method: "GET",
  request: { headers: { "X-Auth-Token": "t" }, query: { verbose: "true" }, path: { id: "7" }, body: { name: "svc-1" } },
  response: {
    status: 303,
    headers: { Location: "http://h/bigdata/api/v1/clusters/test/p/1.0.0/4" },
    body: { status: "registered", data: { status: "ready" }, nodes: [{ name: "a", count: 2 }, { name: "b", count: 5 }] },
  },
};

const simple = (condition: string): Criterion => ({ condition });

describe("simple criteria (Respect's runtime-expression engine)", () => {
  test.each([
    ["$statusCode == 303", true],
    ["$statusCode == 200", false],
    ["$statusCode == 200 || $statusCode == 303", true],
    ["$statusCode == 200 && $response.body#/status == 'registered'", false],
    ["$response.body#/data/status == 'ready'", true],
    ["$response.body#/data/status != 'ready'", false],
    ["$statusCode < 300", false],
    ["$request.query.verbose == 'true'", true],
    ["$request.header.x-auth-token == 't'", true],
    ["$steps.create.outputs.uuid == 'u-1' && $inputs.name != 'x'", true],
    ["$response.body#/nodes/1/count == 5", true],
  ])("%s -> %s", (condition, expected) => {
    expect(evaluateCriterion(simple(condition), scope)).toBe(expected);
  });

  test("an unknown step is an error, not a silent false", () => {
    expect(() => evaluateCriterion(simple("$steps.nope.outputs.x == 1"), scope)).toThrow(/has not run/);
  });
});

describe("regex criteria", () => {
  test.each([
    ["^3\\d\\d$", "$statusCode", true],
    ["^2\\d\\d$", "$statusCode", false],
    ["/CLUSTERS/i", "$response.header.location", true],
    ["/clusters/[^/]+/[^/]+/9$", "$response.header.location", false],
  ])("%s on %s -> %s", (condition, context, expected) => {
    expect(evaluateCriterion({ condition, context, type: "regex" }, scope)).toBe(expected);
  });
});

describe("jsonpath criteria (RFC 9535)", () => {
  test.each([
    ["$[?@.status == 'registered']", "$response.body", true],
    ["$[?@.status == 'destroyed']", "$response.body", false],
    // As in Respect, the context value is the single element of the queried array.
    ["$[?count(@.nodes[?@.count > 4]) > 0]", "$response.body", true],
    ["$[?count(@.nodes[?@.count > 9]) > 0]", "$response.body", false],
    ["$[?@.nodes[0].name == {$steps.create.outputs.uuid}]", "$response.body", false],
    ["$[?@.data.status == {$response.body#/data/status}]", "$response.body", true],
  ])("%s -> %s", (condition, context, expected) => {
    expect(evaluateCriterion({ condition, context, type: "jsonpath" }, scope)).toBe(expected);
    expect(evaluateCriterion({ condition, context, type: { type: "jsonpath", version: "draft-goessner-dispatch-jsonpath-00" } }, scope)).toBe(expected);
  });
});

describe("criterion types that cannot be evaluated are refused", () => {
  test.each([
    [{ condition: "/a/b", context: "$response.body", type: "xpath" }, /xpath.*not supported/],
    [{ condition: "x", context: "$response.body", type: "jsonpathh" }, /not supported/],
    [{ condition: "$[?@.a]", type: "jsonpath" }, /needs a context/],
    [{ condition: "$statusCode == 200 && ($statusCode == 1 || $statusCode == 2)" }, /outside the runtime-expression grammar/],
    [{ condition: "!($statusCode < 300)" }, /outside the runtime-expression grammar/],
  ])("%j", (criterion, message) => {
    const type = criterionType(criterion as Criterion);
    expect(typeof type === "object" && type.refused).toMatch(message);
    expect(() => evaluateCriterion(criterion as Criterion, scope)).toThrow(message);
  });
});

describe("values and extraction", () => {
  test("whole expressions, embedded {$...} and nested payloads", () => {
    expect(evaluateValue({ name: "$inputs.name", label: "svc {$inputs.name}", list: ["$request.path.id"] }, scope)).toEqual({
      name: "svc-1",
      label: "svc svc-1",
      list: ["7"],
    });
    expect(evaluateValue("$response.header.Location", scope)).toContain("/clusters/test/");
  });

  test("x-from / x-pattern cuts a part out of a value", () => {
    expect(evaluateExtraction({ "x-from": "$response.header.location", "x-pattern": "/clusters/[^/]+/[^/]+/[^/]+/([^/?#]+)$" }, scope)).toBe("4");
  });
});

describe("workflow files", () => {
  test("a workflow with a criterion that cannot be evaluated does not load", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const { loadWorkflows } = await import("./load-workflows.js");
    const dir = mkdtempSync(path.join(tmpdir(), "arazzo-"));
    const file = path.join(dir, "x.arazzo.yaml");
    writeFileSync(
      file,
      [
        "arazzo: 1.0.1",
        "info: { title: t, version: '1' }",
        "sourceDescriptions: [{ name: api, url: ./api.yaml, type: openapi }]",
        "workflows:",
        "  - workflowId: w",
        "    steps:",
        "      - stepId: s",
        "        operationId: getThing",
        "        successCriteria:",
        "          - { context: $response.body, condition: /a/b, type: xpath }",
      ].join("\n"),
    );
    await expect(loadWorkflows("x", new Set(["getThing"]), file)).rejects.toThrow(/step s: criterion type "xpath" is not supported/);
  });
});
