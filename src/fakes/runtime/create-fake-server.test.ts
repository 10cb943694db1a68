import { afterAll, beforeAll, describe, expect, test } from "vitest";
import path from "node:path";
import { PROJECT_ROOT } from "../../spec/apis.js";
import { startFake, type RunningFake } from "./create-fake-server.js";
import type { FakeDefinition } from "./types.js";

/** A minimal definition over a fixture spec: shared runtime behaviour, no API logic. */
const definition: FakeDefinition<{ calls: number }> = {
  id: "hadoop-eco",
  createState: () => ({ calls: 0 }),
  authenticate: (request, context) =>
    request.headers["credential-id"] === context.credentials.hadoopEcoCredentialId ? undefined : context.error(401, "bad credentials"),
  errorBody: (status, message) => ({ code: status, message }),
  handlers: {
    getThing: (request, context) => {
      context.state.calls++;
      if (request.params.id === "boom") throw new Error("handler bug");
      if (request.params.id === "gone") return context.error(404, "no such thing");
      return context.example("getThing");
    },
  },
  providerStates: { "calls counted": (context, params) => void (context.state.calls = Number(params.calls ?? 7)) },
};

const credentials = {
  hadoopEcoCredentialId: "id-1",
  hadoopEcoCredentialSecret: "secret-1",
  hadoopEcoApiKey: "key-1",
  hadoopEcoClusterId: "c-1",
  nhnKubernetesToken: "t",
  yarnUser: "u",
  bigdataPaasToken: "p",
};
const auth = { "credential-id": "id-1", "credential-secret": "secret-1" };

let fake: RunningFake<{ calls: number }>;
beforeAll(async () => {
  fake = await startFake(definition, { port: 0, clock: "manual", stepMs: 10, selfCheck: true, credentials, maxBodyBytes: 4096,
    specPath: path.join(PROJECT_ROOT, "test/fixtures/runtime-spec.yaml") });
});
afterAll(() => fake.close());

describe("fake runtime", () => {
  test.each([
    ["unknown path", "GET", "/nope", undefined, undefined, 404],
    ["wrong method", "DELETE", "/things/t-1", undefined, undefined, 405],
    ["not found in the handler", "GET", "/things/gone", undefined, undefined, 404],
    ["bad path parameter", "GET", "/things/" + "x".repeat(21), undefined, undefined, 400],
    ["bad query parameter", "GET", "/things/t-1?verbose=maybe", undefined, undefined, 400],
    ["malformed JSON", "POST", "/things/t-1", "{\"size\": [", "application/json", 400],
    ["deep nesting", "POST", "/things/t-1", JSON.stringify({ tags: JSON.parse("[".repeat(100) + "]".repeat(100)) }), "application/json", 400],
    ["oversized body", "POST", "/things/t-1", JSON.stringify({ x: "a".repeat(10_000) }), "application/json", 413],
    ["schema violation", "POST", "/things/t-1", JSON.stringify({ size: 0 }), "application/json", 400],
    ["wrong content type", "POST", "/things/t-1", "size=3", "application/x-www-form-urlencoded", 415],
    ["missing body", "POST", "/things/t-1", undefined, "application/json", 400],
  ])("%s gets %s in the API's error format", async (_name, method, path, body, contentType, status) => {
    const headers: Record<string, string> = { ...auth };
    if (contentType) headers["content-type"] = contentType;
    const response = await fetch(`${fake.url}${path}`, { method, headers, body });
    expect(response.status).toBe(status);
    const json = (await response.json()) as { code: number; message: string };
    expect(json.code).toBe(status);
    expect(typeof json.message).toBe("string");
    if (status === 405) expect(response.headers.get("allow")).toContain("GET");
  });

  test("missing credentials get the definition's 401", async () => {
    const response = await fetch(`${fake.url}/things/t-1`);
    expect(response.status).toBe(401);
  });

  test("an operation without a handler answers from the spec's examples", async () => {
    const response = await fetch(`${fake.url}/things/t-1`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ size: 4 }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: "t-1", size: 4 });
  });

  test("self-check records a response that breaks the spec", async () => {
    const broken = await startFake(
      { ...definition, handlers: { getThing: () => ({ status: 200, body: { id: 5 } }) } },
      { port: 0, clock: "manual", selfCheck: true, credentials, specPath: path.join(PROJECT_ROOT, "test/fixtures/runtime-spec.yaml") },
    );
    try {
      await fetch(`${broken.url}/things/t-1`, { headers: auth });
      expect(broken.violations.map((v) => v.findings.map((f) => f.keyword)).flat().sort()).toEqual(["required", "type"]);
    } finally {
      await broken.close();
    }
  });

  test("self-check ignores warnings: an unlisted x-known-values value is no violation", async () => {
    const open = await startFake(
      { ...definition, handlers: { getThing: (request) => ({ status: 200, body: { id: "t-1", size: 1, phase: request.params.id === "bad" ? 7 : "plasma" } }) } },
      { port: 0, clock: "manual", selfCheck: true, credentials, specPath: path.join(PROJECT_ROOT, "test/fixtures/runtime-spec.yaml") },
    );
    try {
      expect((await fetch(`${open.url}/things/t-1`, { headers: auth })).status).toBe(200);
      expect(open.violations).toEqual([]);
      await fetch(`${open.url}/things/bad`, { headers: auth });
      expect(open.violations.flatMap((v) => v.findings.map((f) => f.keyword))).toEqual(["type"]);
    } finally {
      await open.close();
    }
  });

  test("a handler error answers 500, is recorded, and the server keeps serving", async () => {
    const before = fake.violations.length;
    const crashed = await fetch(`${fake.url}/things/boom`, { headers: auth });
    expect(crashed.status).toBe(500);
    expect(fake.violations.length).toBe(before + 1);
    fake.violations.splice(before, 1);
    const next = await fetch(`${fake.url}/things/t-1`, { headers: auth });
    expect(next.status).toBe(200);
  });

  test("control routes set provider states, move the clock and reset", async () => {
    const set = await fetch(`${fake.url}/__fake/state`, { method: "POST", body: JSON.stringify({ state: "calls counted", params: { calls: 3 } }) });
    expect(set.status).toBe(200);
    expect(fake.state.calls).toBe(3);
    const unknown = await fetch(`${fake.url}/__fake/state`, { method: "POST", body: JSON.stringify({ state: "no such state" }) });
    expect(unknown.status).toBe(400);
    const t0 = fake.clock.now();
    await fetch(`${fake.url}/__fake/advance`, { method: "POST", body: JSON.stringify({ steps: 5 }) });
    expect(fake.clock.now() - t0).toBe(50);
    await fetch(`${fake.url}/__fake/reset`, { method: "POST" });
    expect(fake.state.calls).toBe(0);
  });

  test("every response the fake sent matched the spec", () => {
    expect(fake.violations).toEqual([]);
  });
});
