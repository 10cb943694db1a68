/**
 * Cluster actions, each UPDATE_IN_PROGRESS -> UPDATE_COMPLETE with an event: resize, the
 * control-plane-log PATCH (and Magnum's JSON-Patch of /node_count), the API endpoint IP ACL,
 * certificate renewal and the service-gateway change. Every one answers 202 {uuid}.
 */
import type { FakeReply, Handler, HandlerContext } from "../runtime/types.js";
import { conductorRefusal, type ConductorCheck } from "./conductor-rules.js";
import { MESSAGES } from "./errors.js";
import { recordRefusal, startUpdate } from "./lifecycle.js";
import { findCluster, findNodeGroup } from "./lookup.js";
import { DEFAULT_WORKER, isoTime, type Cluster, type NksState } from "./model.js";
import { reconcileNodes } from "./nodes.js";

type NksHandler = Handler<NksState>;
type Context = HandlerContext<NksState>;

const accepted = (cluster: Cluster): FakeReply => ({ status: 202, body: { uuid: cluster.uuid } });

/**
 * Look the cluster up, start the update, answer 202 {cluster uuid}. Outside a *_COMPLETE state the
 * answer is still 202 and the update fails at once (conductor-rules.ts `update`), as Magnum's cast does.
 */
function runClusterAction(context: Context, ident: string, eventType: string, details: unknown, apply: (cluster: Cluster) => void): FakeReply {
  const { found, reply } = findCluster(context, ident);
  if (reply) return reply;
  const refused = conductorRefusal("update", found);
  if (refused) recordRefusal(context, found, eventType, refused, undefined, details);
  else startUpdate(context, found, { eventType, details, complete: () => apply(found) });
  return accepted(found);
}

/** `check`: actions/resize goes to the conductor's cluster_resize, the JSON-Patch to cluster_update. */
function resize(context: Context, cluster: Cluster, groupIdent: string, nodeCount: number, toRemove: string[], details: unknown, check: ConductorCheck): FakeReply {
  const { found: group, reply } = findNodeGroup(context, cluster, groupIdent);
  if (reply) return reply;
  // magnum/api/controllers/v1/cluster_actions.py ActionsController._resize: MasterNGResizeNotSupported (400)
  if (group.role === "master") return context.error(400, MESSAGES.resizeMaster);
  // cluster_actions.py ActionsController._resize: NGResizeOutBounds (400)
  if (nodeCount < group.minNodeCount || (group.maxNodeCount !== null && nodeCount > group.maxNodeCount)) {
    return context.error(400, MESSAGES.resizeOutOfBounds(group.name, group.minNodeCount, group.maxNodeCount));
  }
  const refused = conductorRefusal(check, cluster);
  if (refused) {
    recordRefusal(context, cluster, "CLUSTER_RESIZE", refused, group, details);
    return accepted(cluster);
  }
  group.nodeCount = nodeCount;
  startUpdate(context, cluster, { eventType: "CLUSTER_RESIZE", group, details, complete: () => reconcileNodes(context.state, group, toRemove) });
  return accepted(cluster);
}

export const resizeCluster: NksHandler = (request, context) => {
  const body = request.body as { nodegroup: string; node_count: number; nodes_to_remove?: string[] };
  const { found, reply } = findCluster(context, request.params.CLUSTER_ID_OR_NAME!);
  return reply ?? resize(context, found, body.nodegroup, body.node_count, body.nodes_to_remove ?? [], body, "resize");
};

export const updateCluster: NksHandler = (request, context) => {
  const ident = request.params.CLUSTER_ID_OR_NAME!;
  if (Array.isArray(request.body)) return applyJsonPatch(context, ident, request.body as Array<Record<string, unknown>>);
  const log = (request.body as { control_plane_log: Record<string, unknown> }).control_plane_log;
  return runClusterAction(context, ident, "CLUSTER_UPDATE_CONTROL_PLANE_LOG", request.body, (cluster) => {
    cluster.labels.control_plane_log = log.enable === true ? "True" : "False";
  });
};

/** Magnum's JSON-Patch: only `replace /node_count` (the default worker node group) is honoured. */
function applyJsonPatch(context: Context, ident: string, patch: Array<Record<string, unknown>>): FakeReply {
  const { found, reply } = findCluster(context, ident);
  if (reply) return reply;
  let nodeCount: number | undefined;
  for (const op of patch) {
    // Magnum's ClusterPatchType (cluster.py) and validation.validate_cluster_properties refuse other paths (400)
    if (op.path !== "/node_count") return context.error(400, `'${String(op.path)}' is an internal attribute and can not be updated`);
    // ClusterPatchType.mandatory_attrs: node_count cannot be removed (400)
    if (op.op === "remove") return context.error(400, "'/node_count' is a mandatory attribute and can not be removed");
    // inferred: NKS's node-count floor of 1 (guide "Resize"); Magnum itself accepts 0 from 1.10
    if (!Number.isInteger(op.value) || (op.value as number) < 1) {
      return context.error(400, `Invalid input for field/attribute node_count. Value: '${JSON.stringify(op.value ?? null)}'. Value should be an integer of at least 1.`);
    }
    nodeCount = op.value as number;
  }
  return resize(context, found, DEFAULT_WORKER, nodeCount!, [], patch, "update");
}

export const getApiEndpointIpAcl: NksHandler = (request, context) => {
  const { found, reply } = findCluster(context, request.params.CLUSTER_ID_OR_NAME!);
  if (reply) return reply;
  const acl = found.ipAcl;
  const body = acl.enable
    ? { cluster_uuid: found.uuid, enable: "true", action: acl.action, ipacl_targets: acl.targets }
    : { cluster_uuid: found.uuid, enable: "false" };
  return { status: 200, body };
};

export const setApiEndpointIpAcl: NksHandler = (request, context) => {
  const body = request.body as { enable: unknown; action?: "ALLOW" | "DENY"; ipacl_targets?: Array<Record<string, unknown>> };
  const enable = body.enable === true || body.enable === "True" || body.enable === "true";
  return runClusterAction(context, request.params.CLUSTER_ID_OR_NAME!, "CLUSTER_API_EP_IPACL_UPDATE", body, (cluster) => {
    cluster.ipAcl = enable ? { enable, action: body.action, targets: structuredClone(body.ipacl_targets) } : { enable };
  });
};

/**
 * Magnum's certificate PATCH is the one cluster change whose state check answers the client: the API
 * calls (not casts) rotate_ca_certificate, and ca_conductor.py Handler.rotate_ca_certificate raises
 * NotSupported (400) outside a *_COMPLETE state.
 */
export const renewClusterCertificate: NksHandler = (request, context) => {
  const years = (request.body as { term_of_validity: number }).term_of_validity;
  const { found, reply } = findCluster(context, request.params.CLUSTER_ID_OR_NAME!);
  if (reply) return reply;
  const refused = conductorRefusal("update", found);
  if (refused) return context.error(400, refused);
  return runClusterAction(context, found.uuid, "CLUSTER_ROTATE_CERTIFICATE", request.body, (cluster) => {
    const expiry = new Date(context.now());
    expiry.setUTCFullYear(expiry.getUTCFullYear() + years);
    cluster.labels.term_of_validity = String(years);
    cluster.labels.certificate_expiry = isoTime(expiry.getTime());
  });
};

export const updateServiceGateway: NksHandler = (request, context) => {
  const body = request.body as { ncr_sgw: string; obs_sgw: string };
  return runClusterAction(context, request.params.CLUSTER_ID_OR_NAME!, "CLUSTER_UPDATE_SGW", body, (cluster) => {
    cluster.labels.ncr_sgw = body.ncr_sgw;
    cluster.labels.obs_sgw = body.obs_sgw;
  });
};
