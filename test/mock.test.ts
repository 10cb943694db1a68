/**
 * `npm run mock` end to end: all four specs served by Prism in one process on free ports.
 * Every documented example request gets a 2xx whose body matches the spec; invalid requests
 * get a 4xx; requests without credentials get 401.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { API_IDS, type ApiId } from "../src/spec/apis.js";
import { loadSpec, type OpenApiDocument } from "../src/spec/load-spec.js";
import { createSpecValidator, type SpecValidator } from "../src/validate/spec-validator.js";
import { isFailure } from "../src/validate/finding.js";
import { startMocks, type MockSet } from "../src/mock/start-mocks.js";
import { buildExampleRequests, placeholderCredentials } from "./support/example-requests.js";
import { indexOperations } from "../src/spec/index-operations.js";
import path from "node:path";
import { PROJECT_ROOT } from "../src/spec/apis.js";

let set: MockSet;
const specs = new Map<ApiId, { document: OpenApiDocument; validator: SpecValidator }>();

beforeAll(async () => {
  set = await startMocks({ apis: API_IDS.map((id) => ({ id, port: 0 })), host: "127.0.0.1", logLevel: "quiet", log: () => {} });
  for (const id of API_IDS) {
    const spec = await loadSpec(id);
    specs.set(id, { document: spec.document, validator: createSpecValidator(spec.document) });
  }
}, 30_000);
afterAll(() => set?.close());

const urlOf = (id: ApiId) => set.mocks.find((m) => m.id === id)!.url;

describe.each(API_IDS)("%s mock", (id) => {
  test("serves every operation of the spec", () => {
    const mock = set.mocks.find((m) => m.id === id)!;
    expect(mock.operationCount).toBe(indexOperations(specs.get(id)!.document).length);
  });

  test("answers every documented example request with a 2xx that matches the spec", async () => {
    const { document, validator } = specs.get(id)!;
    const failures: string[] = [];
    for (const request of buildExampleRequests(document)) {
      const response = await fetch(`${urlOf(id)}${request.path}`, { method: request.method, headers: request.headers, body: request.body, redirect: "manual" });
      const text = await response.text();
      const label = `${request.operationId} [${request.exampleName}] ${request.method} ${request.path}`;
      if (response.status < 200 || response.status > 299) {
        failures.push(`${label}: ${response.status} ${text.slice(0, 300)}`);
        continue;
      }
      const contentType = response.headers.get("content-type") ?? undefined;
      const body = text.length > 0 && /json/.test(contentType ?? "") ? JSON.parse(text) : text.length > 0 ? text : undefined;
      const findings = validator.validateResponse(request.operationId, { status: response.status, headers: Object.fromEntries(response.headers), body, contentType }).filter(isFailure);
      if (findings.length > 0) failures.push(`${label}: ${findings.map((f) => f.message).join("; ")}`);
    }
    expect(failures).toEqual([]);
  }, 30_000);

  test("rejects a request without credentials with 401", async () => {
    const { document } = specs.get(id)!;
    const secured = buildExampleRequests(document).filter((r) => {
      const op = indexOperations(document).find((o) => o.operationId === r.operationId)!;
      return op.security.length > 0 && Object.keys(op.security[0]!).length > 0;
    });
    expect(secured.length).toBeGreaterThan(0);
    for (const request of secured.slice(0, 5)) {
      const op = indexOperations(document).find((o) => o.operationId === request.operationId)!;
      const credentials = placeholderCredentials(document, op);
      const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !(name in credentials.headers)));
      const url = new URL(`${urlOf(id)}${request.path}`);
      for (const name of Object.keys(credentials.query)) url.searchParams.delete(name);
      const response = await fetch(url, { method: request.method, headers, body: request.body });
      await response.arrayBuffer();
      expect(response.status, `${request.operationId} without credentials`).toBe(401);
    }
  });
});

describe("invalid requests get a 4xx from the mock", () => {
  const cases: Array<[ApiId, string, string, Record<string, unknown> | string]> = [
    ["hadoop-eco", "POST", "/v2/hadoop-eco/clusters/58ceed05-a4bc-4d7b-a0a0-4c2c2b8e1f0a", { instanceSpecs: [{ type: "WORKER", nodeCnt: 1001 }] }],
    ["hadoop-eco", "POST", "/v2/hadoop-eco/clusters/58ceed05-a4bc-4d7b-a0a0-4c2c2b8e1f0a", { userTaskInfo: { deployMode: "yarn" } }],
    ["hadoop-eco", "POST", "/v2/hadoop-eco/clusters/58ceed05-a4bc-4d7b-a0a0-4c2c2b8e1f0a", { config: { hdfsBlockSize: "big" } }],
    ["yarn-service", "POST", "/app/v1/services?user.name=alice", { name: "Bad_Name", version: "1.0", components: [] }],
    ["yarn-service", "POST", "/app/v1/services?user.name=alice", { version: "1.0" }],
    ["yarn-service", "PUT", "/app/v1/services/sleeper/components/sleeper?user.name=alice", { number_of_containers: -1 }],
    ["nhn-kubernetes", "POST", "/v1/clusters/my-cluster/actions/resize", { nodegroup: "default-worker", node_count: "many" }],
    ["nhn-kubernetes", "POST", "/v1/clusters", { name: "c" }],
    ["bigdata-paas", "POST", "/bigdata/api/v1/products", { name: "cdh", version: "5.7.0", description: "no logo" }],
    ["bigdata-paas", "POST", "/bigdata/api/v1/products", "{not json"],
  ];
  test.each(cases)("%s %s %s", async (id, method, path, body) => {
    const { document } = specs.get(id)!;
    const op = indexOperations(document).find((o) => o.method === method.toLowerCase() && new RegExp(`^${o.path.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path.split("?")[0]!))!;
    expect(op, `${method} ${path} is an operation of ${id}`).toBeDefined();
    const credentials = placeholderCredentials(document, op);
    const response = await fetch(`${urlOf(id)}${path}`, {
      method,
      headers: { ...credentials.headers, "content-type": "application/json", "openstack-api-version": "container-infra latest" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    await response.arrayBuffer();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});

describe("--dynamic", () => {
  test("answers schema-generated data that matches the spec, the same for the same seed", async () => {
    const bodies: string[] = [];
    const { validator } = specs.get("nhn-kubernetes")!;
    for (let run = 0; run < 2; run++) {
      const dynamic = await startMocks({ apis: [{ id: "nhn-kubernetes", port: 0 }], host: "127.0.0.1", dynamic: true, seed: "7", logLevel: "quiet", log: () => {} });
      try {
        const response = await fetch(`${dynamic.mocks[0]!.url}/v1/clusters`, { headers: { "x-auth-token": "t" } });
        const text = await response.text();
        expect(response.status).toBe(200);
        expect(validator.validateResponse("listClusters", { status: 200, headers: Object.fromEntries(response.headers), body: JSON.parse(text), contentType: response.headers.get("content-type") ?? undefined }).filter(isFailure)).toEqual([]);
        bodies.push(text);
      } finally {
        await dynamic.close();
      }
    }
    expect(bodies[0]).toBe(bodies[1]);
    expect(bodies[0]).not.toBe(JSON.stringify((await import("../generated/nhn-kubernetes.json", { with: { type: "json" } })).default.paths["/v1/clusters"].get.responses["200"].content["application/json"].examples));
  }, 30_000);

  test("x-faker values come from faker, which loads only when dynamic data needs it", async () => {
    const dynamic = await startMocks({
      apis: [{ id: "yarn-service", port: 0, specPath: path.join(PROJECT_ROOT, "test/fixtures/faker-spec.yaml") }],
      host: "127.0.0.1",
      dynamic: true,
      logLevel: "quiet",
      log: () => {},
    });
    try {
      const response = await fetch(`${dynamic.mocks[0]!.url}/people/1`);
      const person = (await response.json()) as { firstName: string; email: string };
      expect(response.status).toBe(200);
      expect(person.firstName).toMatch(/^[A-Z][a-z]+/);
      expect(person.email).toContain("@");
    } finally {
      await dynamic.close();
    }
  }, 30_000);
});
