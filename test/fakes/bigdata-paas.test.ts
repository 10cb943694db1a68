/**
 * The BigData PaaS fake end to end over HTTP: product registration and documents, the launch
 * -> queue -> cluster lifecycle, auth, bad input, concurrency, provider states and reset.
 * Every response is checked against specs/bigdata-paas.yaml (selfCheck).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { startApiFake } from "../../src/fakes/start-fakes.js";
import type { RunningFake } from "../../src/fakes/runtime/create-fake-server.js";
import { httpCall } from "../support/http-call.js";
import { readCredentials } from "../../src/spec/credentials.js";
import type { BigdataState } from "../../src/fakes/bigdata-paas/index.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/spec/apis.js";
import { loadManifest, UPSTREAM_FIXTURES_DIR, type RecordedExchange } from "../../src/evidence/manifest.js";

const TOKEN = "test-paas-token";
const API = "/bigdata/api/v1";
const QUEUE_ID = "3f2c9a7e5b1d4c6f8a0e2b4d6f8a1c3e";

let fake: RunningFake<BigdataState>;
beforeAll(async () => {
  fake = await startApiFake("bigdata-paas", { port: 0, clock: "manual", selfCheck: true, credentials: { ...readCredentials({}), bigdataPaasToken: TOKEN } });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

interface CallOptions {
  body?: unknown;
  /** Send `body` as is (a string) instead of JSON. */
  raw?: boolean;
  contentType?: string;
  token?: string | null;
}

async function call(method: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = {};
  if (options.token !== null) headers["x-auth-token"] = options.token ?? TOKEN;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = options.raw ? String(options.body) : JSON.stringify(options.body);
    headers["content-type"] = options.contentType ?? "application/json";
  } else if (options.contentType) headers["content-type"] = options.contentType;
  const response = await httpCall(`${fake.url}${path.startsWith("/__fake") ? "" : API}${path}`, { method, headers, body });
  const text = response.text;
  let json: any = undefined;
  try {
    json = text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, location: response.headers.get("location"), json };
}

const clusterStatus = async (path: string) => (await call("GET", path)).json.data.status;

describe("products", () => {
  test("register a product, upload its documents and read them back", async () => {
    const product = { name: "mongodb", version: "3.2.8", description: "MongoDB", logo_url: "http://x/mongo.png" };
    const created = await call("POST", "/products", { body: product });
    expect(created.status).toBe(201);
    expect(created.location).toBe(`${fake.url}${API}/products/mongodb/3.2.8`);
    expect(created.json).toBeUndefined();

    expect((await call("GET", "/products")).json.products.sort()).toEqual(["mongodb", "reference"]);
    expect(await call("GET", "/products/mongodb", { token: null })).toEqual({ status: 200, location: null, json: { versions: ["3.2.8"] } });
    expect((await call("GET", "/products/mongodb/3.2.8")).json).toEqual({ dn: "products/mongodb/3.2.8", ...product });

    // registry.register stores template and orchestrator as '' (jsonify('') is ""), and options
    // as '', which json.loads cannot read (a 500 upstream, 404 "Key not found" in the fake).
    expect((await call("GET", "/products/mongodb/3.2.8/template")).json).toBe("");
    expect((await call("GET", "/products/mongodb/3.2.8/orchestrator")).json).toBe("");
    expect((await call("GET", "/products/mongodb/3.2.8/options")).json).toEqual({ status: 404, error: "Key not found", message: "Key products/mongodb/3.2.8/options does not exist" });

    const template = { dnsname: "{{ user }}-{{ product }}-{{ clusterid }}", nodes: { node0: { cpu: 1 } }, services: { mongo: { nodes: ["node0"] } } };
    expect((await call("PUT", "/products/mongodb/3.2.8/template", { body: template })).status).toBe(204);
    expect(JSON.parse((await call("GET", "/products/mongodb/3.2.8/template")).json)).toEqual(template);
    const yaml = "dnsname: x\nnodes:\n  node0: {cpu: 1}\n";
    expect((await call("PUT", "/products/mongodb/3.2.8/template", { body: yaml, raw: true, contentType: "application/yaml" })).status).toBe(204);
    expect((await call("GET", "/products/mongodb/3.2.8/template")).json).toBe(yaml);

    const options = { required: { size: 1 }, optional: {}, advanced: { cpu: 1, mem: 4096 }, descriptions: { size: "Number of nodes" } };
    expect((await call("PUT", "/products/mongodb/3.2.8/options", { body: options })).status).toBe(204);
    expect((await call("GET", "/products/mongodb/3.2.8/options")).json).toEqual(options);

    const script = "from fabric.api import run\n";
    expect((await call("PUT", "/products/mongodb/3.2.8/orchestrator", { body: script, raw: true, contentType: "text/plain" })).status).toBe(204);
    expect((await call("GET", "/products/mongodb/3.2.8/orchestrator")).json).toBe(script);

    expect((await call("PUT", "/products/mongodb/3.2.8/logo_url", { body: { logo_url: "http://x/new.png" } })).status).toBe(204);
    expect((await call("GET", "/products/mongodb/3.2.8/logo_url")).json).toBe("http://x/new.png");

    // A second version shows in the versions list, not twice in the names.
    await call("POST", "/products", { body: { ...product, version: "3.4.0" } });
    expect((await call("GET", "/products/mongodb", { token: null })).json.versions).toEqual(["3.2.8", "3.4.0"]);
    expect((await call("GET", "/products")).json.products.filter((n: string) => n === "mongodb")).toHaveLength(1);

    // Registering 3.2.8 again rewrites every key (registry.register): the documents are empty again.
    await call("POST", "/products", { body: product });
    expect((await call("GET", "/products/mongodb/3.2.8/template")).json).toBe("");
    expect((await call("GET", "/products/mongodb/3.2.8/options")).status).toBe(404);
    expect((await call("GET", "/products/mongodb/3.2.8/logo_url")).json).toBe(product.logo_url);
  });

  test("a jinja2 JSON template that is not JSON is stored as sent (tests/templates/minimal.json style)", async () => {
    const template = '{"dnsname": "{{ user }}", "nodes": {\n{% for n in range(opts[\'size\']) %}"node{{ n }}": {"cpu": 1}{% if not loop.last %},{% endif %}{% endfor %}\n}}\n';
    expect((await call("PUT", "/products/reference/1.0.0/template", { body: template, raw: true })).status).toBe(204);
    expect((await call("GET", "/products/reference/1.0.0/template")).json).toBe(template);
    expect((await call("POST", "/products/reference/1.0.0", { body: { size: 2 } })).status).toBe(202);
    fake.settle();
    expect((await call("GET", "/clusters/test/reference/1.0.0/1/nodes")).json.nodes).toHaveLength(2);
  });

  test("options and orchestrator uploads are stored whatever they hold (request.get_data())", async () => {
    expect((await call("PUT", "/products/reference/1.0.0/options", { body: { required: {} } })).status).toBe(204);
    expect((await call("GET", "/products/reference/1.0.0/options")).status).toBe(404); // unusable: registry._merge would raise
    expect((await call("PUT", "/products/reference/1.0.0/options", { body: "not json", raw: true, contentType: "text/plain" })).status).toBe(204);
    expect((await call("PUT", "/products/reference/1.0.0/orchestrator", { body: "<xml/>", raw: true, contentType: "application/xml" })).status).toBe(204);
    expect((await call("GET", "/products/reference/1.0.0/orchestrator")).json).toBe("<xml/>");
  });

  test("a document PUT on a version never registered writes its key, as kv.set does", async () => {
    const options = { required: {}, optional: { size: 2 }, advanced: {}, descriptions: { size: "number of worker nodes" } };
    expect((await call("PUT", "/products/cassandra/3.0.8/options", { body: options })).status).toBe(204);
    expect((await call("GET", "/products/cassandra/3.0.8/options")).json).toEqual(options);
    expect((await call("GET", "/products/cassandra/3.0.8")).json).toEqual({ dn: "products/cassandra/3.0.8", name: "cassandra", version: null, description: null, logo_url: null });
    expect((await call("GET", "/products/cassandra/3.0.8/template")).json.message).toBe("Key products/cassandra/3.0.8/template does not exist");
    expect((await call("GET", "/products")).json.products).toContain("cassandra");
  });

  test("register.sh uploads options and the fabfile without a content type (curl's form default)", async () => {
    const options = JSON.stringify({ required: { size: 1 }, optional: {}, advanced: { cpu: 1 }, descriptions: { size: "Number of nodes" } });
    const form = "application/x-www-form-urlencoded";
    expect((await call("PUT", "/products/reference/1.0.0/options", { body: options, raw: true, contentType: form })).status).toBe(204);
    expect((await call("GET", "/products/reference/1.0.0/options")).json.advanced).toEqual({ cpu: 1 });
    expect((await call("PUT", "/products/reference/1.0.0/orchestrator", { body: "from fabric.api import run\n", raw: true, contentType: form })).status).toBe(204);
    expect((await call("GET", "/products/reference/1.0.0/orchestrator")).json).toBe("from fabric.api import run\n");
  });

  test("the seeded reference product launches out of the box", async () => {
    expect((await call("GET", "/products/reference/1.0.0/options")).json.required).toEqual({ size: 1 });
    expect((await call("POST", "/products/reference/1.0.0", { body: { size: 1 } })).status).toBe(202);
  });

  test("an unknown product version answers 200, dn and name from the key, null fields, as Proxy.to_dict does", async () => {
    expect(await call("GET", "/products/%E2%98%83/9.9")).toEqual({ status: 200, location: null, json: { dn: "products/\u2603/9.9", name: "\u2603", version: null, description: null, logo_url: null } });
  });
});

describe("launch lifecycle", () => {
  test("launch -> queue pending -> 303 -> registered ... ready -> DELETE -> destroyed", async () => {
    const launched = await call("POST", "/products/reference/1.0.0", { body: { size: "2" } });
    expect(launched.status).toBe(202);
    expect(launched.json.url).toMatch(new RegExp(`^${fake.url}${API}/queue/[0-9a-f]{32}$`));
    expect(launched.location).toBe(launched.json.url);
    const queuePath = new URL(launched.json.url).pathname.slice(API.length);

    expect(await call("GET", queuePath)).toEqual({ status: 200, location: null, json: { status: "pending" } });
    expect((await call("GET", "/clusters")).json.clusters).toEqual([]);

    fake.advance(1);
    const clusterUrl = `${fake.url}${API}/clusters/test/reference/1.0.0/1`;
    expect(await call("GET", queuePath)).toEqual({ status: 303, location: clusterUrl, json: { status: "registered", url: clusterUrl } });

    const path = "/clusters/test/reference/1.0.0/1";
    expect((await call("GET", path)).json).toEqual({
      result: "success",
      uri: "clusters/test/reference/1.0.0/1",
      data: { name: "test-reference-1", dn: "clusters/test/reference/1.0.0/1", status: "registered" },
    });
    const nodes = (await call("GET", `${path}/nodes`)).json.nodes;
    expect(nodes.map((n: any) => [n.name, n.cpu, n.mem, n.host, n.status])).toEqual([["node0", "1", "1024", null, "pending"], ["node1", "1", "1024", null, "pending"]]);
    expect((await call("GET", `${path}/services`)).json.services).toEqual([{ dn: `clusters/test/reference/1.0.0/1/services/reference`, name: "reference", status: "pending" }]);

    const seen: string[] = [await clusterStatus(path)];
    for (let i = 0; i < 5; i++) {
      fake.advance(1);
      seen.push(await clusterStatus(path));
    }
    expect(seen).toEqual(["registered", "scheduling", "scheduled", "configuring", "configured", "ready"]);
    const ready = (await call("GET", `${path}/nodes`)).json.nodes[0];
    expect(ready).toMatchObject({ host: "c13-1", status: "running", disks: [{ name: "disk1", host: "c13-1" }], networks: [{ name: "eth0", address: "10.112.1.101" }] });
    expect((await call("GET", `${path}/services`)).json.services[0].status).toBe("configured");

    for (const list of ["/clusters", "/clusters/test", "/clusters/test/reference", "/clusters/test/reference/1.0.0"]) {
      expect((await call("GET", list)).json.clusters.map((c: any) => c.data.status), list).toEqual(["ready"]);
    }
    for (const list of ["/clusters/other", "/clusters/test/mongodb", "/clusters/test/reference/2.0.0"]) {
      expect((await call("GET", list)).json.clusters, list).toEqual([]);
    }

    expect(await call("DELETE", path)).toEqual({ status: 200, location: null, json: { message: "success" } });
    expect(await clusterStatus(path)).toBe("destroyed");
    expect((await call("GET", `${path}/nodes`)).json.nodes[0].status).toBe("killed");
    expect((await call("GET", "/clusters/test")).json.clusters.map((c: any) => c.data.status)).toEqual(["destroyed"]);
    expect((await call("DELETE", path)).status).toBe(200);

    // The next launch of the same user/product/version takes id 2.
    const second = await call("POST", "/products/reference/1.0.0", { body: { size: 1 } });
    fake.settle();
    expect((await call("GET", new URL(second.json.url).pathname.slice(API.length))).json.url).toBe(`${fake.url}${API}/clusters/test/reference/1.0.0/2`);
  });

  test("a cluster destroyed while it is being scheduled stays destroyed", async () => {
    await call("POST", "/products/reference/1.0.0", { body: { size: 1 } });
    fake.advance(2); // several steps at once land where single steps would
    expect(await clusterStatus("/clusters/test/reference/1.0.0/1")).toBe("scheduling");
    await call("DELETE", "/clusters/test/reference/1.0.0/1");
    fake.settle();
    expect(await clusterStatus("/clusters/test/reference/1.0.0/1")).toBe("destroyed");
  });

  test("a launch always answers 202; a launch that raises in its job stays pending (decorators.py asynchronous)", async () => {
    await call("POST", "/products", { body: { name: "bare", version: "1", description: "d", logo_url: "u" } });
    const launches = [
      ["a required option missing", "/products/reference/1.0.0", {}],
      ["an unknown product", "/products/nope/1.0", { size: 1 }],
      ["a product registered without template or options", "/products/bare/1", {}],
      ["a body that is not an object", "/products/reference/1.0.0", ["size", 2]],
      ["a size the template cannot use", "/products/reference/1.0.0", { size: "two" }],
    ] as const;
    const queuePaths: string[] = [];
    for (const [label, path, body] of launches) {
      const reply = await call("POST", path, { body });
      expect(reply.status, label).toBe(202);
      expect(reply.location, label).toBe(reply.json.url);
      queuePaths.push(new URL(reply.json.url).pathname.slice(API.length));
    }
    fake.settle();
    for (const path of queuePaths) expect(await call("GET", path)).toEqual({ status: 200, location: null, json: { status: "pending" } });
    expect((await call("GET", "/clusters")).json.clusters).toEqual([]);
  });

  test("a launch without a valid token is queued too; its job ends error and never writes its url", async () => {
    for (const token of [null, "not-the-token"]) {
      const reply = await call("POST", "/products/reference/1.0.0", { body: { size: 1 }, token });
      expect(reply.status).toBe(202);
      const id = reply.json.url.split("/").pop();
      fake.settle();
      expect(fake.state.queue.get(id)?.status).toBe("error");
      expect((await call("GET", `/queue/${id}`)).json).toEqual({ status: 404, error: "Key not found", message: `Key queue/${id}/url does not exist` });
    }
    expect((await call("GET", "/clusters")).json.clusters).toEqual([]);
  });

  test("a cluster id outside the spec's pattern is looked up like any other (Flask routes any text)", async () => {
    const odd = "/clusters/test/reference/1.0.0/%F0%9F%92%A9";
    expect(await call("GET", odd)).toEqual({ status: 200, location: null, json: { result: "failure", uri: "clusters/test/reference/1.0.0/\u{1F4A9}", message: "Key clusters/test/reference/1.0.0/\u{1F4A9}/dnsname does not exist" } });
    expect((await call("DELETE", odd)).json.error).toBe("Key not found");
  });

  test("unknown clusters: failure form for GET, 404 Key not found otherwise", async () => {
    const path = "/clusters/test/reference/1.0.0/7";
    expect(await call("GET", path)).toEqual({ status: 200, location: null, json: { result: "failure", uri: "clusters/test/reference/1.0.0/7", message: "Key clusters/test/reference/1.0.0/7/dnsname does not exist" } });
    expect((await call("GET", `${path}/nodes`)).json).toEqual({ status: 404, error: "Key not found", message: "Key clusters/test/reference/1.0.0/7/nodes does not exist" });
    expect((await call("GET", `${path}/services`)).json.error).toBe("Key not found");
    expect((await call("DELETE", path)).json).toEqual({ status: 404, error: "Key not found", message: "Key clusters/test/reference/1.0.0/7 does not exist" });
    expect((await call("GET", `/queue/${QUEUE_ID}`)).json).toEqual({ status: 404, error: "Key not found", message: `Key queue/${QUEUE_ID}/status does not exist` });
  });
});

describe("auth", () => {
  test.each([
    ["missing token", null, "no token has been provided"],
    ["empty token", "", "no token has been provided"],
    ["wrong token", "not-the-token", "please provide a valid authentication token"],
  ])("%s gets the real 401", async (_name, token, message) => {
    for (const [method, path, body] of [
      ["GET", "/products", undefined],
      ["GET", "/clusters", undefined],
      ["DELETE", "/clusters/test/reference/1.0.0/1", undefined],
      ["GET", `/queue/${QUEUE_ID}`, undefined],
    ] as const) {
      const reply = await call(method, path, { token, body });
      expect(reply, `${method} ${path}`).toEqual({ status: 401, location: null, json: { status: 401, error: "unauthorized", message } });
    }
  });

  test("GET /products/{name} needs no token, as in the code", async () => {
    expect((await call("GET", "/products/reference", { token: null })).json).toEqual({ versions: ["1.0.0"] });
    expect((await call("GET", "/products/reference", { token: "wrong" })).status).toBe(200);
  });
});

const OPTIONS = { required: {}, optional: {}, advanced: {}, descriptions: {} };
const long = "x".repeat(5000);

describe("bad input", () => {
  test.each<[string, string, string, CallOptions, number, string, string?]>([
    ["malformed JSON", "POST", "/products", { body: '{"name": ', raw: true }, 400, "bad request"],
    ["wrong content type", "POST", "/products", { body: "name=x", raw: true, contentType: "application/x-www-form-urlencoded" }, 400, "bad request"],
    ["template as text/plain", "PUT", "/products/reference/1.0.0/template", { body: "x", raw: true, contentType: "text/plain" }, 400, "bad request"],
    ["oversized body", "PUT", "/products/reference/1.0.0/options", { body: { ...OPTIONS, descriptions: { x: "a".repeat(1_100_000) } } }, 413, "request entity too large"],
    ["deep nesting", "PUT", "/products/reference/1.0.0/options", { body: { ...OPTIONS, required: JSON.parse("[".repeat(100) + "]".repeat(100)) } }, 400, "bad request"],
    ["missing body", "POST", "/products", {}, 400, "bad request"],
    ["unknown path", "GET", "/nope", {}, 404, "not found", "invalid resource URI"],
    ["README spelling orquestrator", "PUT", "/products/reference/1.0.0/orquestrator", { body: "x", raw: true, contentType: "text/plain" }, 404, "not found", "invalid resource URI"],
    ["unknown method", "PATCH", "/products", { body: {} }, 405, "method not supported"],
    ["DELETE on a product", "DELETE", "/products/reference/1.0.0", {}, 405, "method not supported"],
    ["cluster id 0", "GET", "/clusters/test/reference/1.0.0/0/nodes", {}, 404, "Key not found", "Key clusters/test/reference/1.0.0/0/nodes does not exist"],
    ["very long cluster id", "GET", `/clusters/test/reference/1.0.0/1${"0".repeat(5000)}/nodes`, {}, 404, "Key not found"],
    ["odd unicode queue id", "GET", "/queue/%E2%80%AE%F0%9F%92%A9", {}, 404, "Key not found"],
    ["path trick in queue id", "GET", "/queue/..%2F..%2Fproducts", {}, 404, "Key not found", "Key queue/../../products/status does not exist"],
    ["%2F in a product name", "GET", "/products/a%2Fb/1.0.0/template", {}, 404, "not found", "invalid resource URI"],
    ["very long product name", "GET", `/products/${long}/1.0.0/template`, {}, 404, "Key not found", `Key products/${long}/1.0.0/template does not exist`],
    ["documents of an unknown product", "GET", "/products/nope/1.0/options", {}, 404, "Key not found", "Key products/nope/1.0/options does not exist"],
    ["versions of an unknown product", "GET", "/products/nope", { token: null }, 404, "Key not found", "Key products/nope does not exist"],
    ["registration without logo_url", "POST", "/products", { body: { name: "cdh", version: "5.7.0", description: "CDH" } }, 400, "bad request", "missing required field: logo_url"],
    ["registration name not text", "POST", "/products", { body: { name: 5, version: "1", description: "d", logo_url: "u" } }, 400, "bad request"],
    ["registration name with a slash", "POST", "/products", { body: { name: "a/b", version: "1", description: "d", logo_url: "u" } }, 400, "bad request"],
    ["logo_url update without logo_url", "PUT", "/products/reference/1.0.0/logo_url", { body: {} }, 400, "bad request", "missing required field: logo_url"],
  ])("%s", async (_name, method, path, options, status, error, message) => {
    const reply = await call(method, path, options);
    expect(reply.status).toBe(status);
    expect(reply.json).toMatchObject({ status, error });
    expect(typeof reply.json.message).toBe("string");
    if (message) expect(reply.json.message).toBe(message);
  });
});

describe("upstream payloads (test/fixtures/upstream/bigdata-paas)", () => {
  test("the fake answers every payload of the server repository with the status the server gives", async () => {
    const manifest = await loadManifest(path.join(PROJECT_ROOT, UPSTREAM_FIXTURES_DIR, "bigdata-paas"));
    const answers: string[] = [];
    for (const entry of manifest.fixtures) {
      const text = readFileSync(path.join(manifest.dir, entry.file), "utf8");
      let reply;
      if (entry.kind === "exchange") {
        const { request } = JSON.parse(text) as RecordedExchange;
        const contentType = String(request.headers?.["content-type"] ?? "application/json");
        reply = await call(request.method, request.path.slice(API.length), { body: request.body, raw: true, contentType });
      } else {
        const { method, route } = ROUTES[entry.operation]!;
        const params = entry.params?.path ?? {};
        const target = route.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(params[name] ?? ""));
        reply = await call(method, target, { body: text, raw: true });
      }
      answers.push(`${entry.file} ${reply.status}`);
    }
    expect(answers).toEqual(manifest.fixtures.map((f) => `${f.file} ${f.status}`));
    expect(fake.violations).toEqual([]);
  });
});

const ROUTES: Record<string, { method: string; route: string }> = {
  registerProduct: { method: "POST", route: "/products" },
  setProductOptions: { method: "PUT", route: "/products/{name}/{version}/options" },
  launchCluster: { method: "POST", route: "/products/{name}/{version}" },
};

describe("concurrency", () => {
  test("200 parallel launches get distinct jobs and clusters 1..200, then 200 parallel deletes", async () => {
    const launches = await Promise.all(Array.from({ length: 200 }, () => call("POST", "/products/reference/1.0.0", { body: { size: 1 } })));
    expect(launches.map((r) => r.status)).toEqual(Array(200).fill(202));
    const queuePaths = launches.map((r) => new URL(r.json.url).pathname.slice(API.length));
    expect(new Set(queuePaths).size).toBe(200);

    fake.settle();
    const jobs = await Promise.all(queuePaths.map((p) => call("GET", p)));
    expect(jobs.every((j) => j.status === 303 && j.json.status === "registered")).toBe(true);
    const ids = jobs.map((j) => Number(j.json.url.split("/").pop())).sort((a, b) => a - b);
    expect(ids).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));

    const listed = (await call("GET", "/clusters/test/reference/1.0.0")).json.clusters;
    expect(listed).toHaveLength(200);
    expect(listed.every((c: any) => c.data.status === "ready")).toBe(true);

    const deletes = await Promise.all(ids.map((id) => call("DELETE", `/clusters/test/reference/1.0.0/${id}`)));
    expect(deletes.map((r) => r.status)).toEqual(Array(200).fill(200));
    const after = (await call("GET", "/clusters")).json.clusters;
    expect(after).toHaveLength(200);
    expect(new Set(after.map((c: any) => c.uri)).size).toBe(200);
    expect(after.every((c: any) => c.data.status === "destroyed")).toBe(true);
  }, 30_000);
});

describe("provider states and reset", () => {
  const setState = (state: string, params?: Record<string, unknown>) =>
    fetch(`${fake.url}/__fake/state`, { method: "POST", body: JSON.stringify({ state, params }) });

  test("every listed state applies", async () => {
    const { states } = (await (await fetch(`${fake.url}/__fake/states`)).json()) as { states: string[] };
    expect(states.length).toBeGreaterThanOrEqual(14);
    for (const state of states) expect((await setState(state)).status, state).toBe(200);
    expect((await setState("no such state")).status).toBe(400);
  });

  test.each(["registered", "scheduling", "scheduled", "configuring", "configured", "ready", "destroyed"])("cluster 1 of reference 1.0.0 is %s (frozen)", async (status) => {
    await setState(`cluster 1 of reference 1.0.0 is ${status}`);
    fake.settle();
    expect(await clusterStatus("/clusters/test/reference/1.0.0/1")).toBe(status);
  });

  test("product and cluster existence states", async () => {
    await setState("product reference 1.0.0 does not exist");
    expect((await call("GET", "/products/reference/1.0.0/template")).json.error).toBe("Key not found");
    expect((await call("GET", "/products")).json.products).toEqual([]);
    await setState("product reference 1.0.0 exists");
    expect((await call("GET", "/products/reference/1.0.0")).json.name).toBe("reference");
    await setState("product reference 1.0.0 is registered without template, options or orchestrator");
    expect((await call("GET", "/products/reference/1.0.0/options")).status).toBe(404);

    await setState("cluster 1 of reference 1.0.0 is ready");
    await setState("cluster 1 of reference 1.0.0 does not exist");
    expect((await call("GET", "/clusters/test/reference/1.0.0/1/nodes")).status).toBe(404);
    await setState("cluster 1 of reference 1.0.0 is ready");
    await setState("no clusters exist");
    expect((await call("GET", "/clusters")).json.clusters).toEqual([]);
  });

  test("queue job states", async () => {
    await setState(`queue job ${QUEUE_ID} is pending`);
    expect((await call("GET", `/queue/${QUEUE_ID}`)).json).toEqual({ status: "pending" });
    await setState(`queue job ${QUEUE_ID} is done`);
    const done = await call("GET", `/queue/${QUEUE_ID}`);
    expect(done).toEqual({ status: 303, location: `${fake.url}${API}/clusters/test/reference/1.0.0/1`, json: { status: "registered", url: done.location } });
    await setState(`queue job ${QUEUE_ID} failed`, { id: "a".repeat(32) });
    // An "error" job has no url key (decorators.py), so get_async_job_status's kv.get raises.
    const failed = `queue/${"a".repeat(32)}`;
    expect(await call("GET", `/${failed}`)).toEqual({ status: 404, location: null, json: { status: 404, error: "Key not found", message: `Key ${failed}/url does not exist` } });
    await setState(`queue job ${QUEUE_ID} does not exist`);
    expect((await call("GET", `/queue/${QUEUE_ID}`)).status).toBe(404);
    expect((await setState(`queue job ${QUEUE_ID} is pending`, { id: "../x" })).status).toBe(400);
  });

  test("reset brings back the seed and forgets clusters and jobs", async () => {
    await call("POST", "/products", { body: { name: "cdh", version: "5.7.0", description: "CDH", logo_url: "u" } });
    const launched = await call("POST", "/products/reference/1.0.0", { body: { size: 1 } });
    fake.settle();
    expect((await fetch(`${fake.url}/__fake/reset`, { method: "POST" })).status).toBe(200);
    expect((await call("GET", "/products")).json.products).toEqual(["reference"]);
    expect((await call("GET", "/clusters")).json.clusters).toEqual([]);
    expect((await call("GET", new URL(launched.json.url).pathname.slice(API.length))).status).toBe(404);
    // The id sequence starts again at 1.
    const again = await call("POST", "/products/reference/1.0.0", { body: { size: 1 } });
    fake.settle();
    expect((await call("GET", new URL(again.json.url).pathname.slice(API.length))).json.url).toMatch(/\/1$/);
  });
});

test("every response the fake sent matched the spec", () => {
  expect(fake.violations).toEqual([]);
});
