/**
 * Node groups: list, show, create (202 with the NodeGroup, CREATE_IN_PROGRESS ->
 * CREATE_COMPLETE) and delete (204, DELETE_IN_PROGRESS -> gone), with Magnum's checks in
 * Magnum's order (api/controllers/v1/nodegroup.py): API address, duplicate name, node counts.
 * Neither Magnum's API nor its conductor looks at the cluster's state for these two, so they
 * also run while another update is running (they overlap, lifecycle.ts).
 */
import type { FakeReply, Handler, HandlerContext } from "../runtime/types.js";
import { buildNodeGroup, normaliseLabels } from "./build-cluster.js";
import { MESSAGES } from "./errors.js";
import { recordRefusal, startUpdate } from "./lifecycle.js";
import { findCluster, findNodeGroup } from "./lookup.js";
import type { Cluster, NksState, NodeGroup } from "./model.js";
import { reconcileNodes } from "./nodes.js";
import { renderNodeGroup, renderNodeGroupSummary } from "./views.js";

type NksHandler = Handler<NksState>;
type Context = HandlerContext<NksState>;

/** The cluster and node group named in the path, or the 404. */
export function findPathGroup(context: Context, params: Record<string, string>): { cluster: Cluster; group: NodeGroup } | { reply: FakeReply } {
  const cluster = findCluster(context, params.CLUSTER_ID_OR_NAME!);
  if (cluster.reply) return { reply: cluster.reply };
  const group = findNodeGroup(context, cluster.found, params.NODEGROUP_ID_OR_NAME!);
  if (group.reply) return { reply: group.reply };
  return { cluster: cluster.found, group: group.found };
}

export const listNodeGroups: NksHandler = (request, context) => {
  const { found, reply } = findCluster(context, request.params.CLUSTER_ID_OR_NAME!);
  return reply ?? { status: 200, body: { nodegroups: found.nodeGroups.map(renderNodeGroupSummary) } };
};

export const getNodeGroup: NksHandler = (request, context) => {
  const found = findPathGroup(context, request.params);
  if ("reply" in found) return found.reply;
  return { status: 200, body: renderNodeGroup(found.group, found.cluster, context.origin, context.state) };
};

/** Magnum's _validate_node_count (NodeGroupInvalidInput is a 409). */
export function checkNodeCounts(name: string, nodeCount: number, min: number, max: number | null): string | undefined {
  if (max !== null && max < min) {
    return MESSAGES.nodeGroupInvalidInput("max_node_count", name, `min_node_count (${min}) should be less or equal to max_node_count (${max})`);
  }
  if (max !== null && nodeCount > max) {
    return MESSAGES.nodeGroupInvalidInput("max_node_count", name, `node_count (${nodeCount}) should be less or equal to max_node_count (${max})`);
  }
  if (min > nodeCount) {
    return MESSAGES.nodeGroupInvalidInput("min_node_count", name, `min_node_count (${min}) should be less or equal to node_count (${nodeCount})`);
  }
  return undefined;
}

export const createNodeGroup: NksHandler = (request, context) => {
  const { found: cluster, reply } = findCluster(context, request.params.CLUSTER_ID_OR_NAME!);
  if (reply) return reply;
  const body = request.body as Record<string, any>;
  // nodegroup.py NodeGroupController.post: ClusterAPIAddressUnavailable (409)
  if (!cluster.apiAddress) return context.error(409, MESSAGES.apiAddressUnavailable);
  // nodegroup.py NodeGroupController.post: NodeGroupAlreadyExists (409)
  if (cluster.nodeGroups.some((ng) => ng.name === body.name)) return context.error(409, MESSAGES.nodeGroupNameTaken(body.name, cluster.name));
  const nodeCount = typeof body.node_count === "number" ? body.node_count : 1;
  const min = Number.isInteger(body.min_node_count) ? (body.min_node_count as number) : Math.min(1, nodeCount);
  const max = Number.isInteger(body.max_node_count) ? (body.max_node_count as number) : null;
  // nodegroup.py _validate_node_count: NodeGroupInvalidInput (409)
  const invalid = checkNodeCounts(body.name, nodeCount, min, max);
  if (invalid) return context.error(409, invalid);
  const group = buildNodeGroup(context, {
    name: body.name, role: "worker", isDefault: false, flavorId: body.flavor_id, imageId: body.image_id, nodeCount,
    minNodeCount: min, maxNodeCount: max, labels: { clusterautoscale: "nodegroupfeature", ...normaliseLabels(body.labels) },
    version: cluster.coeVersion, status: "CREATE_IN_PROGRESS",
  });
  if (cluster.status === "DELETE_IN_PROGRESS") {
    // Magnum accepts it and the conductor creates it, but the cluster's deletion takes it along:
    // the fake answers the same 202 and records the creation as failed (nothing to see afterwards).
    recordRefusal(context, cluster, "NODEGROUP_CREATE", "superseded by the cluster's deletion", group, body);
    return { status: 202, body: renderNodeGroup(group, cluster, context.origin, context.state) };
  }
  cluster.nodeGroups.push(group);
  startUpdate(context, cluster, {
    eventType: "NODEGROUP_CREATE", group, groupStatus: "CREATE_IN_PROGRESS", details: body,
    complete: () => reconcileNodes(context.state, group),
  });
  return { status: 202, body: renderNodeGroup(group, cluster, context.origin, context.state) };
};

export const deleteNodeGroup: NksHandler = (request, context) => {
  const found = findPathGroup(context, request.params);
  if ("reply" in found) return found.reply;
  const { cluster, group } = found;
  // nodegroup.py NodeGroupController.delete: DeletingDefaultNGNotSupported (400)
  if (group.isDefault) return context.error(400, MESSAGES.deleteDefaultNodeGroup);
  // Magnum casts again and nodegroup_conductor.py nodegroup_delete has no state check: a second
  // delete of a node group already going is answered 204 and changes nothing.
  if (group.status === "DELETE_IN_PROGRESS") return { status: 204 };
  startUpdate(context, cluster, {
    eventType: "NODEGROUP_DELETE", group, groupStatus: "DELETE_IN_PROGRESS",
    complete: () => void cluster.nodeGroups.splice(cluster.nodeGroups.indexOf(group), 1),
  });
  return { status: 204 };
};
