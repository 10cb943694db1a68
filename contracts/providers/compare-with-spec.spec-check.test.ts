/**
 * The pact-vs-spec check has teeth: a pact that calls an undocumented path, sends and
 * expects bodies of the wrong type and expects an undocumented status is rejected with the
 * comparator's codes for each. Table-driven: one bad interaction per row.
 */
import { expect, test } from "vitest";
import { comparePactWithSpec } from "./compare-with-spec.js";

const QUERY = { "user.name": ["pact-placeholder-user"] };
const JSON_HEADERS = { "Content-Type": ["application/json"] };
/** A body as pact V4 files store it. */
const json = (content: unknown) => ({ content, contentType: "application/json", encoded: false });

const BAD_INTERACTIONS = [
  {
    code: "request.path-or-method.unknown",
    interaction: { description: "an undocumented path", request: { method: "GET", path: "/app/v1/clusters", query: QUERY }, response: { status: 200 } },
  },
  {
    code: "request.body.incompatible",
    interaction: {
      description: "a flex with a text container count",
      request: { method: "PUT", path: "/app/v1/services/hello-world/components/hello", query: QUERY, headers: JSON_HEADERS, body: json({ number_of_containers: "three" }) },
      response: { status: 200, headers: JSON_HEADERS, body: json({ diagnostics: "ok" }) },
    },
  },
  {
    code: "response.body.incompatible",
    interaction: {
      description: "a version that is a number",
      request: { method: "GET", path: "/app/v1/services/version", query: QUERY },
      response: { status: 200, headers: JSON_HEADERS, body: json({ hadoop_version: 3.3 }) },
    },
  },
  {
    code: "response.status.unknown",
    interaction: {
      description: "an undocumented status",
      request: { method: "GET", path: "/app/v1/services/version", query: QUERY },
      response: { status: 418, headers: JSON_HEADERS, body: json({ diagnostics: "teapot" }) },
    },
  },
] as const;

const pactOf = (interactions: unknown[]) => ({
  consumer: { name: "bad-consumer" },
  provider: { name: "yarn-service" },
  interactions: interactions.map((i) => ({ type: "Synchronous/HTTP", ...(i as object) })),
  metadata: { pactSpecification: { version: "4.0" } },
});

test.each(BAD_INTERACTIONS)("$interaction.description is rejected with $code", async ({ code, interaction }) => {
  const findings = await comparePactWithSpec(pactOf([interaction]));
  expect(findings.filter((f) => f.type === "error").map((f) => f.code)).toContain(code);
});

test("the same pact with all four bad interactions yields all four codes", async () => {
  const findings = await comparePactWithSpec(pactOf(BAD_INTERACTIONS.map((row) => row.interaction)));
  const codes = new Set(findings.filter((f) => f.type === "error").map((f) => f.code));
  for (const { code } of BAD_INTERACTIONS) expect(codes).toContain(code);
});

test("a pact for an unknown provider is an error, not a pass", async () => {
  const findings = await comparePactWithSpec({ provider: { name: "no-such-api" }, interactions: [] });
  expect(findings.map((f) => f.type)).toEqual(["error"]);
});
