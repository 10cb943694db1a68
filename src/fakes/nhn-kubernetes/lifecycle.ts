/**
 * Lifecycles on the fake's clock, along the spec's `x-state-transitions`:
 *   create  CREATE_IN_PROGRESS -(CREATE_STEPS)-> CREATE_COMPLETE (nodes, api_address, HEALTHY)
 *   update  <*_COMPLETE> -> UPDATE_IN_PROGRESS -(UPDATE_STEPS)-> UPDATE_COMPLETE
 *   delete  <any but DELETE_*> -> DELETE_IN_PROGRESS -(DELETE_STEPS)-> gone (404)
 * Updates may overlap where Magnum's conductor allows it (conductor-rules.ts): the cluster (and a
 * node group) stays UPDATE_IN_PROGRESS until the last running update completes. Every operation
 * records an event IN_PROGRESS -> SUCCESS (FAIL when a delete supersedes it, or at once when the
 * conductor refuses it).
 */
import type { HandlerContext } from "../runtime/types.js";
import { isoTime, type Cluster, type ClusterEvent, type NksState, type NodeGroup } from "./model.js";
import { newUuid, reconcileNodes } from "./nodes.js";

export const CREATE_STEPS = 3;
export const UPDATE_STEPS = 2;
export const DELETE_STEPS = 2;

type Context = HandlerContext<NksState>;

export function recordEvent(context: Context, cluster: Cluster, type: string, group?: NodeGroup, details?: unknown): ClusterEvent {
  const event: ClusterEvent = {
    id: context.state.nextEventId++,
    uuid: newUuid(),
    clusterUuid: cluster.uuid,
    resourceUuid: group?.uuid ?? cluster.uuid,
    resourceName: group?.name ?? cluster.name,
    resourceType: group ? "nodegroup" : "cluster",
    type,
    state: "IN_PROGRESS",
    details: details === undefined ? null : JSON.stringify(details),
    createdAt: isoTime(context.now()),
    updatedAt: null,
  };
  cluster.events.push(event);
  return event;
}

function finishEvent(context: Context, event: ClusterEvent, state: "SUCCESS" | "FAIL"): void {
  if (event.state !== "IN_PROGRESS") return;
  event.state = state;
  event.updatedAt = isoTime(context.now());
}

/** Updates still running per cluster and per node group (overlapping updates). */
const running = new WeakMap<Cluster | NodeGroup, number>();

function countRunning(target: Cluster | NodeGroup, by: number): number {
  const count = Math.max(0, (running.get(target) ?? 0) + by);
  running.set(target, count);
  return count;
}

/** A change Magnum's API accepted but its conductor refused: a failed event, no state change. */
export function recordRefusal(context: Context, cluster: Cluster, type: string, contents: string, group?: NodeGroup, details?: unknown): ClusterEvent {
  const event = recordEvent(context, cluster, type, group, details);
  event.contents = contents;
  finishEvent(context, event, "FAIL");
  return event;
}

function touch(context: Context, target: { updatedAt: string | null }): void {
  target.updatedAt = isoTime(context.now());
}

/** Bring up a cluster already registered in CREATE_IN_PROGRESS. */
export function scheduleCreation(context: Context, cluster: Cluster, event: ClusterEvent, steps = CREATE_STEPS): void {
  const operation = ++cluster.operation;
  context.after(steps, () => {
    if (cluster.operation !== operation || cluster.status !== "CREATE_IN_PROGRESS") return finishEvent(context, event, "FAIL");
    completeCreation(context, cluster);
    finishEvent(context, event, "SUCCESS");
  });
}

export function completeCreation(context: Context, cluster: Cluster): void {
  for (const group of cluster.nodeGroups) {
    reconcileNodes(context.state, group);
    group.status = "CREATE_COMPLETE";
    touch(context, group);
  }
  for (const addon of cluster.addons) {
    addon.status = "CREATE_COMPLETE";
    touch(context, addon);
  }
  cluster.apiAddress = `https://${cluster.uuid.slice(0, 8)}-kr1-k8s.container.nhncloud.com:6443`;
  cluster.healthStatus = "HEALTHY";
  cluster.status = "CREATE_COMPLETE";
  cluster.statusReason = "Stack CREATE completed successfully";
  touch(context, cluster);
}

export interface UpdateSpec {
  eventType: string;
  /** The node group the operation works on (its status moves too; the event names it). */
  group?: NodeGroup;
  /** Status the node group shows meanwhile (default UPDATE_IN_PROGRESS). */
  groupStatus?: NodeGroup["status"];
  details?: unknown;
  /** Work done when the operation completes (nodes, labels that follow the change). */
  complete?: () => void;
}

/**
 * Start an update: the cluster (and node group) go UPDATE_IN_PROGRESS, then UPDATE_COMPLETE once
 * no other update of theirs is running. Only a creation or deletion supersedes an update.
 */
export function startUpdate(context: Context, cluster: Cluster, spec: UpdateSpec): ClusterEvent {
  const operation = cluster.operation;
  countRunning(cluster, 1);
  if (spec.group) countRunning(spec.group, 1);
  cluster.status = "UPDATE_IN_PROGRESS";
  cluster.statusReason = null;
  touch(context, cluster);
  if (spec.group) {
    spec.group.status = spec.groupStatus ?? "UPDATE_IN_PROGRESS";
    touch(context, spec.group);
  }
  const event = recordEvent(context, cluster, spec.eventType, spec.group, spec.details);
  context.after(UPDATE_STEPS, () => {
    const clusterRunning = countRunning(cluster, -1);
    const groupRunning = spec.group ? countRunning(spec.group, -1) : 0;
    if (cluster.operation !== operation || cluster.status !== "UPDATE_IN_PROGRESS") return finishEvent(context, event, "FAIL");
    spec.complete?.();
    if (spec.group && groupRunning === 0 && spec.group.status.endsWith("_IN_PROGRESS")) {
      spec.group.status = spec.group.status === "CREATE_IN_PROGRESS" ? "CREATE_COMPLETE" : "UPDATE_COMPLETE";
      touch(context, spec.group);
    }
    if (clusterRunning === 0) {
      cluster.status = "UPDATE_COMPLETE";
      cluster.statusReason = "Stack UPDATE completed successfully";
      touch(context, cluster);
    }
    finishEvent(context, event, "SUCCESS");
  });
  return event;
}

/** Delete the cluster: DELETE_IN_PROGRESS for DELETE_STEPS steps, then it is gone. */
export function startDeletion(context: Context, cluster: Cluster, steps = DELETE_STEPS): void {
  const operation = ++cluster.operation;
  for (const event of cluster.events) finishEvent(context, event, "FAIL");
  cluster.status = "DELETE_IN_PROGRESS";
  cluster.statusReason = null;
  touch(context, cluster);
  for (const group of cluster.nodeGroups) group.status = "DELETE_IN_PROGRESS";
  recordEvent(context, cluster, "CLUSTER_DELETE");
  context.after(steps, () => {
    if (cluster.operation !== operation) return;
    context.state.clusters.delete(cluster.uuid);
  });
}
