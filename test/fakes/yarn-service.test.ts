/**
 * The YARN Service fake end to end over HTTP: the create -> ACCEPTED -> STARTED -> STABLE
 * lifecycle, flex, stop/start, lifetime, decommission, upgrades, destroy, auth, bad input,
 * concurrency, provider states and reset. Every response is checked against
 * specs/yarn-service.yaml (selfCheck).
 */
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { parse } from "yaml";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { startApiFake } from "../../src/fakes/start-fakes.js";
import type { RunningFake } from "../../src/fakes/runtime/create-fake-server.js";
import { httpCall } from "../support/http-call.js";
import { readCredentials } from "../../src/spec/credentials.js";
import type { YarnState } from "../../src/fakes/yarn-service/model.js";

const USER = "test-yarn-user";
const API = "/app/v1/services";
const STEP_MS = 500;

let fake: RunningFake<YarnState>;
beforeAll(async () => {
  fake = await startApiFake("yarn-service", {
    port: 0, clock: "manual", stepMs: STEP_MS, selfCheck: true, credentials: { ...readCredentials({}), yarnUser: USER },
  });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

interface CallOptions {
  body?: unknown;
  raw?: boolean;
  contentType?: string;
  /** null: no user.name at all. */
  user?: string | null;
}

async function call(method: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = {};
  let body: string | undefined;
  if (options.body !== undefined) {
    body = options.raw ? String(options.body) : JSON.stringify(options.body);
    headers["content-type"] = options.contentType ?? "application/json";
  }
  const user = options.user === undefined ? USER : options.user;
  const query = user === null ? "" : `${path.includes("?") ? "&" : "?"}user.name=${encodeURIComponent(user)}`;
  const response = await httpCall(`${fake.url}${path.startsWith("/__fake") ? "" : API}${path}${query}`, { method, headers, body });
  const text = response.text;
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, headers: response.headers };
}

const helloWorld = (name = "hello-world", extra: Record<string, unknown> = {}, count = 2) => ({
  name, version: "1.0.0", description: "hello world example", ...extra,
  components: [{ name: "hello", number_of_containers: count, artifact: { id: "nginx:latest", type: "DOCKER" }, launch_command: "./start_nginx.sh", resource: { cpus: 1, memory: "256" } }],
});
const get = async (name = "hello-world") => (await call("GET", `/${name}`)).json;
const hello = (service: any) => service.components[0];
const instances = (service: any) => hello(service).containers.map((c: any) => c.component_instance_name);

async function createStable(name = "hello-world", count = 2) {
  expect((await call("POST", "", { body: helloWorld(name, {}, count) })).status).toBe(202);
  fake.settle();
}

describe("yarn-service fake: lifecycle", () => {
  test("create answers 202 and the service goes ACCEPTED -> STARTED -> STABLE with one container per instance", async () => {
    const created = await call("POST", "", { body: helloWorld() });
    expect(created.status).toBe(202);
    expect(created.json).toEqual({ diagnostics: expect.stringMatching(/^Application ID: application_\d+_0001$/), state: "ACCEPTED", uri: "/v1/services/hello-world" });
    const appId = created.json.diagnostics.slice("Application ID: ".length);

    const accepted = await get();
    expect(accepted).toMatchObject({ name: "hello-world", id: appId, state: "ACCEPTED", lifetime: -1, number_of_running_containers: 0 });
    expect(hello(accepted)).toMatchObject({ state: "FLEXING", number_of_containers: 2, containers: [] });

    fake.advance(1);
    const started = await get();
    expect(started.state).toBe("STARTED");
    expect(started.number_of_running_containers).toBe(2);
    expect(hello(started).containers.map((c: any) => c.state)).toEqual(["RUNNING_BUT_UNREADY", "RUNNING_BUT_UNREADY"]);

    fake.advance(1);
    const stable = await get();
    expect(stable.state).toBe("STABLE");
    expect(hello(stable).state).toBe("STABLE");
    const [first] = hello(stable).containers;
    expect(first).toMatchObject({
      id: expect.stringMatching(new RegExp(`^container_e01_${appId.split("_")[1]}_0001_01_000002$`)),
      state: "READY", component_instance_name: "hello-0", ip: expect.stringMatching(/^10\.22\.\d+\.\d+$/),
      hostname: expect.stringContaining(".example.site"), bare_host: expect.any(String), launch_time: expect.any(Number),
    });
    expect(instances(stable)).toEqual(["hello-0", "hello-1"]);
  });

  test("component flex: 200 with the size change, FLEX/FLEXING, then STABLE with the new count", async () => {
    await createStable();
    const up = await call("PUT", "/hello-world/components/hello", { body: { number_of_containers: 3 } });
    expect(up).toMatchObject({ status: 200, json: { diagnostics: "Updating component (hello) size from 2 to 3" } });
    const flexing = await get();
    expect([flexing.state, hello(flexing).state]).toEqual(["FLEX", "FLEXING"]);
    fake.settle();
    const stable = await get();
    expect([stable.state, hello(stable).state, stable.number_of_running_containers]).toEqual(["STABLE", "STABLE", 3]);
    expect(instances(stable)).toEqual(["hello-0", "hello-1", "hello-2"]);

    expect((await call("PUT", "/hello-world/components/hello", { body: { name: "hello", number_of_containers: 1 } })).json.diagnostics)
      .toBe("Updating component (hello) size from 3 to 1");
    fake.settle();
    expect(instances(await get())).toEqual(["hello-0"]);
  });

  test("PUT dispatch: FLEX 202, STOPPED 200 then 400, STARTED 200 with a new application then 400, no-op 204", async () => {
    await createStable();
    const flexed = await call("PUT", "/hello-world", { body: { state: "FLEX", components: [{ name: "hello", number_of_containers: 4 }] } });
    expect(flexed).toMatchObject({ status: 202, json: { diagnostics: "Service hello-world is successfully flexed.", state: "ACCEPTED" } });
    fake.settle();
    expect((await get()).number_of_running_containers).toBe(4);

    expect(await call("PUT", "/hello-world", { body: { state: "STOPPED" } })).toMatchObject({ status: 200, json: { diagnostics: "Successfully stopped service hello-world" } });
    const stopped = await get();
    expect([stopped.state, stopped.number_of_running_containers, hello(stopped).containers]).toEqual(["STOPPED", 0, []]);
    expect(await call("PUT", "/hello-world", { body: { name: "hello-world", state: "STOPPED" } })).toMatchObject({ status: 400, json: { diagnostics: "Service hello-world is already stopped" } });
    expect((await call("PUT", "/hello-world/components/hello", { body: { number_of_containers: 1 } })).json.diagnostics)
      .toBe("hello-world is at FINISHED state, flex can only be invoked when service is running");

    const started = await call("PUT", "/hello-world", { body: { state: "STARTED" } });
    expect(started).toMatchObject({ status: 200, json: { state: "ACCEPTED", diagnostics: expect.stringMatching(/^Service hello-world is successfully started with ApplicationId: application_\d+_0002$/) } });
    expect((await get()).state).toBe("ACCEPTED");
    expect(await call("PUT", "/hello-world", { body: { state: "STARTED" } })).toMatchObject({ status: 400, json: { diagnostics: "Failed to start service hello-world, because it already exists." } });
    fake.settle();
    const restarted = await get();
    expect([restarted.state, restarted.number_of_running_containers]).toEqual(["STABLE", 4]);
    expect(hello(restarted).containers[0].id).toMatch(/_0002_01_000002$/);

    const noop = await call("PUT", "/hello-world", { body: { description: "nothing to do", lifetime: 0 } });
    expect([noop.status, noop.text]).toEqual([204, ""]);
  });

  test("lifetime: 200 with the seconds remaining; GET counts down and YARN stops the service when it runs out", async () => {
    await createStable();
    const updated = await call("PUT", "/hello-world", { body: { lifetime: 3 } });
    expect(updated.status).toBe(200);
    expect(updated.json.diagnostics).toMatch(/^Service \(hello-world\)'s lifeTime is updated to \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000, 3 seconds remaining$/);
    expect((await get()).lifetime).toBe(3);
    fake.advance(2);
    expect((await get()).lifetime).toBe(2);
    fake.advance(4);
    const expired = await get();
    expect([expired.state, expired.number_of_running_containers, expired.lifetime]).toEqual(["STOPPED", 0, 3]);
    expect((await call("PUT", "/hello-world", { body: { lifetime: 60 } })).status).toBe(400);
  });

  test("decommission: 202, the instance goes away for good and its name is not reused", async () => {
    await createStable("hello-world", 3);
    const answer = await call("PUT", "/hello-world", { body: { components: [{ name: "hello", decommissioned_instances: ["hello-1"] }] } });
    expect(answer).toMatchObject({ status: 202, json: { diagnostics: "Service hello-world has successfully decommissioned instances.", state: "ACCEPTED" } });
    fake.settle();
    const after = await get();
    expect(instances(after)).toEqual(["hello-0", "hello-2"]);
    expect(hello(after)).toMatchObject({ number_of_containers: 2, decommissioned_instances: ["hello-1"], state: "STABLE" });
    await call("PUT", "/hello-world/components/hello", { body: { number_of_containers: 3 } });
    fake.settle();
    expect(instances(await get())).toEqual(["hello-0", "hello-2", "hello-3"]);
    expect((await call("PUT", "/hello-world", { body: { components: [{ name: "hello", decommissioned_instances: ["world-0"] }] } })).json)
      .toEqual({ diagnostics: "world-0 does not exist !" });
  });

  test("create with state STOPPED only saves; flex is refused until it is started", async () => {
    const saved = await call("POST", "", { body: { ...helloWorld(), state: "STOPPED" } });
    expect(saved).toMatchObject({ status: 202, json: { diagnostics: "Service hello-world version 1.0.0 saved.", state: "ACCEPTED", uri: "/v1/services/hello-world" } });
    const got = await get();
    expect(got.state).toBe("STOPPED");
    expect(got.id).toBeUndefined();
    expect((await call("PUT", "/hello-world/components/hello", { body: { number_of_containers: 3 } })).json.diagnostics)
      .toBe("hello-world appId is null, may be not submitted to YARN yet");
    expect((await call("PUT", "/hello-world", { body: { state: "STOPPED" } })).status).toBe(400);
    expect((await call("PUT", "/hello-world", { body: { state: "STARTED" } })).status).toBe(200);
    fake.settle();
    expect((await get()).state).toBe("STABLE");
  });

  test("destroy: 200, then GET 404 with code 404004 and a second destroy 400", async () => {
    await createStable();
    expect(await call("DELETE", "/hello-world")).toMatchObject({ status: 200, json: { diagnostics: "Successfully destroyed service hello-world" } });
    expect(await call("GET", "/hello-world")).toMatchObject({ status: 404, json: { diagnostics: "Service hello-world not found", code: 404004 } });
    expect(await call("DELETE", "/hello-world")).toMatchObject({ status: 400, json: { diagnostics: "Service hello-world doesn't exist" } });
    expect((await call("POST", "", { body: helloWorld() })).status).toBe(202);
  });

  test("a taken name is a 500 with the real message; list and version answer", async () => {
    await createStable();
    expect(await call("POST", "", { body: helloWorld() })).toMatchObject({ status: 500, json: { diagnostics: "Service name hello-world is already taken." } });
    const list = await call("GET", "");
    expect(list.status).toBe(200);
    expect(list.json).toEqual([{ name: "hello-world", version: "1.0.0", description: "hello world example", id: expect.any(String), lifetime: -1, state: "STABLE",
      components: [{ name: "hello", state: "STABLE", number_of_containers: 2 }] }]);
    expect(await call("GET", "/version")).toMatchObject({ status: 200, json: { hadoop_version: expect.stringMatching(/^\d+\.\d+\.\d+$/) } });
  });

  test("component instances: filters by component, version and state", async () => {
    await createStable();
    const all = await call("GET", "/hello-world/component-instances");
    expect(all.json).toHaveLength(1);
    expect(all.json[0].containers).toHaveLength(2);
    expect((await call("GET", "/hello-world/component-instances?containerState=READY&containerState=NEEDS_UPGRADE")).json[0].containers).toHaveLength(2);
    expect((await call("GET", "/hello-world/component-instances?containerState=NEEDS_UPGRADE")).json[0].containers).toEqual([]);
    expect((await call("GET", "/hello-world/component-instances?componentName=other")).json).toEqual([]);
    expect((await call("GET", "/hello-world/component-instances?version=9.9")).json[0].containers).toEqual([]);
  });
});

describe("yarn-service fake: upgrades", () => {
  const v101 = { ...helloWorld(), version: "1.0.1", state: "UPGRADING" };

  test("preconditions answer 400 with the real messages", async () => {
    await createStable();
    const notInitiated = { diagnostics: "The upgrade of service hello-world has not been initiated." };
    expect(await call("PUT", "/hello-world/components", { body: [{ name: "hello", state: "UPGRADING" }] })).toMatchObject({ status: 400, json: notInitiated });
    expect(await call("PUT", "/hello-world/components/hello", { body: { state: "UPGRADING" } })).toMatchObject({ status: 400, json: notInitiated });
    expect(await call("PUT", "/hello-world/component-instances", { body: [{ component_instance_name: "hello-0", state: "UPGRADING" }] })).toMatchObject({ status: 400, json: notInitiated });
    expect(await call("PUT", "/hello-world", { body: { ...v101, version: "1.0.0" } })).toMatchObject({ status: 400, json: { diagnostics: "hello-world is already at version 1.0.0. There is nothing to upgrade." } });
    expect(await call("PUT", "/hello-world", { body: { state: "CANCEL_UPGRADING" } })).toMatchObject({ status: 400, json: { diagnostics: "Service hello-world is not upgrading, so nothing to cancel." } });
    expect(await call("PUT", "/hello-world/components/nope/component-instances/nope-0", { body: { state: "UPGRADING" } })).toMatchObject({ status: 400, json: { diagnostics: "The component name in the URI path (nope) is invalid." } });
    expect(await call("PUT", "/hello-world/components/hello/component-instances/hello-9", { body: { state: "UPGRADING" } })).toMatchObject({ status: 400, json: { diagnostics: "The component (hello) does not have a component instance (hello-9)." } });
    expect((await call("PUT", "/hello-world/components/hello/component-instances/hello-0", { body: { state: "READY" } })).status).toBe(204);
  });

  test("UPGRADING: instances, then components, then the new version is STABLE", async () => {
    await createStable();
    expect(await call("PUT", "/hello-world", { body: v101 })).toMatchObject({ status: 202, json: { diagnostics: "Service hello-world version 1.0.1 saved.", state: "ACCEPTED" } });
    const upgrading = await get();
    expect([upgrading.state, hello(upgrading).state, ...hello(upgrading).containers.map((c: any) => c.state)]).toEqual(["UPGRADING", "NEEDS_UPGRADE", "NEEDS_UPGRADE", "NEEDS_UPGRADE"]);
    expect((await call("PUT", "/hello-world/components/hello", { body: { number_of_containers: 5 } })).json.diagnostics)
      .toBe("hello-world is at UPGRADING state, flex can not be invoked when service is upgrading. ");

    const id0 = hello(upgrading).containers[0].id;
    expect(await call("PUT", "/hello-world/components/hello/component-instances/hello-0", { body: { component_instance_name: "hello-0", state: "UPGRADING" } }))
      .toMatchObject({ status: 202, json: { diagnostics: `Upgrading component instances ${id0}.` } });
    fake.advance(1);
    expect((await call("GET", "/hello-world/component-instances?version=1.0.1")).json[0].containers.map((c: any) => c.component_instance_name)).toEqual(["hello-0"]);
    expect((await call("PUT", "/hello-world/component-instances", { body: [{ component_instance_name: "hello-0", state: "UPGRADING" }] })).json)
      .toEqual({ diagnostics: "The component instance (hello-0) does not need an upgrade." });

    expect(await call("PUT", "/hello-world/components", { body: [{ name: "hello", state: "UPGRADING" }] })).toMatchObject({ status: 202, json: { diagnostics: "Upgrading components hello." } });
    fake.settle();
    const done = await get();
    expect([done.state, done.version, hello(done).state]).toEqual(["STABLE", "1.0.1", "STABLE"]);
  });

  test("CANCEL_UPGRADING goes back to the old version; EXPRESS_UPGRADING upgrades everything by itself", async () => {
    await createStable();
    await call("PUT", "/hello-world", { body: { ...v101, state: "UPGRADING_AUTO_FINALIZE" } });
    expect(await call("PUT", "/hello-world", { body: { state: "CANCEL_UPGRADING" } })).toMatchObject({ status: 202, json: { diagnostics: "Service hello-world cancelling upgrade.", state: "ACCEPTED" } });
    expect((await get()).state).toBe("CANCEL_UPGRADING");
    fake.settle();
    expect([(await get()).state, (await get()).version]).toEqual(["STABLE", "1.0.0"]);

    expect((await call("PUT", "/hello-world", { body: { ...v101, state: "EXPRESS_UPGRADING" } })).status).toBe(202);
    expect((await get()).state).toBe("EXPRESS_UPGRADING");
    fake.settle();
    const done = await get();
    expect([done.state, done.version, hello(done).containers.map((c: any) => c.state)]).toEqual(["STABLE", "1.0.1", ["READY", "READY"]]);
  });
});

describe("yarn-service fake: auth", () => {
  test("no user.name or an impossible one: 401 with the filter's page and challenge", async () => {
    for (const user of [null, "", "bad user!"]) {
      const answer = await call("GET", "/hello-world", { user });
      expect(answer.status).toBe(401);
      expect(answer.headers.get("www-authenticate")).toBe("PseudoAuth");
      expect(answer.headers.get("content-type")).toContain("text/html");
    }
    expect((await call("POST", "", { body: helloWorld(), user: null })).status).toBe(401);
  });

  test("services belong to their creator: another user gets 403 and an empty list", async () => {
    await createStable();
    expect(fake.state.services.get("hello-world")!.owner).toBe(USER);
    for (const [method, path, body] of [["GET", "/hello-world"], ["PUT", "/hello-world", { state: "STOPPED" }], ["DELETE", "/hello-world"],
      ["PUT", "/hello-world/components/hello", { number_of_containers: 1 }], ["GET", "/hello-world/component-instances"]] as const) {
      const answer = await call(method, path, { body, user: "mallory" });
      expect(answer).toMatchObject({ status: 403, json: { diagnostics: "Permission denied: user=mallory is not allowed to access service hello-world" } });
    }
    expect((await call("GET", "", { user: "mallory" })).json).toEqual([]);
    expect((await get()).state).toBe("STABLE");
  });
});

function rawRequest(path: string): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${fake.url}/`, { method: "GET", path }, (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => {
        let json: any;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, json });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

describe("yarn-service fake: bad input", () => {
  const deep = JSON.stringify({ ...helloWorld(), configuration: { properties: JSON.parse("[".repeat(100) + "]".repeat(100)) } });
  const cases: Array<[string, string, string, CallOptions, number, string | RegExp]> = [
    ["malformed JSON", "POST", "", { body: '{"name": [', raw: true }, 400, /malformed JSON/],
    ["wrong content type", "POST", "", { body: "name=x", raw: true, contentType: "application/x-www-form-urlencoded" }, 415, /not accepted/],
    ["oversized body", "POST", "", { body: { ...helloWorld(), description: "x".repeat(2 * 1024 * 1024) } }, 413, /larger than/],
    ["deep nesting", "POST", "", { body: deep, raw: true }, 400, /nested deeper/],
    ["unknown path", "GET", "/hello-world/nothing-here", {}, 404, /no resource/],
    ["unknown method", "DELETE", "", {}, 405, /not allowed/],
    ["odd unicode id", "GET", "/%E2%98%83%F0%9F%92%A9", {}, 404, /does not match the pattern/],
    ["encoded slash in id", "GET", "/a%2Fb", {}, 404, /does not match the pattern/],
    ["very long id", "GET", `/${"a".repeat(5000)}`, {}, 404, /must be no more than 63 characters/],
    ["unknown service on PUT", "PUT", "/nobody", { body: { state: "STOPPED" } }, 404, "Service nobody not found"],
    ["'_' in the name", "POST", "", { body: helloWorld("hello_world") }, 400, "Invalid format: hello_world, can not use '_', as DNS hostname does not allow '_'. Use '-' Instead. "],
    ["upper-case name", "POST", "", { body: helloWorld("Hello") }, 400, "Invalid name Hello does not match the pattern [a-z][a-z0-9-]* "],
    ["64-character name", "POST", "", { body: helloWorld(`s${"a".repeat(63)}`) }, 400, /must be no more than 63 characters/],
    ["no version", "POST", "", { body: { ...helloWorld(), version: undefined } }, 400, "Version of service hello-world is either empty or not provided"],
    ["no components", "POST", "", { body: { ...helloWorld(), components: [] } }, 400, "No component specified for hello-world"],
    ["no resource", "POST", "", { body: { ...helloWorld(), components: [{ name: "hello", number_of_containers: 1, launch_command: "x" }] } }, 400, "Resource is not provided for component hello (nor at the global level)"],
    ["profile", "POST", "", { body: { ...helloWorld(), components: [{ name: "hello", number_of_containers: 1, launch_command: "x", resource: { profile: "small" } }] } }, 400, "Resource profile is not supported yet. Please specify cpus/memory."],
    ["no launch_command without docker", "POST", "", { body: { ...helloWorld(), components: [{ name: "hello", number_of_containers: 1, resource: { cpus: 1, memory: "256" } }] } }, 400, "launch_command is required when type is not DOCKER"],
    ["negative containers", "POST", "", { body: helloWorld("hello-world", {}, -1) }, 400, /Invalid no of containers specified for component hello/],
    ["component named as the service", "POST", "", { body: { ...helloWorld(), components: [{ ...helloWorld().components[0], name: "hello-world" }] } }, 400, "Component name hello-world must not be same as service name hello-world"],
    ["duplicate components", "POST", "", { body: { ...helloWorld(), components: [helloWorld().components[0], helloWorld().components[0]] } }, 400, "Component name collision: hello"],
    ["dependency cycle", "POST", "", { body: { ...helloWorld(), components: [{ ...helloWorld().components[0], name: "a", dependencies: ["b"] }, { ...helloWorld().components[0], name: "b", dependencies: ["a"] }] } }, 400, "Invalid dependencies, a cycle may exist: [a, b]"],
    ["unknown dependency", "POST", "", { body: { ...helloWorld(), components: [{ ...helloWorld().components[0], dependencies: ["db"] }] } }, 400, "Dependency db for component hello is invalid, does not exist as a component"],
    ["flex without a count", "PUT", "/hello-world/components/hello", { body: {} }, 400, "No container count provided"],
    ["flex with a negative count", "PUT", "/hello-world/components/hello", { body: { number_of_containers: -1 } }, 400, "Invalid number of containers specified -1"],
    ["flex with another name", "PUT", "/hello-world/components/hello", { body: { name: "world", number_of_containers: 1 } }, 400, "Component name in the request object (world) does not match that in the URI path (hello)"],
    ["unknown container state", "GET", "/hello-world/component-instances?containerState=RUNNING", {}, 400,
      "valid container states are: [RUNNING_BUT_UNREADY, READY, STOPPED, NEEDS_UPGRADE, UPGRADING, SUCCEEDED, FAILED, FAILED_UPGRADE]"],
    ["empty component list", "PUT", "/hello-world/components", { body: [] }, 400, "No components provided."],
    ["empty container list", "PUT", "/hello-world/component-instances", { body: [] }, 400, "No containers provided."],
    ["instance update without a body", "PUT", "/hello-world/components/hello/component-instances/hello-0", {}, 400, "No container data provided."],
  ];

  test.each(cases)("%s", async (_name, method, path, options, status, message) => {
    await createStable();
    const answer = await call(method, path, options);
    expect(answer.status).toBe(status);
    expect(Object.keys(answer.json).filter((k) => k !== "code")).toEqual(["diagnostics"]);
    if (typeof message === "string") expect(answer.json.diagnostics).toBe(message);
    else expect(answer.json.diagnostics).toMatch(message);
    expect((await get()).state).toBe("STABLE");
  });

  test("path tricks: '..' segments (also percent-encoded) are resolved before routing and answer 4xx", async () => {
    await createStable();
    for (const path of [`${API}/../services/hello-world`, `${API}/hello-world/../../v1/services/x?user.name=${USER}`, `${API}/%2E%2E?user.name=${USER}`]) {
      const answer = await rawRequest(path);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(typeof answer.json?.diagnostics === "string" || answer.status === 401).toBe(true);
    }
  });
});

describe("yarn-service fake: concurrency", () => {
  test("200 parallel creates then 200 parallel destroys: every one answered, no 5xx, nothing left", async () => {
    const names = Array.from({ length: 200 }, (_, i) => `svc-${i}`);
    const created = await Promise.all(names.map((n) => call("POST", "", { body: helloWorld(n, {}, 1) })));
    expect(created.map((r) => r.status)).toEqual(names.map(() => 202));
    const appIds = created.map((r) => r.json.diagnostics);
    expect(new Set(appIds).size).toBe(200);
    fake.settle();
    const list = await call("GET", "");
    expect(list.json.map((s: any) => s.name).sort()).toEqual([...names].sort());
    expect(list.json.every((s: any) => s.state === "STABLE")).toBe(true);
    const destroyed = await Promise.all(names.map((n) => call("DELETE", `/${n}`)));
    expect(destroyed.map((r) => r.status)).toEqual(names.map(() => 200));
    expect((await call("GET", "")).json).toEqual([]);
    expect(fake.state.services.size).toBe(0);
  });

  test("50 parallel creates of the same name: exactly one 202, the rest the duplicate-name 500", async () => {
    const answers = await Promise.all(Array.from({ length: 50 }, () => call("POST", "", { body: helloWorld() })));
    expect(answers.filter((a) => a.status === 202)).toHaveLength(1);
    const rest = answers.filter((a) => a.status !== 202);
    expect(rest).toHaveLength(49);
    expect(rest.every((a) => a.status === 500 && a.json.diagnostics === "Service name hello-world is already taken.")).toBe(true);
    expect(fake.state.services.size).toBe(1);
  });
});

describe("yarn-service fake: provider states and reset", () => {
  const setState = (state: string, params?: Record<string, unknown>) => call("POST", "/__fake/state", { body: { state, params }, user: null });

  test.each([
    ["service hello-world exists", 200, "STABLE", 2],
    ["service hello-world is STOPPED", 200, "STOPPED", 0],
    ["service hello-world is being created", 200, "ACCEPTED", 0],
    ["service hello-world is saved but not launched", 200, "STOPPED", 0],
    ["service hello-world is flexing", 200, "FLEX", 2],
    ["service hello-world is upgrading", 200, "UPGRADING", 2],
    ["service hello-world is owned by another user", 403, undefined, undefined],
    ["service hello-world does not exist", 404, undefined, undefined],
    ["no services exist", 404, undefined, undefined],
  ])("%s", async (state, status, serviceState, running) => {
    await createStable();
    expect((await setState(state)).status).toBe(200);
    const answer = await call("GET", "/hello-world");
    expect(answer.status).toBe(status);
    if (serviceState) expect([answer.json.state, answer.json.number_of_running_containers]).toEqual([serviceState, running]);
  });

  test("provider states take a name, and the lifecycle continues from them", async () => {
    await setState("service hello-world is being created", { name: "sleeper" });
    fake.settle();
    expect((await get("sleeper")).state).toBe("STABLE");
    const states = await call("GET", "/__fake/states", { user: null });
    expect(states.json.states).toContain("service hello-world exists");
  });

  test("reset empties the fake", async () => {
    await createStable();
    expect((await call("POST", "/__fake/reset", { user: null })).status).toBe(200);
    expect((await call("GET", "")).json).toEqual([]);
  });
});

describe("yarn-service fake: self-check", () => {
  test("every response the fake sent matched the spec", () => {
    expect(fake.violations).toEqual([]);
  });
});

/**
 * Changed behaviour, each checked against ApiServer.java @f974686e / ServiceClient.java @670205c5:
 * bodies read as Jackson reads them, Jackson's refusals answered like GenericExceptionHandler,
 * and calls upstream allows no longer refused.
 */
describe("yarn-service fake: Jackson rule and refusals swept against upstream", () => {
  const jacksonError = (exception: string, message: RegExp) => ({
    exception, message: expect.stringMatching(message), javaClassName: expect.stringMatching(new RegExp(`\\.${exception}$`)),
  });

  test("numeric strings, numbers for strings and \"true\" are read as Jackson reads them and stored typed", async () => {
    const body = {
      ...helloWorld(), lifetime: "3600", version: 1,
      components: [{ ...helloWorld().components[0], number_of_containers: "3", run_privileged_container: "true", resource: { cpus: "1", memory: 256 } }],
    };
    expect((await call("POST", "", { body })).status).toBe(202);
    fake.settle();
    const got = await get();
    expect(got).toMatchObject({ version: "1", state: "STABLE" });
    expect(got.lifetime).toBeTypeOf("number");
    expect(got.lifetime).toBeGreaterThan(0);
    expect(hello(got)).toMatchObject({ number_of_containers: 3, run_privileged_container: true, resource: { cpus: 1, memory: "256" } });
    expect(instances(got)).toEqual(["hello-0", "hello-1", "hello-2"]);
    expect(await call("PUT", "/hello-world/components/hello", { body: { number_of_containers: "-1" } }))
      .toMatchObject({ status: 400, json: { diagnostics: "Invalid number of containers specified -1" } });
    expect(await call("PUT", "/hello-world", { body: { lifetime: "7200" } })).toMatchObject({ status: 200, json: { diagnostics: expect.stringContaining("7200 seconds remaining") } });
  });

  test("what Jackson cannot bind is a 404 with a RemoteExceptionData body", async () => {
    await createStable();
    const cases: Array<[string, string, unknown, string, RegExp]> = [
      ["POST", "", { ...helloWorld("other"), versions: "1" }, "UnrecognizedPropertyException", /Unrecognized field "versions" \(class org\.apache\.hadoop\.yarn\.service\.api\.records\.Service\)/],
      ["POST", "", { ...helloWorld("other"), components: [{ ...helloWorld().components[0], version: "1.0.0" }] }, "UnrecognizedPropertyException", /"version" \(class org\.apache\.hadoop\.yarn\.service\.api\.records\.Component\)/],
      ["POST", "", { ...helloWorld("other"), lifetime: "an hour" }, "InvalidFormatException", /java\.lang\.Long/],
      ["PUT", "/hello-world", { state: "RUNNING" }, "InvalidFormatException", /ServiceState.*not one of the values/],
      ["PUT", "/hello-world/component-instances", [{ component_instance_name: "hello-0", state: "UPGRADING", privileged_container: true }], "UnrecognizedPropertyException", /"privileged_container"/],
      ["PUT", "/hello-world/components/hello", { number_of_containers: true }, "MismatchedInputException", /java\.lang\.Long/],
    ];
    for (const [method, path, body, exception, message] of cases) {
      const answer = await call(method, path, { body });
      expect(answer.status, JSON.stringify(body)).toBe(404);
      expect(answer.json).toEqual(jacksonError(exception, message));
    }
    expect((await get("other")) === undefined || (await call("GET", "/other")).status === 404).toBe(true);
  });

  test("memory that Long.parseLong refuses is a 400 with the NumberFormatException's message", async () => {
    const body = { ...helloWorld(), components: [{ ...helloWorld().components[0], resource: { cpus: 1, memory: "256M" } }] };
    expect(await call("POST", "", { body })).toMatchObject({ status: 400, json: { diagnostics: 'For input string: "256M"' } });
  });

  test("FLEX without components is accepted; a negative count is a relative decrease floored at 0", async () => {
    await createStable("hello-world", 3);
    expect(await call("PUT", "/hello-world", { body: { state: "FLEX" } })).toMatchObject({ status: 202, json: { diagnostics: "Service hello-world is successfully flexed." } });
    fake.settle();
    expect(await call("PUT", "/hello-world", { body: { state: "FLEX", components: [{ name: "hello", number_of_containers: -2 }] } })).toMatchObject({ status: 202 });
    fake.settle();
    expect(hello(await get()).number_of_containers).toBe(1);
    await call("PUT", "/hello-world", { body: { state: "FLEX", components: [{ name: "hello", number_of_containers: "-5" }] } });
    fake.settle();
    expect(instances(await get())).toEqual([]);
  });

  test("decommission is allowed while upgrading, and on a stopped service it is refused but still recorded", async () => {
    await createStable("hello-world", 3);
    expect((await call("PUT", "/hello-world", { body: { ...helloWorld(), version: "1.0.1", state: "UPGRADING" } })).status).toBe(202);
    expect(await call("PUT", "/hello-world", { body: { components: [{ name: "hello", decommissioned_instances: ["hello-2"] }] } }))
      .toMatchObject({ status: 202, json: { diagnostics: "Service hello-world has successfully decommissioned instances." } });
    expect(await call("PUT", "/hello-world", { body: { components: [{ name: "hello", decommissioned_instances: ["hello"] }] } }))
      .toMatchObject({ status: 400, json: { diagnostics: "Invalid component instance (hello) name." } });
    expect((await call("PUT", "/hello-world", { body: { state: "STOPPED" } })).status).toBe(200);
    expect(await call("PUT", "/hello-world", { body: { components: [{ name: "hello", decommissioned_instances: ["hello-1"] }] } }))
      .toMatchObject({ status: 400, json: { diagnostics: "hello-world is at FINISHED state, decommission can only be invoked when service is running" } });
    expect((await call("PUT", "/hello-world", { body: { state: "STARTED" } })).status).toBe(200);
    fake.settle();
    const started = await get();
    expect(hello(started)).toMatchObject({ number_of_containers: 1, decommissioned_instances: ["hello-2", "hello-1"] });
    expect(instances(started)).toEqual(["hello-0"]);
  });

  test("cancel works from EXPRESS_UPGRADING; STARTED during UPGRADING is the finalize call (200)", async () => {
    await createStable();
    expect((await call("PUT", "/hello-world", { body: { ...helloWorld(), version: "1.0.1", state: "EXPRESS_UPGRADING" } })).status).toBe(202);
    expect(await call("PUT", "/hello-world", { body: { state: "CANCEL_UPGRADING" } })).toMatchObject({ status: 202, json: { diagnostics: "Service hello-world cancelling upgrade." } });
    fake.settle();
    expect([(await get()).state, (await get()).version]).toEqual(["STABLE", "1.0.0"]);
    const appId = (await get()).id;
    expect((await call("PUT", "/hello-world", { body: { ...helloWorld(), version: "1.0.1", state: "UPGRADING" } })).status).toBe(202);
    expect(await call("PUT", "/hello-world", { body: { state: "STARTED" } }))
      .toMatchObject({ status: 200, json: { diagnostics: `Service hello-world is successfully started with ApplicationId: ${appId}` } });
    expect((await get()).state).toBe("UPGRADING");
  });

  test("upgrade refusals carry ServiceClient.upgradePrecheck's and the AM's texts", async () => {
    await createStable();
    await call("PUT", "/hello-world/components/hello", { body: { number_of_containers: 3 } });
    expect(await call("PUT", "/hello-world", { body: { ...helloWorld(), version: "1.0.1", state: "UPGRADING" } }))
      .toMatchObject({ status: 400, json: { diagnostics: "hello-world is at FLEX state and upgrade can only be initiated when service is STABLE." } });
    fake.settle();
    const extra = { ...helloWorld(), version: "1.0.1", state: "UPGRADING", components: [...helloWorld().components, { ...helloWorld().components[0], name: "extra" }] };
    expect(await call("PUT", "/hello-world", { body: extra })).toMatchObject({
      status: 400,
      json: { diagnostics: "Failed to upgrade service hello-world to version 1.0.1 because addition/deletion of components not supported by upgrade. Could not find component extra in current service definition." },
    });
  });

  test("instance upgrades skip unknown instances (ServiceApiUtil.getLiveContainers) and answer 202", async () => {
    await createStable();
    await call("PUT", "/hello-world", { body: { ...helloWorld(), version: "1.0.1", state: "UPGRADING" } });
    const id0 = hello(await get()).containers[0].id;
    expect(await call("PUT", "/hello-world/component-instances", { body: [{ component_instance_name: "hello-0", state: "UPGRADING" }, { component_instance_name: "hello-7", state: "UPGRADING" }] }))
      .toMatchObject({ status: 202, json: { diagnostics: `Upgrading component instances ${id0}.` } });
    expect(await call("PUT", "/hello-world/component-instances", { body: [{ component_instance_name: "hello9", state: "UPGRADING" }] }))
      .toMatchObject({ status: 400, json: { diagnostics: "Invalid component instance (hello9) name." } });
  });

  test("every answer above matched the spec", () => {
    expect(fake.violations).toEqual([]);
  });
});

describe("yarn-service fake: Hadoop's own create payloads", () => {
  /** The fake does not expand SERVICE artifacts (it keeps no saved app-1 to read them from). */
  const needsSavedService = new Set(["services-core/test-resources/external0.json", "services-core/test-resources/external1.json"]);
  const dir = "test/fixtures/upstream/yarn-service";
  const entries = (parse(readFileSync(`${dir}/manifest.yaml`, "utf8")) as { fixtures: Array<{ file: string; operation: string; kind: string; status: number }> })
    .fixtures.filter((f) => f.operation === "createService" && f.kind === "request" && !needsSavedService.has(f.file));

  test.each(entries.map((e) => [e.file, e] as const))("%s gets the real server's status", async (_file, entry) => {
    fake.reset();
    const text = readFileSync(`${dir}/${entry.file}`, "utf8");
    const answer = await call("POST", "", { body: text, raw: true });
    expect(answer.status).toBe(entry.status);
    if (entry.status === 404) expect(Object.keys(answer.json)).toEqual(["exception", "message", "javaClassName"]);
  });

  test("and every answer matched the spec", () => {
    expect(entries.length).toBeGreaterThan(15);
    expect(fake.violations).toEqual([]);
  });
});
