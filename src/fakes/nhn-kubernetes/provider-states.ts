/**
 * Pact provider states, keyed by the exact given() text. Each rebuilds what it names (a
 * cluster of the same name or UUID is replaced), so states can follow each other in any order;
 * unfinished lifecycles keep going on the fake's clock. Fixed UUIDs (overridable by params)
 * let consumer tests name them: params.uuid (cluster), params.nodeGroupUuid, params.eventUuid,
 * params.nodeCount.
 */
import type { HandlerContext, ProviderStateHandler } from "../runtime/types.js";
import { buildCluster, buildNodeGroup, sampleCreateBody } from "./build-cluster.js";
import { completeCreation, recordEvent, scheduleCreation, startDeletion, startUpdate } from "./lifecycle.js";
import { DEFAULT_WORKER, type Cluster, type NksState } from "./model.js";
import { reconcileNodes } from "./nodes.js";

type Context = HandlerContext<NksState>;

export const CLUSTER_UUID = "2b778d83-8b67-45b1-920e-b0c5ad5c2f30";
export const NODE_GROUP_UUID = "a3366f2f-a1f3-45ef-8390-10536e8060ff";
export const EVENT_UUID = "868f218a-9446-4500-b6b3-8c1a95e3d7c3";

const text = (params: Record<string, unknown>, key: string, fallback: string) =>
  typeof params[key] === "string" && (params[key] as string).length > 0 ? (params[key] as string) : fallback;

/** Register `name` in CREATE_IN_PROGRESS (replacing any cluster of that name or UUID). */
function placeCluster(context: Context, name: string, params: Record<string, unknown>): Cluster {
  const uuid = text(params, "uuid", CLUSTER_UUID).toLowerCase();
  for (const [id, other] of context.state.clusters) if (other.name === name || id === uuid) context.state.clusters.delete(id);
  const nodeCount = typeof params.nodeCount === "number" ? params.nodeCount : 1;
  const cluster = buildCluster(context, sampleCreateBody(name, nodeCount));
  cluster.uuid = uuid;
  context.state.clusters.set(uuid, cluster);
  return cluster;
}

/** A finished cluster whose CLUSTER_CREATE event succeeded. */
function placeReadyCluster(context: Context, name: string, params: Record<string, unknown>): Cluster {
  const cluster = placeCluster(context, name, params);
  const event = recordEvent(context, cluster, "CLUSTER_CREATE");
  event.uuid = text(params, "eventUuid", EVENT_UUID);
  completeCreation(context, cluster);
  event.state = "SUCCESS";
  event.updatedAt = cluster.updatedAt;
  return cluster;
}

function withCluster(name: string, build: (context: Context, params: Record<string, unknown>) => void): [string, ProviderStateHandler<NksState>] {
  return [name, (context, params) => build(context, params)];
}

const NAME = "my-cluster";

export const PROVIDER_STATES: Record<string, ProviderStateHandler<NksState>> = Object.fromEntries([
  /** CREATE_COMPLETE, HEALTHY, with default-master and default-worker (params.nodeCount workers). */
  withCluster(`cluster ${NAME} exists`, (context, params) => void placeReadyCluster(context, NAME, params)),
  withCluster(`cluster ${NAME} does not exist`, (context) => {
    for (const [id, other] of context.state.clusters) if (other.name === NAME) context.state.clusters.delete(id);
  }),
  /** CREATE_IN_PROGRESS, no api_address yet; completes after the usual steps. */
  withCluster(`cluster ${NAME} is being created`, (context, params) => {
    const cluster = placeCluster(context, NAME, params);
    const event = recordEvent(context, cluster, "CLUSTER_CREATE");
    event.uuid = text(params, "eventUuid", EVENT_UUID);
    scheduleCreation(context, cluster, event);
  }),
  /** UPDATE_IN_PROGRESS: a resize of default-worker to one more node is running. */
  withCluster(`cluster ${NAME} is being updated`, (context, params) => {
    const cluster = placeReadyCluster(context, NAME, params);
    const group = cluster.nodeGroups.find((ng) => ng.name === DEFAULT_WORKER)!;
    group.nodeCount += 1;
    startUpdate(context, cluster, { eventType: "CLUSTER_RESIZE", group, complete: () => reconcileNodes(context.state, group) });
  }),
  /** CREATE_COMPLETE with a third node group, params.nodeGroup (default ng-1), CREATE_COMPLETE. */
  withCluster(`cluster ${NAME} has node group ng-1`, (context, params) => {
    const cluster = placeReadyCluster(context, NAME, params);
    const worker = cluster.nodeGroups.find((ng) => ng.name === DEFAULT_WORKER)!;
    const group = buildNodeGroup(context, {
      name: text(params, "nodeGroup", "ng-1"), role: "worker", isDefault: false, flavorId: worker.flavorId, imageId: worker.imageId,
      nodeCount: 1, minNodeCount: 1, maxNodeCount: null, labels: { ...worker.labels }, version: worker.version, status: "CREATE_COMPLETE",
    });
    group.uuid = text(params, "nodeGroupUuid", NODE_GROUP_UUID).toLowerCase();
    reconcileNodes(context.state, group);
    cluster.nodeGroups.push(group);
  }),
  /** DELETE_IN_PROGRESS; gone (404) after the usual steps. */
  withCluster(`cluster ${NAME} is being deleted`, (context, params) => {
    startDeletion(context, placeReadyCluster(context, NAME, params));
  }),
  /** CREATE_COMPLETE with API endpoint IP access control on (ALLOW 192.168.0.0/24). */
  withCluster(`cluster ${NAME} has IP access control enabled`, (context, params) => {
    const cluster = placeReadyCluster(context, NAME, params);
    cluster.ipAcl = { enable: true, action: "ALLOW", targets: [{ cidr_address: "192.168.0.0/24", description: "office" }] };
  }),
  withCluster("no clusters exist", (context) => context.state.clusters.clear()),
]);
