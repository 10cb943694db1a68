/**
 * Typed client for the BigData PaaS REST API (specs/bigdata-paas.yaml) on openapi-fetch.
 * A middleware adds `x-auth-token` from the `token` option or BIGDATA_PAAS_TOKEN. Every call
 * returns an ApiResult; HTTP errors are never thrown. Redirects are not followed: the queue's
 * 303 (job done, `url` of the cluster) is an answer to read, not a hop to take.
 *
 *   const paas = createBigdataPaasClient({ baseUrl: "http://127.0.0.1:5000" });
 *   const launched = await paas.launch("reference", "1.0.0", { size: 2 });
 *   if (launched.ok) {
 *     const job = await paas.waitForQueueJob(queueIdOf(launched.data.url), { deadlineMs: 60_000 });
 *     if (job.ok && job.value.url) await paas.waitForCluster(clusterRefOf(job.value.url)!, ["ready"]);
 *   }
 */
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "../generated/bigdata-paas.js";
import { readClientCredentials as readCredentials } from "./credentials.js";
import { toResult, type ApiResult } from "./result.js";
import { waitUntil, type WaitOptions } from "./wait-until.js";

export type { components, operations, paths } from "../generated/bigdata-paas.js";
export type { ApiResult } from "./result.js";
export type { WaitOptions, WaitOutcome } from "./wait-until.js";

export type LaunchOptions = components["schemas"]["LaunchOptions"];
export type ClusterStatus = components["schemas"]["ClusterStatus"];
export type QueueJob = components["schemas"]["QueueJobPending"] | components["schemas"]["QueueJobDone"];

export interface BigdataPaasClientOptions {
  /** Server root, e.g. http://127.0.0.1:5000 (the API lives under /bigdata/api/v1). */
  baseUrl: string;
  /** Default BIGDATA_PAAS_TOKEN. */
  token?: string;
  fetch?: (request: Request) => Promise<Response>;
}

/** Where a cluster lives: /clusters/{username}/{product}/{version}/{id}. */
export interface ClusterRef {
  username: string;
  product: string;
  version: string;
  id: string;
}

export function tokenMiddleware(token: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("x-auth-token", token);
      return request;
    },
  };
}

/** The 32-hex job id at the end of a queue URL (the launch answer's `url`). */
export function queueIdOf(url: string): string {
  return url.slice(url.lastIndexOf("/") + 1);
}

/** The cluster a finished queue job points to, from its `url`. */
export function clusterRefOf(url: string): ClusterRef | undefined {
  const match = /\/clusters\/([^/]+)\/([^/]+)\/([^/]+)\/([^/?#]+)$/.exec(url);
  return match ? { username: match[1]!, product: match[2]!, version: match[3]!, id: match[4]! } : undefined;
}

const noRedirects = (request: Request) => fetch(request, { redirect: "manual" });

export function createBigdataPaasClient(options: BigdataPaasClientOptions) {
  const api = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch ?? noRedirects });
  api.use(tokenMiddleware(options.token ?? readCredentials().bigdataPaasToken));
  const product = (name: string, version: string) => ({ params: { path: { name, version } } });
  const cluster = (ref: ClusterRef) => ({ params: { path: ref } });

  /**
   * A queue job: 200 pending, or 303 done (registered, with the cluster's url). A job that ended
   * `error` never wrote its url key, so the real server answers 404 "Key not found" for it.
   */
  const getQueueJob = async (id: string) => {
    const result = await toResult(api.GET("/bigdata/api/v1/queue/{id}", { params: { path: { id } } }));
    if (!result.ok && result.kind === "http" && result.status === 303) {
      return { ok: true, status: 303, data: result.error as unknown as QueueJob, headers: result.headers } as const;
    }
    return result as Exclude<typeof result, { ok: true }> | { ok: true; status: number; data: QueueJob; headers: Headers };
  };
  const getCluster = (ref: ClusterRef) => toResult(api.GET("/bigdata/api/v1/clusters/{username}/{product}/{version}/{id}", cluster(ref)));

  return {
    api,
    getProductOptions: (name: string, version: string) => toResult(api.GET("/bigdata/api/v1/products/{name}/{version}/options", product(name, version))),
    /** Launch a cluster of a product version; the answer's `url` is the queue job to poll. */
    launch: (name: string, version: string, launchOptions: LaunchOptions) =>
      toResult(api.POST("/bigdata/api/v1/products/{name}/{version}", { ...product(name, version), body: launchOptions })),
    getQueueJob,
    getCluster,
    listClusters: (username: string) => toResult(api.GET("/bigdata/api/v1/clusters/{username}", { params: { path: { username } } })),
    destroy: (ref: ClusterRef) => toResult(api.DELETE("/bigdata/api/v1/clusters/{username}/{product}/{version}/{id}", cluster(ref))),
    /**
     * Poll a queue job until it is no longer pending: a 404 (a job that ended `error`) ends the wait
     * with reason "error"; a launch that raised on the server stays pending, so give a deadline.
     */
    waitForQueueJob: (id: string, wait: WaitOptions = {}) =>
      waitUntil(() => getQueueJob(id) as Promise<ApiResult<QueueJob, unknown>>, { done: (job) => job.status === "registered", failed: (job) => job.status === "error" }, wait),
    /** Poll a cluster until its status is one of `statuses` (`destroyed` ends the wait as failed). */
    waitForCluster: (ref: ClusterRef, statuses: readonly ClusterStatus[], wait: WaitOptions = {}) =>
      waitUntil(
        () => getCluster(ref),
        { done: (c) => c?.result === "success" && statuses.includes(c.data.status), failed: (c) => c?.result === "success" && c.data.status === "destroyed" && !statuses.includes("destroyed") },
        wait,
      ),
  };
}

export type BigdataPaasClient = ReturnType<typeof createBigdataPaasClient>;
