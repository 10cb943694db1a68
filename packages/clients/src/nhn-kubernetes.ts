/**
 * Typed client for NHN Cloud Kubernetes (NKS, Magnum container-infra v1;
 * specs/nhn-kubernetes.yaml) on openapi-fetch. A middleware adds `X-Auth-Token` (the `token`
 * option or NHN_KUBERNETES_TOKEN) and a pinned `OpenStack-API-Version` to every call. Every
 * call returns an ApiResult; HTTP errors are never thrown.
 *
 *   const nks = createNhnKubernetesClient({ baseUrl: "https://kr1-api-kubernetes-infrastructure.nhncloudservice.com" });
 *   const created = await nks.create(request);
 *   if (created.ok) await nks.waitForStatus(created.data.uuid, ["CREATE_COMPLETE"], { deadlineMs: 1_800_000 });
 */
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "../generated/nhn-kubernetes.js";
import { readClientCredentials as readCredentials } from "./credentials.js";
import { toResult, type ApiResult } from "./result.js";
import { waitUntil, type WaitOptions } from "./wait-until.js";

export type { components, operations, paths } from "../generated/nhn-kubernetes.js";
export type { ApiResult } from "./result.js";
export type { WaitOptions, WaitOutcome } from "./wait-until.js";

export type CreateClusterRequest = components["schemas"]["CreateClusterRequest"];
export type ClusterStatus = components["schemas"]["ClusterStatus"];
export type ClusterDetail = paths["/v1/clusters/{CLUSTER_ID_OR_NAME}"]["get"]["responses"][200]["content"]["application/json"];

/** The newest microversion the spec documents; node groups need 1.9 and resize 1.7. */
export const DEFAULT_MICROVERSION = "container-infra 1.14";

export interface NhnKubernetesClientOptions {
  /** Regional endpoint, e.g. https://kr1-api-kubernetes-infrastructure.nhncloudservice.com */
  baseUrl: string;
  /** Keystone token id; default NHN_KUBERNETES_TOKEN. */
  token?: string;
  /** `OpenStack-API-Version` value (default container-infra 1.14). */
  microversion?: string;
  fetch?: (request: Request) => Promise<Response>;
}

export function keystoneMiddleware(token: string, microversion: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("X-Auth-Token", token);
      if (!request.headers.has("OpenStack-API-Version")) request.headers.set("OpenStack-API-Version", microversion);
      return request;
    },
  };
}

const CLUSTER = "/v1/clusters/{CLUSTER_ID_OR_NAME}" as const;

export function createNhnKubernetesClient(options: NhnKubernetesClientOptions) {
  const api = createClient<paths>({ baseUrl: options.baseUrl, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const microversion = options.microversion ?? DEFAULT_MICROVERSION;
  api.use(keystoneMiddleware(options.token ?? readCredentials().nhnKubernetesToken, microversion));
  const header = { "OpenStack-API-Version": microversion };
  const at = (cluster: string) => ({ params: { header, path: { CLUSTER_ID_OR_NAME: cluster } } });
  const get = (cluster: string) => toResult(api.GET(CLUSTER, at(cluster)));

  return {
    api,
    list: () => toResult(api.GET("/v1/clusters", { params: { header } })),
    get,
    create: (request: CreateClusterRequest) => toResult(api.POST("/v1/clusters", { params: { header }, body: request })),
    /** Set a node group's node count (202; the cluster goes UPDATE_IN_PROGRESS, then UPDATE_COMPLETE). */
    resize: (cluster: string, nodegroup: string, nodeCount: number) =>
      toResult(api.POST("/v1/clusters/{CLUSTER_ID_OR_NAME}/actions/resize", { ...at(cluster), body: { nodegroup, node_count: nodeCount } })),
    delete: (cluster: string) => toResult(api.DELETE(CLUSTER, at(cluster))),
    kubeconfig: (cluster: string) => toResult(api.GET("/v1/clusters/{CLUSTER_ID_OR_NAME}/config", at(cluster))),
    listNodeGroups: (cluster: string) => toResult(api.GET("/v1/clusters/{CLUSTER_ID_OR_NAME}/nodegroups", at(cluster))),
    /** Poll until the cluster's status is one of `statuses`; any *_FAILED status ends the wait. */
    waitForStatus: (cluster: string, statuses: readonly ClusterStatus[], wait: WaitOptions = {}) =>
      waitUntil(() => get(cluster), { done: (c) => statuses.includes(c.status), failed: (c) => c.status.endsWith("_FAILED") && !statuses.includes(c.status) }, wait),
    /** Poll until the cluster is gone (404); a DELETE_FAILED status ends the wait. */
    waitForDeletion: (cluster: string, wait: WaitOptions = {}) =>
      waitUntil(
        async () => {
          const result = await get(cluster);
          const gone: ApiResult<ClusterDetail | null, unknown> = { ok: true, status: 404, data: null, headers: result.ok || result.kind === "http" ? result.headers : new Headers() };
          return result.ok || result.status !== 404 ? (result as ApiResult<ClusterDetail | null, unknown>) : gone;
        },
        { done: (c) => c === null, failed: (c) => c?.status === "DELETE_FAILED" },
        wait,
      ),
  };
}

export type NhnKubernetesClient = ReturnType<typeof createNhnKubernetesClient>;
