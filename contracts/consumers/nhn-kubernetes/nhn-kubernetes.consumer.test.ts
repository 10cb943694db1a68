/**
 * Consumer contract of the NKS client. Writes
 * contracts/pacts/nhn-kubernetes-automation-nhn-kubernetes.json.
 */
import { MatchersV3 as M } from "@pact-foundation/pact";
import { describe, expect, test } from "vitest";
import { newPact, settled } from "../new-pact.js";
import { PLACEHOLDERS, WRONG_CREDENTIAL } from "../placeholders.js";
import { createNhnKubernetesClient, DEFAULT_MICROVERSION, type CreateClusterRequest } from "@cluster-api-contracts/clients/nhn-kubernetes";

const pact = newPact("nhn-kubernetes");
const HEADERS = { "X-Auth-Token": PLACEHOLDERS.nhnKubernetesToken, "OpenStack-API-Version": DEFAULT_MICROVERSION };
const CLUSTER_UUID = "2b778d83-8b67-45b1-920e-b0c5ad5c2f30";
const TIMESTAMP = M.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.source, "2026-11-23T13:57:43+00:00");
const client = (url: string, token: string = PLACEHOLDERS.nhnKubernetesToken) => createNhnKubernetesClient({ baseUrl: url, token });
/** Magnum's error body: title is the message up to its first period. */
const magnumError = (status: number, title: string) => ({
  errors: [{ request_id: M.string(""), code: "client", status, title: M.string(title), detail: M.string(`${title}.`), links: [] }],
});

const CREATE: CreateClusterRequest = {
  name: "my-cluster",
  cluster_template_id: "iaas_console",
  keypair: "kp",
  node_count: 2,
  flavor_id: "6ef27f21-c774-4c0e-84ff-7dd4a762571f",
  fixed_network: "eb212079-b6ec-430c-ba57-14280a457bcb",
  fixed_subnet: "4fdf5b80-3d35-43f5-a5c1-010a3b6c8e90",
  labels: {
    availability_zone: "kr2-pub-b",
    node_image: "f462a2a5-ba24-46d6-b7a1-9a9febcd3cfc",
    boot_volume_type: "General HDD",
    boot_volume_size: "20",
    cert_manager_api: "True",
    ca_enable: "false",
    kube_tag: "v1.29.3",
    master_lb_floating_ip_enabled: "false",
  },
};

describe("nhn-kubernetes client", () => {
  test("creates a cluster", async () => {
    await pact
      .addInteraction()
      .given("no clusters exist")
      .uponReceiving("a request to create cluster my-cluster")
      .withRequest("POST", "/v1/clusters", (b) => b.headers(HEADERS).jsonBody(CREATE))
      .willRespondWith(202, (b) => b.headers({ "OpenStack-API-Maximum-Version": M.regex(/^container-infra \d+\.\d+$/.source, "container-infra 1.14") }).jsonBody({ uuid: M.uuid(CLUSTER_UUID) }))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).create(CREATE)).toMatchObject({ ok: true, status: 202, data: { uuid: CLUSTER_UUID } });
      }));
  });

  test("gets 400 for a create request without a keypair", async () => {
    const { keypair: _dropped, ...invalid } = CREATE;
    await pact
      .addInteraction()
      .given("no clusters exist")
      .uponReceiving("a request to create a cluster without a keypair")
      .withRequest("POST", "/v1/clusters", (b) => b.headers(HEADERS).jsonBody(invalid))
      .willRespondWith(400, (b) => b.jsonBody(magnumError(400, "Invalid input for field/attribute keypair")))
      .executeTest(settled(async (server) => {
        const result = await client(server.url).create(invalid as CreateClusterRequest);
        expect(result).toMatchObject({ ok: false, kind: "http", status: 400, error: { errors: [{ status: 400 }] } });
      }));
  });

  // Magnum's cluster create has no name check (api/controllers/v1/cluster.py post): a second
  // cluster of the same name is accepted; only a later lookup by that name is ambiguous (409).
  test("creates a second cluster under a name that is taken", async () => {
    await pact
      .addInteraction()
      .given("cluster my-cluster exists")
      .uponReceiving("a request to create cluster my-cluster again")
      .withRequest("POST", "/v1/clusters", (b) => b.headers(HEADERS).jsonBody(CREATE))
      .willRespondWith(202, (b) => b.jsonBody({ uuid: M.uuid(CLUSTER_UUID) }))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).create(CREATE)).toMatchObject({ ok: true, status: 202 });
      }));
  });

  test("reads a complete cluster and waits for CREATE_COMPLETE in one poll", async () => {
    await pact
      .addInteraction()
      .given("cluster my-cluster exists")
      .uponReceiving("a request for complete cluster my-cluster")
      .withRequest("GET", "/v1/clusters/my-cluster", (b) => b.headers(HEADERS))
      .willRespondWith(200, (b) =>
        b.headers({ "OpenStack-API-Maximum-Version": M.regex(/^container-infra \d+\.\d+$/.source, "container-infra 1.14") }).jsonBody({
          uuid: M.uuid(CLUSTER_UUID),
          name: "my-cluster",
          status: "CREATE_COMPLETE",
          health_status: "HEALTHY",
          node_count: M.integer(1),
          master_count: M.integer(1),
          api_address: M.regex(/^https:\/\/.+:6443$/.source, "https://2b778d83-kr1-k8s.container.nhncloud.com:6443"),
          coe_version: M.string("v1.29.3"),
          node_addresses: M.eachLike(M.regex(/^\d+\.\d+\.\d+\.\d+$/.source, "192.168.0.15")),
          labels: M.like({ kube_tag: "v1.29.3" }),
          created_at: TIMESTAMP,
        }),
      )
      .executeTest(settled(async (server) => {
        const waited = await client(server.url).waitForStatus("my-cluster", ["CREATE_COMPLETE"], { deadlineMs: 1_000, initialDelayMs: 1 });
        expect(waited).toMatchObject({ ok: true, reason: "reached", polls: 1 });
      }));
  });

  test("stops waiting at the deadline while the cluster is being created", async () => {
    await pact
      .addInteraction()
      .given("cluster my-cluster is being created")
      .uponReceiving("a request for cluster my-cluster while it is being created")
      .withRequest("GET", "/v1/clusters/my-cluster", (b) => b.headers(HEADERS))
      .willRespondWith(200, (b) => b.jsonBody({ uuid: M.uuid(CLUSTER_UUID), name: "my-cluster", status: "CREATE_IN_PROGRESS", api_address: null }))
      .executeTest(settled(async (server) => {
        let clock = 0;
        const waited = await client(server.url).waitForStatus("my-cluster", ["CREATE_COMPLETE"], { deadlineMs: 5_000, initialDelayMs: 1_000, now: () => clock, sleep: async (ms) => void (clock += ms) });
        expect(waited).toMatchObject({ ok: false, reason: "deadline", polls: 4 });
      }));
  });

  test("gets 404 for a missing cluster", async () => {
    await pact
      .addInteraction()
      .given("cluster my-cluster does not exist")
      .uponReceiving("a request for a cluster that does not exist")
      .withRequest("GET", "/v1/clusters/my-cluster", (b) => b.headers(HEADERS))
      .willRespondWith(404, (b) => b.jsonBody(magnumError(404, "Cluster my-cluster could not be found")))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).get("my-cluster")).toMatchObject({ ok: false, status: 404, error: { errors: [{ code: "client" }] } });
      }));
  });

  test("gets 401 for a wrong token", async () => {
    await pact
      .addInteraction()
      .given("cluster my-cluster exists")
      .uponReceiving("a request for a cluster with a wrong token")
      .withRequest("GET", "/v1/clusters/my-cluster", (b) => b.headers({ ...HEADERS, "X-Auth-Token": WRONG_CREDENTIAL }))
      .willRespondWith(401, (b) => b.headers({ "WWW-Authenticate": M.regex(/^Keystone uri=.*/.source, 'Keystone uri="http://127.0.0.1:5000/v3"') }).jsonBody({ error: { code: 401, title: "Unauthorized", message: M.string("The request you have made requires authentication.") } }))
      .executeTest(settled(async (server) => {
        expect(await client(server.url, WRONG_CREDENTIAL).get("my-cluster")).toMatchObject({ ok: false, kind: "http", status: 401 });
      }));
  });

  test("lists clusters", async () => {
    await pact
      .addInteraction()
      .given("cluster my-cluster exists")
      .uponReceiving("a request for the list of clusters")
      .withRequest("GET", "/v1/clusters", (b) => b.headers(HEADERS))
      .willRespondWith(200, (b) => b.jsonBody({ clusters: M.eachLike({ uuid: M.uuid(CLUSTER_UUID), name: M.string("my-cluster"), status: M.string("CREATE_COMPLETE"), node_count: M.integer(1) }) }))
      .executeTest(settled(async (server) => {
        const result = await client(server.url).list();
        expect(result.ok && result.data.clusters.map((c) => c.name)).toEqual(["my-cluster"]);
      }));
  });

  test("resizes the default worker node group", async () => {
    await pact
      .addInteraction()
      .given("cluster my-cluster exists")
      .uponReceiving("a request to resize default-worker to 3 nodes")
      .withRequest("POST", "/v1/clusters/my-cluster/actions/resize", (b) => b.headers(HEADERS).jsonBody({ nodegroup: "default-worker", node_count: 3 }))
      .willRespondWith(202, (b) => b.jsonBody({ uuid: M.uuid(CLUSTER_UUID) }))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).resize("my-cluster", "default-worker", 3)).toMatchObject({ ok: true, status: 202 });
      }));
  });

  // Magnum's conductor resizes during UPDATE_IN_PROGRESS too (conductor/handlers/cluster_conductor.py
  // cluster_resize); the API casts the call and answers 202.
  test("resizes a cluster that is being updated", async () => {
    await pact
      .addInteraction()
      .given("cluster my-cluster is being updated")
      .uponReceiving("a request to resize a cluster with an operation in progress")
      .withRequest("POST", "/v1/clusters/my-cluster/actions/resize", (b) => b.headers(HEADERS).jsonBody({ nodegroup: "default-worker", node_count: 3 }))
      .willRespondWith(202, (b) => b.jsonBody({ uuid: M.uuid(CLUSTER_UUID) }))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).resize("my-cluster", "default-worker", 3)).toMatchObject({ ok: true, status: 202 });
      }));
  });

  test("deletes a cluster", async () => {
    await pact
      .addInteraction()
      .given("cluster my-cluster exists")
      .uponReceiving("a request to delete cluster my-cluster")
      .withRequest("DELETE", "/v1/clusters/my-cluster", (b) => b.headers(HEADERS))
      .willRespondWith(204)
      .executeTest(settled(async (server) => {
        expect(await client(server.url).delete("my-cluster")).toMatchObject({ ok: true, status: 204 });
      }));
  });

  test("waits for a deleted cluster to be gone (404 ends the wait)", async () => {
    await pact
      .addInteraction()
      .given("cluster my-cluster does not exist")
      .uponReceiving("a request for a deleted cluster")
      .withRequest("GET", "/v1/clusters/my-cluster", (b) => b.headers(HEADERS))
      .willRespondWith(404, (b) => b.jsonBody(magnumError(404, "Cluster my-cluster could not be found")))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).waitForDeletion("my-cluster", { deadlineMs: 1_000, initialDelayMs: 1 })).toMatchObject({ ok: true, polls: 1 });
      }));
  });
});
