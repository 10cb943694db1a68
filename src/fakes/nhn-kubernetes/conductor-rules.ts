/**
 * Which states Magnum's conductor accepts a change in (python3-magnum 15.0.1). Magnum's API
 * answers cluster PATCH, resize, cluster delete and node-group create/update/delete with
 * 202/204 before anything looks at the state: it casts the work to the conductor
 * (magnum/conductor/api.py `*_async` use `_cast`). The conductor then refuses some states with
 * NotSupported and changes nothing, so the client saw a 202 and nothing happens. The fake does
 * the same: it answers as Magnum's API does and records the refusal as a failed event (NKS's
 * events API is where a client sees it; the event wording is the conductor's message).
 */
import { COMPLETE_STATES, type Cluster, type ClusterStatus, type NodeGroup } from "./model.js";

/** magnum/conductor/handlers/cluster_conductor.py Handler.cluster_resize `allow_update_status`. */
const RESIZE_STATES: ReadonlySet<ClusterStatus> = new Set([...COMPLETE_STATES, "UPDATE_FAILED", "UPDATE_IN_PROGRESS"]);

/** magnum/conductor/handlers/nodegroup_conductor.py `ALLOWED_NODEGROUP_STATES` (checked on the node group). */
const NODEGROUP_STATES: ReadonlySet<ClusterStatus> = new Set([...COMPLETE_STATES, "UPDATE_FAILED", "UPDATE_IN_PROGRESS"]);

/**
 * - `update`: cluster_conductor.py Handler.cluster_update (the cluster PATCH): *_COMPLETE only. NKS's own
 *   cluster-level actions (control-plane log, IP ACL, service gateways, add-ons) are taken to follow it
 *   (inferred: NHN documents no state rule for them).
 * - `resize`: Handler.cluster_resize also runs during UPDATE_IN_PROGRESS and after UPDATE_FAILED
 *   (so the cluster autoscaler can resize often).
 * - `nodegroup`: nodegroup_conductor.py allowed_operation (nodegroup_update); NKS's node-group actions
 *   (typed PATCH, stop/start, autoscaler, user script) are taken to follow it (inferred).
 */
export type ConductorCheck = "update" | "resize" | "nodegroup";

/** The conductor's NotSupported message when it refuses, else undefined. */
export function conductorRefusal(check: ConductorCheck, cluster: Cluster, group?: NodeGroup): string | undefined {
  switch (check) {
    case "update":
      return COMPLETE_STATES.has(cluster.status) ? undefined : `Updating a cluster when status is "${cluster.status}" is not supported.`;
    case "resize":
      return RESIZE_STATES.has(cluster.status) ? undefined : `Resizing a cluster when status is "${cluster.status}" is not supported.`;
    case "nodegroup":
      // Magnum's message names the cluster's status although it checks the node group's.
      return !group || NODEGROUP_STATES.has(group.status) ? undefined : `nodegroup_update when nodegroup status is "${cluster.status}" is not supported.`;
  }
}
