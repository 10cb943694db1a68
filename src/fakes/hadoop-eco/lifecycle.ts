/**
 * Lifecycles as step tables, driven by the fake's clock:
 * - a job-cluster run takes a Terminated cluster through Initializing -> Creating -> Installing
 *   -> Running (the job) -> Terminating -> Terminated(User Command), while its request goes
 *   Accepted -> Processing -> Finished with requestResult Pending -> Success;
 * - an Open API creation takes a new cluster from Initializing to Running.
 * All remaining steps are scheduled together, and a step does nothing once its cluster or
 * request was replaced (reset, provider states).
 */
import type { HandlerContext } from "../runtime/types.js";
import type { Cluster, ClusterStatus, HadoopEcoState, JobRequest, RequestResult, RequestStatus } from "./model.js";
import { moveCluster, moveRequest } from "./transitions.js";

export interface RunStep {
  /** Clock steps after the previous step. */
  after: number;
  cluster: ClusterStatus;
  request?: { status: RequestStatus; result?: RequestResult };
}

/** Step 0 happens on acceptance (the handler), the rest on the clock. */
export const JOB_RUN_STEPS: readonly RunStep[] = [
  { after: 0, cluster: "Initializing", request: { status: "Accepted", result: "Pending" } },
  { after: 1, cluster: "Creating", request: { status: "Processing" } },
  { after: 1, cluster: "Installing" },
  { after: 1, cluster: "Running" },
  { after: 2, cluster: "Terminating" },
  { after: 1, cluster: "Terminated(User Command)", request: { status: "Finished", result: "Success" } },
];

export const OPEN_API_CREATE_STEPS: readonly RunStep[] = [
  { after: 0, cluster: "Initializing" },
  { after: 1, cluster: "Creating" },
  { after: 2, cluster: "Installing" },
  { after: 2, cluster: "Running" },
];

/** Index of a status in a step table (for provider states that start mid-way). */
export function stepIndexOf(steps: readonly RunStep[], status: ClusterStatus): number {
  const index = steps.findIndex((s) => s.cluster === status);
  if (index < 0) throw new Error(`no lifecycle step for ${status}`);
  return index;
}

/**
 * Schedule every step after `done` at once, at cumulative offsets, so that advancing the clock
 * n steps in one go lands where n single steps would.
 */
function scheduleSteps(context: HandlerContext<HadoopEcoState>, steps: readonly RunStep[], done: number, apply: (step: RunStep, index: number) => void): void {
  let offset = 0;
  for (let index = done + 1; index < steps.length; index++) {
    const step = steps[index]!;
    offset += step.after;
    context.after(offset, () => apply(step, index));
  }
}

/** Schedule the steps after `done` (the index of the step already applied) of a job run. */
export function scheduleJobRun(context: HandlerContext<HadoopEcoState>, cluster: Cluster, request: JobRequest, done: number): void {
  const state = context.state;
  scheduleSteps(context, JOB_RUN_STEPS, done, (step, index) => {
    if (state.clusters.get(cluster.id) !== cluster || cluster.activeRequestId !== request.id) return;
    if (state.requests.get(request.id) !== request) return;
    moveCluster(cluster, step.cluster);
    if (step.request) moveRequest(request, step.request.status, step.request.result ?? request.result);
    request.clusterStatus = cluster.status;
    if (index === JOB_RUN_STEPS.length - 1) cluster.activeRequestId = undefined;
  });
}

/** Schedule the steps after `done` of an Open API cluster creation. */
export function scheduleCreation(context: HandlerContext<HadoopEcoState>, cluster: Cluster, done: number): void {
  const state = context.state;
  scheduleSteps(context, OPEN_API_CREATE_STEPS, done, (step) => {
    if (state.clusters.get(cluster.id) === cluster) moveCluster(cluster, step.cluster);
  });
}
