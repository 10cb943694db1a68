import { describe, expect, test } from "vitest";
import { createAjv } from "./create-ajv.js";
import { findingsFromAjv, isFailure } from "./finding.js";

const schema = {
  type: "object",
  properties: {
    status: { type: "string", "x-known-values": ["Accepted", "Processing", "Finished"] },
    count: { type: "integer" },
  },
};

function findingsOf(value: unknown) {
  const validate = createAjv().compile(schema);
  return validate(value) ? [] : findingsFromAjv(validate.errors, value);
}

describe("x-known-values", () => {
  test.each(["Accepted", "Processing", "Finished"])("accepts the listed value %s", (status) => {
    expect(findingsOf({ status })).toEqual([]);
  });

  test("reports an unlisted value as a warning with keyword x-known-values", () => {
    const findings = findingsOf({ status: "Queued" });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      pointer: "/status",
      keyword: "x-known-values",
      severity: "warning",
      actual: "Queued",
      message: '/status value "Queued" is not among the known values ["Accepted","Processing","Finished"]',
    });
    expect(findings.filter(isFailure)).toEqual([]);
  });

  test("keeps other failures errors beside the warning", () => {
    const findings = findingsOf({ status: "Queued", count: "3" });
    expect(findings.map((f) => [f.keyword, f.severity ?? "error"])).toEqual([
      ["x-known-values", "warning"],
      ["type", "error"],
    ]);
    expect(findings.filter(isFailure).map((f) => f.pointer)).toEqual(["/count"]);
  });

  test("does not apply to absent properties", () => {
    expect(findingsOf({ count: 1 })).toEqual([]);
  });

  test("refuses a schema whose x-known-values is not an array", () => {
    expect(() => createAjv().compile({ type: "string", "x-known-values": "Accepted" })).toThrow(/x-known-values/);
  });
});
