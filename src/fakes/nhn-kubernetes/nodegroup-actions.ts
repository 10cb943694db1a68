/**
 * Node-group actions, each moving the node group (and its cluster) UPDATE_IN_PROGRESS ->
 * UPDATE_COMPLETE with an event, answering 202 {node group uuid}: the four typed PATCH
 * variants, stop/start nodes, the cluster autoscaler, upgrade and the user script.
 */
import type { FakeReply, Handler, HandlerContext } from "../runtime/types.js";
import { normaliseLabels } from "./build-cluster.js";
import { conductorRefusal } from "./conductor-rules.js";
import { recordRefusal, startUpdate } from "./lifecycle.js";
import { refuseUnlessGroupIdle } from "./lookup.js";
import { DEFAULT_MASTER, type Cluster, type NksState, type NodeGroup } from "./model.js";
import { newUuid, unknownNodes } from "./nodes.js";
import { findPathGroup } from "./nodegroup-handlers.js";

type NksHandler = Handler<NksState>;
type Context = HandlerContext<NksState>;
type Apply = (cluster: Cluster, group: NodeGroup) => void;
/** Checks after the lookup; a message means 400. */
type Check = (cluster: Cluster, group: NodeGroup) => string | undefined;

// inferred: NKS manages the control plane (default-master has no user nodes); Magnum likewise refuses
// master resizes (cluster_actions.py ActionsController._resize MasterNGResizeNotSupported). No NHN text.
const workersOnly: Check = (_cluster, group) => (group.role === "master" ? "Updating the master nodegroup is not supported." : undefined);

/**
 * How a busy node group is met: `conductor` answers 202 and fails the event at once unless the node
 * group is in ALLOWED_NODEGROUP_STATES (conductor-rules.ts `nodegroup`, as Magnum's nodegroup_update
 * cast); `refuse` answers 409 unless cluster and node group are idle (lookup.ts refuseUnlessGroupIdle).
 */
type BusyRule = "conductor" | "refuse";

function runGroupAction(context: Context, params: Record<string, string>, eventType: string, details: unknown, apply: Apply, check: Check = workersOnly, busyRule: BusyRule = "conductor"): FakeReply {
  const found = findPathGroup(context, params);
  if ("reply" in found) return found.reply;
  const { cluster, group } = found;
  const invalid = check(cluster, group);
  if (invalid) return context.error(400, invalid);
  const accepted = { status: 202, body: { uuid: group.uuid } };
  if (busyRule === "refuse") {
    const busy = refuseUnlessGroupIdle(context, cluster, group);
    if (busy) return busy;
  } else {
    const refused = conductorRefusal("nodegroup", cluster, group);
    if (refused) {
      recordRefusal(context, cluster, eventType, refused, group, details);
      return accepted;
    }
  }
  startUpdate(context, cluster, { eventType, group, details, complete: () => apply(cluster, group) });
  return accepted;
}

const PATCH_EVENTS: Record<string, string> = {
  metric_base_autoscale: "NODEGROUP_SET_METRIC_BASE_AUTOSCALER",
  flavor_id: "NODEGROUP_UPDATE_FLAVOR",
  fip_auto_bind: "NODEGROUP_UPDATE_FIP_AUTO_BIND",
  k8s_node_labels: "NODEGROUP_UPDATE_K8S_NODE_LABELS",
};

export const updateNodeGroup: NksHandler = (request, context) => {
  const body = request.body as Record<string, any>;
  return runGroupAction(context, request.params, PATCH_EVENTS[body.type]!, body, (_cluster, group) => {
    if (body.type === "flavor_id") {
      group.flavorId = body.flavor_id;
      for (const node of group.nodes) node.uuid = newUuid();
    } else if (body.type === "fip_auto_bind") {
      Object.assign(group.labels, normaliseLabels(body.fip_auto_bind_update_info));
    } else if (body.type === "k8s_node_labels") {
      group.labels.k8s_node_labels = JSON.stringify(body.k8s_node_labels);
    } else {
      Object.assign(group.labels, normaliseLabels({ mba_scale_out: body.mba_scale_out, mba_scale_in: body.mba_scale_in }));
    }
  });
};

const autoscalerOn = (group: NodeGroup) => /^true$/i.test(String(group.labels.ca_enable));
const hasStoppedNodes = (group: NodeGroup) => group.nodes.some((node) => node.stopped);

/** The user guide's "Stop and start node" constraints (en/ko user-guide.md); the messages are the fake's own. */
function checkStop(group: NodeGroup, nodeList: string): string | undefined {
  // "Nodes cannot be stopped from node groups on which autoscaler is enabled."
  if (autoscalerOn(group)) return `Stopping nodes of nodegroup ${group.name} is not supported while its autoscaler is enabled.`;
  // "You cannot stop all nodes from the worker node group."
  const ids = new Set(nodeList.split(":"));
  if (group.nodes.every((node) => node.stopped || ids.has(node.uuid))) return `Stopping every node of nodegroup ${group.name} is not supported.`;
  return undefined;
}

function nodeAction(stop: boolean): NksHandler {
  return (request, context) => {
    const nodeList = (request.body as { node_list: string }).node_list;
    // inferred: a node id that is not in the node group (no NHN text; the guide lists ids of the group's nodes)
    const check: Check = (cluster, group) =>
      workersOnly(cluster, group) ??
      unknownNodes(group, nodeList).map((id) => `Node ${id} is not in nodegroup ${group.name}.`)[0] ??
      (stop ? checkStop(group, nodeList) : undefined);
    const eventType = stop ? "NODEGROUP_NODE_ACTION_STOP_NODE" : "NODEGROUP_NODE_ACTION_START_NODE";
    return runGroupAction(context, request.params, eventType, request.body, (_cluster, group) => {
      const ids = new Set(nodeList.split(":"));
      for (const node of group.nodes) if (ids.has(node.uuid)) node.stopped = stop;
    }, check);
  };
}

export const stopNodes = nodeAction(true);
export const startNodes = nodeAction(false);

const AUTOSCALE_DEFAULTS: Record<string, string> = {
  ca_enable: "false", ca_pod_replicas: "1", ca_max_node_count: "10", ca_min_node_count: "1", ca_scale_down_enable: "true",
  ca_scale_down_unneeded_time: "10", ca_scale_down_util_thresh: "50", ca_scale_down_delay_after_add: "10",
};

/** The autoscaler settings from the node group's ca_* labels, as booleans and integers (guide examples). */
export const getNodeGroupAutoscale: NksHandler = (request, context) => {
  const found = findPathGroup(context, request.params);
  if ("reply" in found) return found.reply;
  const body: Record<string, unknown> = { clusterautoscale: "nodegroupfeature" };
  for (const [key, fallback] of Object.entries(AUTOSCALE_DEFAULTS)) {
    const value = found.group.labels[key] ?? fallback;
    body[key] = /^(true|false)$/i.test(String(value)) ? String(value).toLowerCase() === "true" : Number(value);
  }
  return { status: 200, body };
};

export const setNodeGroupAutoscale: NksHandler = (request, context) => {
  const enable = /^true$/i.test(String((request.body as { ca_enable: unknown }).ca_enable));
  // user guide "Stop and start node": "Autoscaler cannot be enabled when the node group contains stopped nodes."
  const check: Check = (cluster, group) =>
    workersOnly(cluster, group) ?? (enable && hasStoppedNodes(group) ? `The autoscaler of nodegroup ${group.name} cannot be enabled while it has stopped nodes.` : undefined);
  return runGroupAction(context, request.params, "NODEGROUP_SET_CLUSTER_AUTOSCALER", request.body, (_cluster, group) => {
    Object.assign(group.labels, normaliseLabels(request.body as Record<string, unknown>));
  }, check);
};

const versionParts = (v: string) => v.replace(/^v/, "").split(".").map(Number) as [number, number, number];
const compareVersions = (a: string, b: string) => {
  const [x, y] = [versionParts(a), versionParts(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

/**
 * Upgrade `default-master` first (the control plane), then each worker group, never past it. The rules
 * are the user guide's "Upgrade Rules" (ko/en user-guide.md): no downgrades; the control plane first;
 * no upgrade "if the cluster is being updated due to the operation of other features" (409, the
 * status code inferred). NHN gives no messages; these are the fake's own.
 */
export const upgradeNodeGroup: NksHandler = (request, context) => {
  const version = (request.body as { version: string }).version;
  const check: Check = (cluster, group) => {
    // user guide "Upgrade Rules": "Neither the Kubernetes version nor the platform version supports downgrades."
    if (compareVersions(version, group.version) < 0) return `Downgrading nodegroup ${group.name} from ${group.version} to ${version} is not supported.`;
    const master = cluster.nodeGroups.find((ng) => ng.name === DEFAULT_MASTER);
    // user guide "Upgrade Rules": "Control plane must be upgraded first in order to upgrade the worker node group."
    if (group.role === "worker" && master && compareVersions(version, master.version) > 0) {
      return `Upgrading nodegroup ${group.name} to ${version} before the control plane (${master.version}) is not supported.`;
    }
    // "In order to upgrade, the Kubernetes version of the control plane and all worker node groups must match."
    const behind = cluster.nodeGroups.find((ng) => ng.role === "worker" && ng.version !== group.version);
    if (group.role === "master" && behind) {
      return `Upgrading the control plane is not supported until nodegroup ${behind.name} (${behind.version}) is at ${group.version}.`;
    }
    // "The Kubernetes version can be upgraded to the next version (minor version +1) of the current Kubernetes version."
    const [fromMajor, fromMinor] = versionParts(group.version);
    const [toMajor, toMinor] = versionParts(version);
    if (toMajor !== fromMajor || toMinor > fromMinor + 1) return `Upgrading nodegroup ${group.name} from ${group.version} to ${version} skips a minor version.`;
    // user guide "Stop and start node": "You cannot upgrade node groups that contain stopped nodes."
    if (hasStoppedNodes(group)) return `Upgrading nodegroup ${group.name} is not supported while it has stopped nodes.`;
    return undefined;
  };
  return runGroupAction(context, request.params, "NODEGROUP_UPGRADE", request.body, (cluster, group) => {
    group.version = version;
    group.labels.kube_tag = version;
    if (group.role === "master") {
      cluster.coeVersion = version;
      cluster.labels.kube_tag = version;
    }
  }, check, "refuse");
};

export const setNodeGroupUserScript: NksHandler = (request, context) =>
  runGroupAction(context, request.params, "NODEGROUP_USERSCRIPT_UPDATE", request.body, (_cluster, group) => {
    group.labels.user_script_v2 = (request.body as { contents: string }).contents;
  });
