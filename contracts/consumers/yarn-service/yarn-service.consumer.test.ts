/**
 * Consumer contract of the YARN Service client: what an automation sends and relies on.
 * Writes contracts/pacts/yarn-service-automation-yarn-service.json.
 */
import { MatchersV3 as M } from "@pact-foundation/pact";
import { describe, expect, test } from "vitest";
import { newPact, settled } from "../new-pact.js";
import { PLACEHOLDERS } from "../placeholders.js";
import { createYarnServiceClient, type Service } from "@cluster-api-contracts/clients/yarn-service";

const pact = newPact("yarn-service");
const USER = { "user.name": PLACEHOLDERS.yarnUser };
const client = (url: string, user: string = PLACEHOLDERS.yarnUser) => createYarnServiceClient({ baseUrl: url, user });

const HELLO_WORLD: Service = {
  name: "hello-world",
  version: "1.0.0",
  components: [
    {
      name: "hello",
      number_of_containers: 2,
      artifact: { id: "nginx:latest", type: "DOCKER" },
      launch_command: "./start_nginx.sh",
      resource: { cpus: 1, memory: "256" },
    },
  ],
};

const APPLICATION_ID = M.regex(/application_\d+_\d{4,}/.source, "application_1795441661933_0001");
const CONTAINER = {
  id: M.regex(/container_e\d+_\d+_\d+_\d+_\d+/.source, "container_e01_1795441661933_0001_01_000002"),
  ip: M.regex(/^\d+\.\d+\.\d+\.\d+$/.source, "10.22.0.2"),
  hostname: M.string("ctr-e01-1795441661933-0001-01-000002.example.site"),
  state: "READY",
  launch_time: M.integer(1795441661933),
  bare_host: M.string("host100.cloud.com"),
  component_instance_name: M.regex(/hello-\d+/.source, "hello-0"),
};

describe("yarn-service client", () => {
  test("reads the server version", async () => {
    await pact
      .addInteraction()
      .uponReceiving("a request for the Hadoop version")
      .withRequest("GET", "/app/v1/services/version", (b) => b.query(USER))
      .willRespondWith(200, (b) => b.jsonBody({ hadoop_version: M.string("3.3.6") }))
      .executeTest(settled(async (server) => {
        const result = await client(server.url).version();
        expect(result.ok && result.data.hadoop_version).toBe("3.3.6");
      }));
  });

  test("creates a service", async () => {
    await pact
      .addInteraction()
      .given("no services exist")
      .uponReceiving("a request to create service hello-world")
      .withRequest("POST", "/app/v1/services", (b) => b.query(USER).jsonBody(HELLO_WORLD))
      .willRespondWith(202, (b) =>
        b.jsonBody({ diagnostics: M.regex(/Application ID: application_\d+_\d+/.source, "Application ID: application_1795441761540_0001"), state: "ACCEPTED", uri: "/v1/services/hello-world" }),
      )
      .executeTest(settled(async (server) => {
        const result = await client(server.url).create(HELLO_WORLD);
        expect(result).toMatchObject({ ok: true, status: 202, data: { state: "ACCEPTED", uri: "/v1/services/hello-world" } });
      }));
  });

  test("gets a validation error for an invalid service name", async () => {
    const invalid = { ...HELLO_WORLD, name: "Hello" };
    await pact
      .addInteraction()
      .given("no services exist")
      .uponReceiving("a request to create a service with an upper-case name")
      .withRequest("POST", "/app/v1/services", (b) => b.query(USER).jsonBody(invalid))
      .willRespondWith(400, (b) => b.jsonBody({ diagnostics: M.regex(/^Invalid name Hello .*/.source, "Invalid name Hello does not match the pattern [a-z][a-z0-9-]* ") }))
      .executeTest(settled(async (server) => {
        const result = await client(server.url).create(invalid);
        expect(result).toMatchObject({ ok: false, kind: "http", status: 400 });
        expect(!result.ok && result.kind === "http" && typeof result.error === "object" && "diagnostics" in result.error && result.error.diagnostics).toMatch(/^Invalid name Hello/);
      }));
  });

  test("gets 500 for a name that is already taken (as the real ResourceManager)", async () => {
    await pact
      .addInteraction()
      .given("service hello-world exists")
      .uponReceiving("a request to create service hello-world again")
      .withRequest("POST", "/app/v1/services", (b) => b.query(USER).jsonBody(HELLO_WORLD))
      .willRespondWith(500, (b) => b.jsonBody({ diagnostics: "Service name hello-world is already taken." }))
      .executeTest(settled(async (server) => {
        const result = await client(server.url).create(HELLO_WORLD);
        expect(result).toMatchObject({ ok: false, status: 500, error: { diagnostics: "Service name hello-world is already taken." } });
      }));
  });

  test("reads a stable service and its containers, and waits for STABLE in one poll", async () => {
    await pact
      .addInteraction()
      .given("service hello-world exists")
      .uponReceiving("a request for stable service hello-world")
      .withRequest("GET", "/app/v1/services/hello-world", (b) => b.query(USER))
      .willRespondWith(200, (b) =>
        b.jsonBody({
          name: "hello-world",
          version: M.string("1.0.0"),
          state: "STABLE",
          id: APPLICATION_ID,
          lifetime: M.integer(-1),
          launch_time: M.integer(1795441661933),
          number_of_running_containers: M.integer(2),
          components: M.eachLike({ name: "hello", state: "STABLE", number_of_containers: M.integer(2), containers: M.eachLike(CONTAINER, 2) }),
        }),
      )
      .executeTest(settled(async (server) => {
        const yarn = client(server.url);
        const result = await yarn.get("hello-world");
        expect(result.ok && result.data.components?.[0]?.containers?.length).toBe(2);
        const waited = await yarn.waitForState("hello-world", ["STABLE"], { deadlineMs: 1_000, initialDelayMs: 1 });
        expect(waited).toMatchObject({ ok: true, reason: "reached", polls: 1 });
      }));
  });

  test("stops waiting at the deadline while the service is still being created", async () => {
    await pact
      .addInteraction()
      .given("service hello-world is being created")
      .uponReceiving("a request for service hello-world while it is being created")
      .withRequest("GET", "/app/v1/services/hello-world", (b) => b.query(USER))
      .willRespondWith(200, (b) => b.jsonBody({ name: "hello-world", state: "ACCEPTED", id: APPLICATION_ID, components: M.eachLike({ name: "hello", state: "FLEXING" }) }))
      .executeTest(settled(async (server) => {
        let clock = 0;
        const waited = await client(server.url).waitForState("hello-world", ["STABLE"], {
          deadlineMs: 3_000,
          initialDelayMs: 1_000,
          now: () => clock,
          sleep: async (ms) => void (clock += ms),
        });
        expect(waited).toMatchObject({ ok: false, reason: "deadline" });
        expect(waited.polls).toBeGreaterThan(1);
      }));
  });

  test("gets 404 code 404004 for a missing service", async () => {
    await pact
      .addInteraction()
      .given("service hello-world does not exist")
      .uponReceiving("a request for a service that does not exist")
      .withRequest("GET", "/app/v1/services/hello-world", (b) => b.query(USER))
      .willRespondWith(404, (b) => b.jsonBody({ diagnostics: "Service hello-world not found", code: 404004 }))
      .executeTest(settled(async (server) => {
        const result = await client(server.url).get("hello-world");
        expect(result).toMatchObject({ ok: false, kind: "http", status: 404, error: { code: 404004 } });
      }));
  });

  test("gets 401 without a user name", async () => {
    await pact
      .addInteraction()
      .given("service hello-world exists")
      .uponReceiving("a request without a user name")
      .withRequest("GET", "/app/v1/services/hello-world", (b) => b.query({ "user.name": "" }))
      .willRespondWith(401, (b) => b.headers({ "WWW-Authenticate": M.string("PseudoAuth") }))
      .executeTest(settled(async (server) => {
        const result = await client(server.url, "").get("hello-world");
        expect(result).toMatchObject({ ok: false, kind: "http", status: 401 });
      }));
  });

  test("gets 403 for another user's service", async () => {
    await pact
      .addInteraction()
      .given("service hello-world is owned by another user")
      .uponReceiving("a request for a service owned by another user")
      .withRequest("GET", "/app/v1/services/hello-world", (b) => b.query(USER))
      .willRespondWith(403, (b) => b.jsonBody({ diagnostics: M.regex(/^Permission denied: user=.+ is not allowed to access service hello-world$/.source, `Permission denied: user=${PLACEHOLDERS.yarnUser} is not allowed to access service hello-world`) }))
      .executeTest(settled(async (server) => {
        const result = await client(server.url).get("hello-world");
        expect(result).toMatchObject({ ok: false, status: 403 });
      }));
  });

  test("lists the caller's services", async () => {
    await pact
      .addInteraction()
      .given("service hello-world exists")
      .uponReceiving("a request for the list of services")
      .withRequest("GET", "/app/v1/services", (b) => b.query(USER))
      .willRespondWith(200, (b) => b.jsonBody(M.eachLike({ name: M.string("hello-world"), state: M.string("STABLE"), version: M.string("1.0.0") })))
      .executeTest(settled(async (server) => {
        const result = await client(server.url).list();
        expect(result.ok && result.data.map((s) => s.name)).toEqual(["hello-world"]);
      }));
  });

  test("flexes a component", async () => {
    await pact
      .addInteraction()
      .given("service hello-world exists")
      .uponReceiving("a request to flex component hello to 3 containers")
      .withRequest("PUT", "/app/v1/services/hello-world/components/hello", (b) => b.query(USER).jsonBody({ number_of_containers: 3 }))
      .willRespondWith(200, (b) => b.jsonBody({ diagnostics: "Updating component (hello) size from 2 to 3" }))
      .executeTest(settled(async (server) => {
        const result = await client(server.url).flex("hello-world", "hello", 3);
        expect(result).toMatchObject({ ok: true, status: 200 });
      }));
  });

  test("gets 400 when flexing a stopped service", async () => {
    await pact
      .addInteraction()
      .given("service hello-world is STOPPED")
      .uponReceiving("a request to flex a component of a stopped service")
      .withRequest("PUT", "/app/v1/services/hello-world/components/hello", (b) => b.query(USER).jsonBody({ number_of_containers: 3 }))
      .willRespondWith(400, (b) => b.jsonBody({ diagnostics: M.regex(/.* flex can only be invoked when service is running/.source, "hello-world is at FINISHED state, flex can only be invoked when service is running") }))
      .executeTest(settled(async (server) => {
        const result = await client(server.url).flex("hello-world", "hello", 3);
        expect(result).toMatchObject({ ok: false, status: 400 });
      }));
  });

  test("stops a running service", async () => {
    await pact
      .addInteraction()
      .given("service hello-world exists")
      .uponReceiving("a request to stop service hello-world")
      .withRequest("PUT", "/app/v1/services/hello-world", (b) => b.query(USER).jsonBody({ state: "STOPPED" }))
      .willRespondWith(200, (b) => b.jsonBody({ diagnostics: "Successfully stopped service hello-world" }))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).stop("hello-world")).toMatchObject({ ok: true, status: 200 });
      }));
  });

  test("starts a stopped service", async () => {
    await pact
      .addInteraction()
      .given("service hello-world is STOPPED")
      .uponReceiving("a request to start stopped service hello-world")
      .withRequest("PUT", "/app/v1/services/hello-world", (b) => b.query(USER).jsonBody({ state: "STARTED" }))
      .willRespondWith(200, (b) => b.jsonBody({ diagnostics: M.regex(/^Service hello-world is successfully started with ApplicationId: application_\d+_\d+$/.source, "Service hello-world is successfully started with ApplicationId: application_1795441766744_0002"), state: "ACCEPTED" }))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).start("hello-world")).toMatchObject({ ok: true, status: 200, data: { state: "ACCEPTED" } });
      }));
  });

  test("destroys a service", async () => {
    await pact
      .addInteraction()
      .given("service hello-world exists")
      .uponReceiving("a request to destroy service hello-world")
      .withRequest("DELETE", "/app/v1/services/hello-world", (b) => b.query(USER))
      .willRespondWith(200, (b) => b.jsonBody({ diagnostics: "Successfully destroyed service hello-world" }))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).destroy("hello-world")).toMatchObject({ ok: true, status: 200 });
      }));
  });
});
