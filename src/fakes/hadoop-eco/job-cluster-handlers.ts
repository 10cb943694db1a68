/**
 * The job-cluster calls: re-run a Terminated job cluster (v2 and legacy v1) and read a
 * request's status. Checks in order: cluster exists (404), the key is this cluster's (403),
 * the cluster is in a re-runnable Terminated state (400), the body's field rules (400).
 */
import { randomUUID } from "node:crypto";
import type { FakeReply, FakeRequest, Handler, HandlerContext } from "../runtime/types.js";
import { applyJobChanges } from "./apply-job-changes.js";
import { holdsApiKey } from "./authenticate.js";
import { describeRequestShort, describeRequestVerbose } from "./describe-cluster.js";
import { MESSAGES } from "./errors.js";
import { JOB_RUN_STEPS, scheduleJobRun } from "./lifecycle.js";
import { RERUNNABLE, type Cluster, type HadoopEcoState, type JobRequest } from "./model.js";
import { moveCluster } from "./transitions.js";

type Context = HandlerContext<HadoopEcoState>;

/** The cluster of the path, or the 404/403 answer. */
function findOwnCluster(request: FakeRequest, context: Context): Cluster | FakeReply {
  const cluster = context.state.clusters.get(request.params["cluster-id"] ?? "");
  if (!cluster) return context.error(404, MESSAGES.clusterNotFound);
  if (!holdsApiKey(cluster, request)) return context.error(403, MESSAGES.noPermission);
  return cluster;
}

function isReply(value: Cluster | FakeReply): value is FakeReply {
  return "status" in value && typeof value.status === "number";
}

/** Accept a re-run: apply the body, start the run, answer with the new requestId. */
export function startJobRun(request: FakeRequest, context: Context, flatOnly: boolean): FakeReply {
  const found = findOwnCluster(request, context);
  if (isReply(found)) return found;
  const cluster = found;
  if (!RERUNNABLE.has(cluster.status)) return context.error(400, `${MESSAGES.notTerminated} (current status: ${cluster.status})`);
  const change = applyJobChanges(cluster.settings, request.body, cluster.isHa, flatOnly);
  if (!change.ok) return context.error(400, `request information error: ${change.message}`);

  const first = JOB_RUN_STEPS[0]!;
  moveCluster(cluster, first.cluster);
  cluster.settings = change.settings;
  const jobRequest: JobRequest = {
    id: randomUUID(),
    clusterId: cluster.id,
    status: first.request!.status,
    result: first.request!.result!,
    clusterStatus: cluster.status,
    settings: structuredClone(change.settings),
  };
  context.state.requests.set(jobRequest.id, jobRequest);
  cluster.activeRequestId = jobRequest.id;
  scheduleJobRun(context, cluster, jobRequest, 0);
  return { status: 200, body: { clusterId: cluster.id, clusterName: cluster.name, requestId: jobRequest.id } };
}

export const createJobCluster: Handler<HadoopEcoState> = (request, context) => startJobRun(request, context, false);

export const createLegacyJobCluster: Handler<HadoopEcoState> = (request, context) => startJobRun(request, context, true);

export const getJobClusterRequest: Handler<HadoopEcoState> = (request, context) => {
  const found = findOwnCluster(request, context);
  if (isReply(found)) return found;
  const jobRequest = context.state.requests.get(request.params["request-id"] ?? "");
  if (!jobRequest || jobRequest.clusterId !== found.id) return context.error(404, MESSAGES.requestNotFound);
  const verbose = request.query.verbose === "true";
  return { status: 200, body: verbose ? describeRequestVerbose(found, jobRequest) : describeRequestShort(found, jobRequest) };
};
