/**
 * Typed client for the KakaoCloud Hadoop Eco API (specs/hadoop-eco.yaml) on openapi-fetch.
 * A middleware adds `Credential-ID` / `Credential-Secret` to every call and
 * `Hadoop-Eco-Api-Key` to the job-cluster calls, from the options or HADOOP_ECO_* variables.
 * Every call returns an ApiResult; HTTP errors are never thrown. The API has no delete:
 * a job cluster terminates itself after its run.
 *
 *   const eco = createHadoopEcoClient({ baseUrl: "https://hadoop-eco.kr-central-2.kakaocloud.com" });
 *   const run = await eco.resize(clusterId, 3);
 *   if (run.ok) await eco.waitForRequest(clusterId, run.data.requestId, { deadlineMs: 3_600_000 });
 */
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "../generated/hadoop-eco.js";
import { readClientCredentials as readCredentials } from "./credentials.js";
import { toResult } from "./result.js";
import { waitUntil, type WaitOptions } from "./wait-until.js";

export type { components, operations, paths } from "../generated/hadoop-eco.js";
export type { ApiResult } from "./result.js";
export type { WaitOptions, WaitOutcome } from "./wait-until.js";

export type ClusterCreateRequest = components["schemas"]["ClusterCreateRequest"];
export type JobClusterRequest = components["schemas"]["JobClusterRequest"];
export type JobClusterRequestStatus = components["schemas"]["JobClusterRequestStatus"];
export type ClusterVmList = components["schemas"]["ClusterVmList"];
export type ClusterVm = components["schemas"]["ClusterVm"];

/** The VMs of a list answer: `{content}` (the key a KakaoCloud lab reads), the inferred `{vms}`, or a bare array. */
export function vmsOf(list: ClusterVmList): ClusterVm[] {
  return Array.isArray(list) ? list : (list.content ?? list.vms ?? []);
}

export interface HadoopEcoClientOptions {
  baseUrl: string;
  /** Default HADOOP_ECO_CREDENTIAL_ID, HADOOP_ECO_CREDENTIAL_SECRET, HADOOP_ECO_API_KEY. */
  credentialId?: string;
  credentialSecret?: string;
  apiKey?: string;
  fetch?: (request: Request) => Promise<Response>;
}

/** Paths whose operations need the cluster's Open API key (security of the job-cluster calls). */
const JOB_CLUSTER_PATH = /^\/(v2\/hadoop-eco\/clusters\/[^/]+(\/requests\/[^/]+)?|hadoop-eco\/v1\/cluster\/[^/]+)$/;

export function hadoopEcoAuthMiddleware(keys: { credentialId: string; credentialSecret: string; apiKey: string }): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("Credential-ID", keys.credentialId);
      request.headers.set("Credential-Secret", keys.credentialSecret);
      if (JOB_CLUSTER_PATH.test(new URL(request.url).pathname)) request.headers.set("Hadoop-Eco-Api-Key", keys.apiKey);
      return request;
    },
  };
}

export function createHadoopEcoClient(options: HadoopEcoClientOptions) {
  const env = readCredentials();
  const api = createClient<paths>({ baseUrl: options.baseUrl, ...(options.fetch ? { fetch: options.fetch } : {}) });
  api.use(
    hadoopEcoAuthMiddleware({
      credentialId: options.credentialId ?? env.hadoopEcoCredentialId,
      credentialSecret: options.credentialSecret ?? env.hadoopEcoCredentialSecret,
      apiKey: options.apiKey ?? env.hadoopEcoApiKey,
    }),
  );
  const cluster = (clusterId: string) => ({ params: { path: { "cluster-id": clusterId } } });

  const getRequest = (clusterId: string, requestId: string, verbose = false) =>
    toResult(
      api.GET("/v2/hadoop-eco/clusters/{cluster-id}/requests/{request-id}", {
        params: { path: { "cluster-id": clusterId, "request-id": requestId }, ...(verbose ? { query: { verbose: true } } : {}) },
      }),
    );
  const runJobCluster = (clusterId: string, changes: JobClusterRequest = {}) =>
    toResult(api.POST("/v2/hadoop-eco/clusters/{cluster-id}", { ...cluster(clusterId), body: changes }));

  return {
    api,
    /** Create a cluster with the Open API (it starts Initializing, then Running). */
    create: (request: ClusterCreateRequest) => toResult(api.POST("/v2/hadoop-eco/clusters", { body: request })),
    /** Run a terminated job cluster again, with optional changes; answers a requestId to poll. */
    runJobCluster,
    /** Run the job cluster with another worker count. */
    resize: (clusterId: string, workers: number) => runJobCluster(clusterId, { instanceSpecs: [{ type: "WORKER", nodeCnt: workers }] }),
    getRequest,
    listVms: (clusterId: string) => toResult(api.GET("/v2/hadoop-eco/clusters/{cluster-id}/vms", cluster(clusterId))),
    /** Poll a job-cluster request until it is Finished (a Failure result ends it as failed). */
    waitForRequest: (clusterId: string, requestId: string, wait: WaitOptions = {}) =>
      waitUntil(() => getRequest(clusterId, requestId), { done: (r) => r?.requestStatus === "Finished" && r.requestResult === "Success", failed: (r) => r?.requestResult === "Failure" }, wait),
  };
}

export type HadoopEcoClient = ReturnType<typeof createHadoopEcoClient>;
