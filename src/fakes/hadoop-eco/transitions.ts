/**
 * The status moves the fake may make, mirroring the spec's `x-state-transitions` (a unit test
 * checks they are equal). Every status change goes through these functions, so a move the spec
 * does not allow is a bug that surfaces as a recorded handler crash.
 */
import type { Cluster, ClusterStatus, JobRequest, RequestResult, RequestStatus } from "./model.js";

export const CLUSTER_TRANSITIONS: Readonly<Record<ClusterStatus, readonly ClusterStatus[]>> = {
  Initializing: ["Creating", "Terminating", "Terminated(Error)"],
  Creating: ["Installing", "Terminating", "Terminated(Error)"],
  Installing: ["Running", "Terminating", "Terminated(Error)"],
  Running: ["Terminating", "Terminated(Error)"],
  Terminating: ["Terminated(User)", "Terminated(User Command)", "Terminated(Error)"],
  "Terminated(User)": ["Initializing"],
  "Terminated(User Command)": ["Initializing"],
  "Terminated(Error)": [],
};

export const REQUEST_STATUS_TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  Accepted: ["Processing", "Finished"],
  Processing: ["Finished"],
  Finished: [],
};

export const REQUEST_RESULT_TRANSITIONS: Readonly<Record<RequestResult, readonly RequestResult[]>> = {
  Pending: ["Success", "Failure"],
  Success: [],
  Failure: [],
};

export function moveCluster(cluster: Cluster, to: ClusterStatus): void {
  if (cluster.status === to) return;
  if (!CLUSTER_TRANSITIONS[cluster.status].includes(to)) {
    throw new Error(`cluster ${cluster.id}: ${cluster.status} -> ${to} is not in x-state-transitions`);
  }
  cluster.status = to;
}

export function moveRequest(request: JobRequest, status: RequestStatus, result: RequestResult = request.result): void {
  if (request.status !== status && !REQUEST_STATUS_TRANSITIONS[request.status].includes(status)) {
    throw new Error(`request ${request.id}: requestStatus ${request.status} -> ${status} is not in x-state-transitions`);
  }
  if (request.result !== result && !REQUEST_RESULT_TRANSITIONS[request.result].includes(result)) {
    throw new Error(`request ${request.id}: requestResult ${request.result} -> ${result} is not in x-state-transitions`);
  }
  if (status === "Finished" && result === "Pending") throw new Error(`request ${request.id}: Finished needs a result`);
  request.status = status;
  request.result = result;
}
