/**
 * Consumer contract of the BigData PaaS client. Writes
 * contracts/pacts/bigdata-paas-automation-bigdata-paas.json. Clusters belong to user `test`
 * (the server's development user when the token is not a user token).
 *
 * The queue's 303 answer (job done) is not in the pact: the Pact verifier follows redirects
 * and cannot check a 3xx (pact-foundation/pact-net#441, same Rust core). client.test.ts
 * covers it against the fake instead.
 */
import { MatchersV3 as M } from "@pact-foundation/pact";
import { describe, expect, test } from "vitest";
import { newPact, settled } from "../new-pact.js";
import { PLACEHOLDERS, WRONG_CREDENTIAL } from "../placeholders.js";
import { createBigdataPaasClient, queueIdOf } from "@cluster-api-contracts/clients/bigdata-paas";

const pact = newPact("bigdata-paas");
const TOKEN = { "x-auth-token": PLACEHOLDERS.bigdataPaasToken };
const JOB = "3f2c9a7e5b1d4c6f8a0e2b4d6f8a1c3e";
const CLUSTER = { username: "test", product: "reference", version: "1.0.0", id: "1" };
const CLUSTER_PATH = "/bigdata/api/v1/clusters/test/reference/1.0.0/1";
const QUEUE_URL = M.regex(/^https?:\/\/[^/]+\/bigdata\/api\/v1\/queue\/[0-9a-f]{32}$/.source, `http://127.0.0.1:4023/bigdata/api/v1/queue/${JOB}`);
const client = (url: string, token: string = PLACEHOLDERS.bigdataPaasToken) => createBigdataPaasClient({ baseUrl: url, token });
const error = (status: number, error: string, message: string) => ({ status, error, message: M.string(message) });

describe("bigdata-paas client", () => {
  test("launches a cluster of reference 1.0.0", async () => {
    await pact
      .addInteraction()
      .given("product reference 1.0.0 exists")
      .uponReceiving("a request to launch reference 1.0.0 with 2 nodes")
      .withRequest("POST", "/bigdata/api/v1/products/reference/1.0.0", (b) => b.headers(TOKEN).jsonBody({ size: 2 }))
      .willRespondWith(202, (b) => b.headers({ Location: QUEUE_URL }).jsonBody({ url: QUEUE_URL }))
      .executeTest(settled(async (server) => {
        const result = await client(server.url).launch("reference", "1.0.0", { size: 2 });
        expect(result.ok && queueIdOf(result.data.url)).toBe(JOB);
      }));
  });

  test("gets 202 for a size out of range: the options are checked inside the queued job", async () => {
    await pact
      .addInteraction()
      .given("product reference 1.0.0 exists")
      .uponReceiving("a request to launch reference 1.0.0 with 0 nodes")
      .withRequest("POST", "/bigdata/api/v1/products/reference/1.0.0", (b) => b.headers(TOKEN).jsonBody({ size: 0 }))
      .willRespondWith(202, (b) => b.headers({ Location: QUEUE_URL }).jsonBody({ url: QUEUE_URL }))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).launch("reference", "1.0.0", { size: 0 })).toMatchObject({ ok: true, status: 202 });
      }));
  });

  test("gets 202 when launching an unknown product: the product is looked up inside the queued job", async () => {
    await pact
      .addInteraction()
      .given("product reference 1.0.0 does not exist")
      .uponReceiving("a request to launch a product that does not exist")
      .withRequest("POST", "/bigdata/api/v1/products/reference/1.0.0", (b) => b.headers(TOKEN).jsonBody({ size: 2 }))
      .willRespondWith(202, (b) => b.headers({ Location: QUEUE_URL }).jsonBody({ url: QUEUE_URL }))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).launch("reference", "1.0.0", { size: 2 })).toMatchObject({ ok: true, status: 202 });
      }));
  });

  test("gets 404 Key not found for a queue job that ended error", async () => {
    await pact
      .addInteraction()
      .given(`queue job ${JOB} failed`)
      .uponReceiving("a request for a queue job that ended error")
      .withRequest("GET", `/bigdata/api/v1/queue/${JOB}`, (b) => b.headers(TOKEN))
      .willRespondWith(404, (b) => b.jsonBody(error(404, "Key not found", `Key queue/${JOB}/url does not exist`)))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).getQueueJob(JOB)).toMatchObject({ ok: false, status: 404, error: { error: "Key not found" } });
      }));
  });

  test("reads a pending queue job", async () => {
    await pact
      .addInteraction()
      .given(`queue job ${JOB} is pending`)
      .uponReceiving("a request for a pending queue job")
      .withRequest("GET", `/bigdata/api/v1/queue/${JOB}`, (b) => b.headers(TOKEN))
      .willRespondWith(200, (b) => b.jsonBody({ status: "pending" }))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).getQueueJob(JOB)).toMatchObject({ ok: true, status: 200, data: { status: "pending" } });
      }));
  });

  test("reads a ready cluster and waits for ready in one poll", async () => {
    await pact
      .addInteraction()
      .given("cluster 1 of reference 1.0.0 is ready")
      .uponReceiving("a request for ready cluster 1 of reference 1.0.0")
      .withRequest("GET", CLUSTER_PATH, (b) => b.headers(TOKEN))
      .willRespondWith(200, (b) =>
        b.jsonBody({ result: "success", uri: "clusters/test/reference/1.0.0/1", data: { name: M.string("test-reference-1"), dn: "clusters/test/reference/1.0.0/1", status: "ready" } }),
      )
      .executeTest(settled(async (server) => {
        const waited = await client(server.url).waitForCluster(CLUSTER, ["ready"], { deadlineMs: 1_000, initialDelayMs: 1 });
        expect(waited).toMatchObject({ ok: true, polls: 1 });
      }));
  });

  test("lists the user's clusters", async () => {
    await pact
      .addInteraction()
      .given("cluster 1 of reference 1.0.0 is ready")
      .uponReceiving("a request for the clusters of user test")
      .withRequest("GET", "/bigdata/api/v1/clusters/test", (b) => b.headers(TOKEN))
      .willRespondWith(200, (b) =>
        b.jsonBody({ clusters: M.eachLike({ result: "success", uri: M.string("clusters/test/reference/1.0.0/1"), data: { name: M.string("test-reference-1"), dn: M.string("clusters/test/reference/1.0.0/1"), status: M.string("ready") } }) }),
      )
      .executeTest(settled(async (server) => {
        const result = await client(server.url).listClusters("test");
        expect(result.ok && result.data.clusters.length).toBe(1);
      }));
  });

  test("gets 401 for a wrong token", async () => {
    await pact
      .addInteraction()
      .given("cluster 1 of reference 1.0.0 is ready")
      .uponReceiving("a request for the clusters of user test with a wrong token")
      .withRequest("GET", "/bigdata/api/v1/clusters/test", (b) => b.headers({ "x-auth-token": WRONG_CREDENTIAL }))
      .willRespondWith(401, (b) => b.jsonBody(error(401, "unauthorized", "please provide a valid authentication token")))
      .executeTest(settled(async (server) => {
        expect(await client(server.url, WRONG_CREDENTIAL).listClusters("test")).toMatchObject({ ok: false, kind: "http", status: 401 });
      }));
  });

  test("destroys a ready cluster", async () => {
    await pact
      .addInteraction()
      .given("cluster 1 of reference 1.0.0 is ready")
      .uponReceiving("a request to destroy cluster 1 of reference 1.0.0")
      .withRequest("DELETE", CLUSTER_PATH, (b) => b.headers(TOKEN))
      .willRespondWith(200, (b) => b.jsonBody({ message: "success" }))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).destroy(CLUSTER)).toMatchObject({ ok: true, data: { message: "success" } });
      }));
  });

  test("gets 404 when destroying a cluster that does not exist", async () => {
    await pact
      .addInteraction()
      .given("cluster 1 of reference 1.0.0 does not exist")
      .uponReceiving("a request to destroy a cluster that does not exist")
      .withRequest("DELETE", CLUSTER_PATH, (b) => b.headers(TOKEN))
      .willRespondWith(404, (b) => b.jsonBody(error(404, "Key not found", "Key clusters/test/reference/1.0.0/1 does not exist")))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).destroy(CLUSTER)).toMatchObject({ ok: false, status: 404 });
      }));
  });
});
