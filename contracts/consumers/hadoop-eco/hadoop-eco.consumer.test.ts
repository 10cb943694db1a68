/**
 * Consumer contract of the Hadoop Eco client. Writes
 * contracts/pacts/hadoop-eco-automation-hadoop-eco.json. The job cluster's id is a
 * placeholder in the pact; the verification puts HADOOP_ECO_CLUSTER_ID in its place.
 */
import { MatchersV3 as M } from "@pact-foundation/pact";
import { describe, expect, test } from "vitest";
import { newPact, settled } from "../new-pact.js";
import { PLACEHOLDERS, WRONG_CREDENTIAL } from "../placeholders.js";
import { createHadoopEcoClient, vmsOf } from "@cluster-api-contracts/clients/hadoop-eco";

const pact = newPact("hadoop-eco");
const CLUSTER = PLACEHOLDERS.hadoopEcoClusterId;
const REQUEST_ID = "0c7a9e52-3b1d-4f6a-9d8e-7c6b5a4f3e2d";
const OPEN_API_CLUSTER = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
const CREDENTIALS = { "Credential-ID": PLACEHOLDERS.hadoopEcoCredentialId, "Credential-Secret": PLACEHOLDERS.hadoopEcoCredentialSecret };
const JOB_CREDENTIALS = { ...CREDENTIALS, "Hadoop-Eco-Api-Key": PLACEHOLDERS.hadoopEcoApiKey };
const client = (url: string, overrides: { credentialId?: string; apiKey?: string } = {}) =>
  createHadoopEcoClient({
    baseUrl: url,
    credentialId: overrides.credentialId ?? PLACEHOLDERS.hadoopEcoCredentialId,
    credentialSecret: PLACEHOLDERS.hadoopEcoCredentialSecret,
    apiKey: overrides.apiKey ?? PLACEHOLDERS.hadoopEcoApiKey,
  });
const error = (code: number, message: string) => ({ code, message: M.string(message) });

describe("hadoop-eco client", () => {
  test("runs the terminated job cluster again with three workers", async () => {
    const body = { instanceSpecs: [{ type: "WORKER", nodeCnt: 3 }] };
    await pact
      .addInteraction()
      .given("job cluster is terminated")
      .uponReceiving("a request to run the job cluster with 3 workers")
      .withRequest("POST", `/v2/hadoop-eco/clusters/${CLUSTER}`, (b) => b.headers(JOB_CREDENTIALS).jsonBody(body))
      .willRespondWith(200, (b) => b.jsonBody({ clusterId: M.uuid(CLUSTER), clusterName: M.string("hde-job-cluster"), requestId: M.uuid(REQUEST_ID) }))
      .executeTest(settled(async (server) => {
        const result = await client(server.url).resize(CLUSTER, 3);
        expect(result).toMatchObject({ ok: true, status: 200, data: { requestId: REQUEST_ID } });
      }));
  });

  test("reads a finished request and waits for it in one poll", async () => {
    await pact
      .addInteraction()
      .given("job cluster request exists", { requestId: REQUEST_ID })
      .uponReceiving("a request for the status of a finished job-cluster request")
      .withRequest("GET", `/v2/hadoop-eco/clusters/${CLUSTER}/requests/${REQUEST_ID}`, (b) => b.headers(JOB_CREDENTIALS))
      .willRespondWith(200, (b) =>
        b.jsonBody({ clusterId: M.uuid(CLUSTER), clusterName: M.string("hde-job-cluster"), requestId: REQUEST_ID, requestStatus: "Finished", requestResult: "Success" }),
      )
      .executeTest(settled(async (server) => {
        const waited = await client(server.url).waitForRequest(CLUSTER, REQUEST_ID, { deadlineMs: 1_000, initialDelayMs: 1 });
        expect(waited).toMatchObject({ ok: true, reason: "reached", polls: 1, value: { requestResult: "Success" } });
      }));
  });

  test("gets 400 when the job cluster is still running", async () => {
    await pact
      .addInteraction()
      .given("job cluster is running a job")
      .uponReceiving("a request to run the job cluster while it runs")
      .withRequest("POST", `/v2/hadoop-eco/clusters/${CLUSTER}`, (b) => b.headers(JOB_CREDENTIALS).jsonBody({}))
      .willRespondWith(400, (b) => b.jsonBody({ code: 400, message: M.regex(/^cluster is not in Terminated state.*/.source, "cluster is not in Terminated state (current status: Running)") }))
      .executeTest(settled(async (server) => {
        const result = await client(server.url).runJobCluster(CLUSTER);
        expect(result).toMatchObject({ ok: false, kind: "http", status: 400, error: { code: 400 } });
      }));
  });

  test("gets 404 for an unknown request", async () => {
    await pact
      .addInteraction()
      .given("job cluster request does not exist", { requestId: REQUEST_ID })
      .uponReceiving("a request for the status of an unknown job-cluster request")
      .withRequest("GET", `/v2/hadoop-eco/clusters/${CLUSTER}/requests/${REQUEST_ID}`, (b) => b.headers(JOB_CREDENTIALS))
      .willRespondWith(404, (b) => b.jsonBody(error(404, "request not found")))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).getRequest(CLUSTER, REQUEST_ID)).toMatchObject({ ok: false, status: 404, error: { code: 404 } });
      }));
  });

  test("gets 401 for a wrong Credential-ID", async () => {
    await pact
      .addInteraction()
      .given("job cluster is terminated")
      .uponReceiving("a request with a wrong Credential-ID")
      .withRequest("GET", `/v2/hadoop-eco/clusters/${CLUSTER}/vms`, (b) => b.headers({ ...CREDENTIALS, "Credential-ID": WRONG_CREDENTIAL }))
      .willRespondWith(401, (b) => b.jsonBody(error(401, "invalid Credential-ID or Credential-Secret")))
      .executeTest(settled(async (server) => {
        expect(await client(server.url, { credentialId: WRONG_CREDENTIAL }).listVms(CLUSTER)).toMatchObject({ ok: false, status: 401 });
      }));
  });

  test("gets 403 for an Open API key of another cluster", async () => {
    await pact
      .addInteraction()
      .given("job cluster is terminated")
      .uponReceiving("a request to run the job cluster with a wrong Open API key")
      .withRequest("POST", `/v2/hadoop-eco/clusters/${CLUSTER}`, (b) => b.headers({ ...JOB_CREDENTIALS, "Hadoop-Eco-Api-Key": WRONG_CREDENTIAL }).jsonBody({}))
      .willRespondWith(403, (b) => b.jsonBody(error(403, "no permission for this cluster")))
      .executeTest(settled(async (server) => {
        expect(await client(server.url, { apiKey: WRONG_CREDENTIAL }).runJobCluster(CLUSTER)).toMatchObject({ ok: false, status: 403 });
      }));
  });

  test("creates a cluster with the Open API", async () => {
    const request = { name: "hde-core-01", clusterType: "Core Hadoop", clusterVersion: "hde-2.0.1", workerCnt: 3 } as const;
    await pact
      .addInteraction()
      .given("job cluster is terminated")
      .uponReceiving("a request to create cluster hde-core-01")
      .withRequest("POST", "/v2/hadoop-eco/clusters", (b) => b.headers(CREDENTIALS).jsonBody(request))
      .willRespondWith(200, (b) => b.jsonBody({ clusterId: M.uuid(OPEN_API_CLUSTER), clusterName: "hde-core-01", status: "Initializing" }))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).create(request)).toMatchObject({ ok: true, data: { status: "Initializing" } });
      }));
  });

  test("gets 400 for a cluster name that is taken", async () => {
    const request = { name: "hde-core-01", clusterType: "Core Hadoop", clusterVersion: "hde-2.0.1", workerCnt: 3 } as const;
    await pact
      .addInteraction()
      .given("open api cluster exists", { clusterId: OPEN_API_CLUSTER, name: "hde-core-01" })
      .uponReceiving("a request to create a cluster whose name is taken")
      .withRequest("POST", "/v2/hadoop-eco/clusters", (b) => b.headers(CREDENTIALS).jsonBody(request))
      .willRespondWith(400, (b) => b.jsonBody({ code: 400, message: M.regex(/^request information error: .*/.source, "request information error: a cluster with this name already exists: hde-core-01") }))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).create(request)).toMatchObject({ ok: false, status: 400 });
      }));
  });

  test("lists the VMs of a running cluster", async () => {
    await pact
      .addInteraction()
      .given("open api cluster exists", { clusterId: OPEN_API_CLUSTER, workerCnt: 3 })
      .uponReceiving("a request for the VMs of a running cluster")
      .withRequest("GET", `/v2/hadoop-eco/clusters/${OPEN_API_CLUSTER}/vms`, (b) => b.headers(CREDENTIALS))
      .willRespondWith(200, (b) =>
        b.jsonBody({
          clusterId: OPEN_API_CLUSTER,
          content: M.eachLike(
            { id: M.uuid("6eefc3f8-4ec2-555a-8a33-a03072a229ad"), name: M.string("hde-core-01-HadoopMST-1"), nodeType: M.regex("MASTER|WORKER|TASK", "MASTER"), flavorName: M.string("m2a.xlarge"), status: "ACTIVE", privateIp: M.regex(/^\d+\.\d+\.\d+\.\d+$/.source, "10.0.0.10") },
            4,
          ),
        }),
      )
      .executeTest(settled(async (server) => {
        const result = await client(server.url).listVms(OPEN_API_CLUSTER);
        expect(result.ok && vmsOf(result.data).length).toBe(4);
      }));
  });

  test("gets 404 for the VMs of an unknown cluster", async () => {
    await pact
      .addInteraction()
      .given("cluster does not exist", { clusterId: OPEN_API_CLUSTER })
      .uponReceiving("a request for the VMs of an unknown cluster")
      .withRequest("GET", `/v2/hadoop-eco/clusters/${OPEN_API_CLUSTER}/vms`, (b) => b.headers(CREDENTIALS))
      .willRespondWith(404, (b) => b.jsonBody(error(404, "cluster not found")))
      .executeTest(settled(async (server) => {
        expect(await client(server.url).listVms(OPEN_API_CLUSTER)).toMatchObject({ ok: false, status: 404 });
      }));
  });
});
