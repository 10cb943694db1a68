import { expect, test } from "vitest";
import { checkSpecRules } from "./spec-rules.js";

const documentWith = (schema: unknown) => ({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {},
  "x-source-notes": [{ topic: "t" }],
  components: { schemas: { Status: schema } },
}) as any;

test.each([
  ["a list of strings", { type: "string", "x-known-values": ["a", "b"] }, []],
  ["an empty list", { type: "string", "x-known-values": [] }, ["x-known-values must be a non-empty array"]],
  ["not a list", { type: "string", "x-known-values": "a" }, ["x-known-values must be a non-empty array"]],
  ["a value twice", { type: "string", "x-known-values": ["a", "a"] }, ["x-known-values lists a value twice"]],
  ["beside enum", { type: "string", enum: ["a"], "x-known-values": ["a"] }, ["x-known-values beside enum"]],
  ["a value of another type", { type: "string", "x-known-values": ["a", 1] }, ["not of type string"]],
])("known-values-shape: %s", (_name, schema, expected) => {
  const messages = checkSpecRules(documentWith(schema)).filter((p) => p.rule === "known-values-shape").map((p) => p.message);
  expect(messages).toHaveLength(expected.length);
  expected.forEach((text, i) => {
    expect(messages[i]).toContain(text);
    expect(messages[i]).toContain("/components/schemas/Status");
  });
});
