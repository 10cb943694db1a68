/**
 * Cluster lifecycle: registered -> scheduling -> scheduled -> configuring -> configured -> ready,
 * one clock step apart; destroyed from any live state. The table copies the spec's
 * x-state-transitions (a unit test keeps them equal).
 */
import type { HandlerContext } from "../runtime/types.js";
import type { BigdataState, Cluster, ClusterStatus } from "./model.js";

export type { ClusterStatus } from "./model.js";

export const CLUSTER_TRANSITIONS: Record<ClusterStatus, ClusterStatus[]> = {
  registered: ["scheduling", "destroyed"],
  scheduling: ["scheduled", "destroyed"],
  scheduled: ["configuring", "destroyed"],
  configuring: ["configured", "destroyed"],
  configured: ["ready", "destroyed"],
  ready: ["destroyed"],
  destroyed: [],
};

/** The order the fake walks a new cluster through, one clock step per move. */
export const CLUSTER_PROGRESSION: ClusterStatus[] = ["registered", "scheduling", "scheduled", "configuring", "configured", "ready"];

export const CLUSTER_STATUSES = Object.keys(CLUSTER_TRANSITIONS) as ClusterStatus[];

export function isClusterStatus(value: string): value is ClusterStatus {
  return value in CLUSTER_TRANSITIONS;
}

/** Move a cluster to `to` when the table allows it; answer whether it moved. */
export function moveCluster(cluster: Cluster, to: ClusterStatus): boolean {
  if (!CLUSTER_TRANSITIONS[cluster.status].includes(to)) return false;
  cluster.status = to;
  return true;
}

/**
 * Schedule the whole progression at once: status i of CLUSTER_PROGRESSION is reached
 * `registeredAt + i` steps from now, so advancing n steps at once lands where n single steps
 * would. `cluster` answers the cluster once it exists; a destroyed cluster no longer moves.
 */
export function scheduleClusterProgress(cluster: () => Cluster | undefined, registeredAt: number, context: HandlerContext<BigdataState>): void {
  CLUSTER_PROGRESSION.forEach((status, i) => {
    if (i === 0) return;
    context.after(registeredAt + i, () => {
      const current = cluster();
      if (current) moveCluster(current, status);
    });
  });
}

/** Undocumented free-text node and service statuses, derived from the cluster's status. */
const NODE_STATUS: Record<ClusterStatus, string> = {
  registered: "pending",
  scheduling: "staging",
  scheduled: "running",
  configuring: "running",
  configured: "running",
  ready: "running",
  destroyed: "killed",
};

const SERVICE_STATUS: Record<ClusterStatus, string> = {
  registered: "pending",
  scheduling: "pending",
  scheduled: "pending",
  configuring: "configuring",
  configured: "configured",
  ready: "configured",
  destroyed: "destroyed",
};

export function nodeStatusOf(cluster: Cluster): string {
  return NODE_STATUS[cluster.status];
}

export function serviceStatusOf(cluster: Cluster): string {
  return SERVICE_STATUS[cluster.status];
}

/** Whether Mesos has placed the containers (hosts and addresses are known from then on). */
export function isPlaced(cluster: Cluster): boolean {
  return !["registered", "scheduling"].includes(cluster.status);
}
