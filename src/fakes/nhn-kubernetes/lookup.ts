/**
 * Finding clusters, node groups and add-ons by UUID or name, as Magnum's get_resource does:
 * a UUID-like identifier is looked up as a UUID, anything else as a name. Misses answer 404
 * with Magnum's "... could not be found." text; state conflicts answer 409.
 */
import type { FakeReply, HandlerContext } from "../runtime/types.js";
import { MESSAGES } from "./errors.js";
import { COMPLETE_STATES, type Cluster, type InstalledAddon, type NksState, type NodeGroup } from "./model.js";

type Context = HandlerContext<NksState>;
export type Found<T> = { found: T; reply?: undefined } | { found?: undefined; reply: FakeReply };

const UUID_LIKE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

export function isUuidLike(ident: string): boolean {
  return UUID_LIKE.test(ident);
}

export function findCluster(context: Context, ident: string): Found<Cluster> {
  if (isUuidLike(ident)) {
    const cluster = context.state.clusters.get(ident.toLowerCase());
    if (cluster) return { found: cluster };
  } else {
    const named = [...context.state.clusters.values()].filter((cluster) => cluster.name === ident);
    if (named.length === 1) return { found: named[0]! };
    // db/sqlalchemy/api.py get_cluster_by_name: MultipleResultsFound -> Conflict (409)
    if (named.length > 1) return { reply: context.error(409, MESSAGES.clusterNameAmbiguous) };
  }
  return { reply: context.error(404, MESSAGES.clusterNotFound(ident)) };
}

export function findNodeGroup(context: Context, cluster: Cluster, ident: string): Found<NodeGroup> {
  const byUuid = isUuidLike(ident);
  const group = cluster.nodeGroups.find((ng) => (byUuid ? ng.uuid === ident.toLowerCase() : ng.name === ident));
  return group ? { found: group } : { reply: context.error(404, MESSAGES.nodeGroupNotFound(ident)) };
}

export function findInstalledAddon(context: Context, cluster: Cluster, ident: string): Found<InstalledAddon> {
  const byUuid = isUuidLike(ident);
  const addon = cluster.addons.find((a) => (byUuid ? a.uuid === ident.toLowerCase() : a.name === ident));
  return addon ? { found: addon } : { reply: context.error(404, MESSAGES.addonNotFound(ident)) };
}

/**
 * 409 unless the cluster is in one of Magnum's *_COMPLETE states (no operation running). Used only for
 * the node-group upgrade: the user guide's "Upgrade Rules" say an upgrade cannot proceed while the
 * cluster is being updated by another feature (the status code is inferred). Magnum's own changes
 * are accepted whatever the state (conductor-rules.ts).
 */
export function refuseUnlessIdle(context: Context, cluster: Cluster): FakeReply | undefined {
  if (COMPLETE_STATES.has(cluster.status)) return undefined;
  if (cluster.status.endsWith("_IN_PROGRESS")) return context.error(409, MESSAGES.clusterBusy(cluster.name));
  return context.error(409, MESSAGES.notSupportedInStatus("Updating a cluster", cluster.status));
}

/** 409 unless the node group is idle too (its own *_COMPLETE state). */
export function refuseUnlessGroupIdle(context: Context, cluster: Cluster, group: NodeGroup): FakeReply | undefined {
  const clusterBusy = refuseUnlessIdle(context, cluster);
  if (clusterBusy) return clusterBusy;
  if (COMPLETE_STATES.has(group.status)) return undefined;
  if (group.status.endsWith("_IN_PROGRESS")) return context.error(409, MESSAGES.nodeGroupBusy(group.name));
  return context.error(409, MESSAGES.notSupportedInStatus("Updating a nodegroup", group.status).replace("cluster status", "nodegroup status"));
}
