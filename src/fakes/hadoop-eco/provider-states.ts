/**
 * Pact provider states, keyed by the exact given() text. Each one rebuilds what it names, so
 * states can follow each other in any order; unfinished lifecycles keep going on the clock.
 * Params (all optional): requestId (default the spec's example request id), clusterId, name,
 * status, workerCnt.
 */
import type { HandlerContext, ProviderStateHandler } from "../runtime/types.js";
import { JOB_RUN_STEPS, OPEN_API_CREATE_STEPS, scheduleCreation, scheduleJobRun, stepIndexOf } from "./lifecycle.js";
import { isTerminated, RERUNNABLE, type Cluster, type ClusterStatus, type HadoopEcoState, type JobRequest } from "./model.js";
import { buildJobCluster, buildOpenApiCluster } from "./seed-state.js";

type Context = HandlerContext<HadoopEcoState>;

export const EXAMPLE_REQUEST_ID = "0c7a9e52-3b1d-4f6a-9d8e-7c6b5a4f3e2d";
export const EXAMPLE_OPEN_API_CLUSTER_ID = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

function text(params: Record<string, unknown>, key: string, fallback: string): string {
  const value = params[key];
  return typeof value === "string" && value.length > 0 ? value : fallback;
}

/** Replace the seeded job cluster (and drop its requests) with a fresh one in `status`. */
function resetJobCluster(context: Context, status: ClusterStatus): Cluster {
  const cluster = buildJobCluster(context.credentials, status);
  for (const [id, request] of context.state.requests) if (request.clusterId === cluster.id) context.state.requests.delete(id);
  context.state.clusters.set(cluster.id, cluster);
  return cluster;
}

function addRequest(context: Context, cluster: Cluster, id: string, fields: Pick<JobRequest, "status" | "result">): JobRequest {
  const request: JobRequest = { id, clusterId: cluster.id, ...fields, clusterStatus: cluster.status, settings: structuredClone(cluster.settings) };
  context.state.requests.set(id, request);
  return request;
}

function requestStatus(params: Record<string, unknown>, fallback: ClusterStatus, allowed: (s: ClusterStatus) => boolean): ClusterStatus {
  const status = text(params, "status", fallback) as ClusterStatus;
  if (!allowed(status)) throw new Error(`status "${status}" does not fit this provider state`);
  return status;
}

export const PROVIDER_STATES: Record<string, ProviderStateHandler<HadoopEcoState>> = {
  /** The seeded state. params.status: Terminated(User) (default) or Terminated(User Command). */
  "job cluster is terminated": (context, params) => {
    resetJobCluster(context, requestStatus(params, "Terminated(User)", (s) => RERUNNABLE.has(s)));
  },
  /** A run in progress. params.requestId; params.status: Initializing ... Terminating (default Running). */
  "job cluster is running a job": (context, params) => {
    const status = requestStatus(params, "Running", (s) => !isTerminated(s) && JOB_RUN_STEPS.some((step) => step.cluster === s));
    const cluster = resetJobCluster(context, status);
    const done = stepIndexOf(JOB_RUN_STEPS, status);
    const request = addRequest(context, cluster, text(params, "requestId", EXAMPLE_REQUEST_ID), {
      status: done === 0 ? "Accepted" : "Processing",
      result: "Pending",
    });
    cluster.activeRequestId = request.id;
    scheduleJobRun(context, cluster, request, done);
  },
  /** A finished, successful request; the cluster is back in Terminated(User Command). */
  "job cluster request exists": (context, params) => {
    const cluster = resetJobCluster(context, "Terminated(User Command)");
    addRequest(context, cluster, text(params, "requestId", EXAMPLE_REQUEST_ID), { status: "Finished", result: "Success" });
  },
  /** A finished, failed request; the cluster ended in Terminated(Error) and cannot be re-run. */
  "job cluster request failed": (context, params) => {
    const cluster = resetJobCluster(context, "Terminated(Error)");
    addRequest(context, cluster, text(params, "requestId", EXAMPLE_REQUEST_ID), { status: "Finished", result: "Failure" });
  },
  /** The job cluster is terminated and has no request with params.requestId. */
  "job cluster request does not exist": (context, params) => {
    resetJobCluster(context, "Terminated(User)");
    context.state.requests.delete(text(params, "requestId", EXAMPLE_REQUEST_ID));
  },
  /** No cluster with params.clusterId (default: the seeded job cluster's id). */
  "cluster does not exist": (context, params) => {
    const id = text(params, "clusterId", context.credentials.hadoopEcoClusterId);
    context.state.clusters.delete(id);
    for (const [requestId, request] of context.state.requests) if (request.clusterId === id) context.state.requests.delete(requestId);
  },
  /** An Open API cluster (no key). params.clusterId, params.name, params.workerCnt, params.status (default Running). */
  "open api cluster exists": (context, params) => {
    const status = requestStatus(params, "Running", (s) => OPEN_API_CREATE_STEPS.some((step) => step.cluster === s));
    const id = text(params, "clusterId", EXAMPLE_OPEN_API_CLUSTER_ID);
    const name = text(params, "name", "hde-core-01");
    for (const [otherId, other] of context.state.clusters) if (other.name === name && otherId !== id) context.state.clusters.delete(otherId);
    const workerCnt = typeof params.workerCnt === "number" ? params.workerCnt : 3;
    const cluster = buildOpenApiCluster(id, { name, clusterType: "Core Hadoop", clusterVersion: "hde-2.0.1", workerCnt }, "user@example.com", status);
    context.state.clusters.set(id, cluster);
    scheduleCreation(context, cluster, stepIndexOf(OPEN_API_CREATE_STEPS, status));
  },
};
