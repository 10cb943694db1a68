import { expect, test } from "vitest";
import { classifyProbe } from "./detect-target.js";

test.each([
  { name: "the fake's header", header: "fake", status: 404, body: "{}", kind: "fake" },
  { name: "a mock's header", header: "mock", status: 404, body: "{}", kind: "mock" },
  { name: "Prism's own 404", header: null, status: 404, body: '{"type":"https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR"}', kind: "mock" },
  { name: "any other answer", header: null, status: 404, body: "<html>not found</html>", kind: "real" },
  { name: "a real API quoting Prism on 200", header: null, status: 200, body: "NO_PATH_MATCHED_ERROR", kind: "real" },
])("$name -> $kind", ({ header, status, body, kind }) => {
  const traits = classifyProbe(header, status, body);
  expect(traits.kind).toBe(kind);
  expect(traits.keepsState).toBe(kind !== "mock");
});
