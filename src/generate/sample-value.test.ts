import { expect, test } from "vitest";
import { sampleValue } from "./sample-value.js";
import { invalidBoundaries, validBoundaries } from "./boundary-values.js";

const document = { openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {} } as any;
const open = { type: "string", "x-known-values": ["Accepted", "Processing", "Finished"] };

test("an open enum samples its first known value, as a closed enum samples its first member", () => {
  expect(sampleValue(document, open)).toBe("Accepted");
  expect(sampleValue(document, { type: "string", enum: ["a", "b"] })).toBe("a");
});

test("an open enum's known values are valid boundaries, and an unknown value is no negative case", () => {
  expect(validBoundaries(open).map((c) => c.value)).toEqual(["Accepted", "Processing", "Finished"]);
  expect(invalidBoundaries(open).map((c) => c.value)).not.toContain("__conform_unknown__");
  expect(invalidBoundaries({ type: "string", enum: ["a"] }).map((c) => c.value)).toContain("__conform_unknown__");
});
