/**
 * Cluster listings, inspection and DELETE. As in the real code a destroyed cluster stays in
 * the registry (deinstantiate is commented out): it keeps answering, with status destroyed.
 */
import type { FakeRequest, Handler } from "../runtime/types.js";
import { clusterDn, type BigdataState, type Cluster } from "./model.js";
import { moveCluster } from "./cluster-lifecycle.js";
import { describeClusterSummary, describeMissingCluster, describeNodes, describeServices } from "./cluster-views.js";
import { replyKeyNotFound } from "./errors.js";

function listWhere(match: (cluster: Cluster, params: Record<string, string>) => boolean): Handler<BigdataState> {
  return (request, context) => {
    const clusters = [...context.state.clusters.values()].filter((c) => match(c, request.params));
    return { status: 200, body: { clusters: clusters.map(describeClusterSummary) } };
  };
}

export const listClusters = listWhere(() => true);
export const listUserClusters = listWhere((c, p) => c.user === p.username);
export const listUserProductClusters = listWhere((c, p) => c.user === p.username && c.product === p.product);
export const listUserProductVersionClusters = listWhere((c, p) => c.user === p.username && c.product === p.product && c.version === p.version);

function dnOf(request: FakeRequest): string {
  const p = request.params;
  return clusterDn(p.username ?? "", p.product ?? "", p.version ?? "", p.id ?? "");
}

/** An id never used answers 200 with the failure form, as print_full_instance does. */
export const getCluster: Handler<BigdataState> = (request, context) => {
  const dn = dnOf(request);
  const cluster = context.state.clusters.get(dn);
  return { status: 200, body: cluster ? describeClusterSummary(cluster) : describeMissingCluster(dn) };
};

/**
 * endpoints.py destroy_cluster asks the Mesos framework to delete the cluster and answers 500
 * when it does not answer 204 (an unknown cluster); the fake answers 404 "Key not found"
 * instead (house rule: no 5xx for a client mistake). A second DELETE answers 200 again: the
 * registry entry stays (deinstantiate is commented out); what Mesos answers then is not known.
 */
export const destroyCluster: Handler<BigdataState> = (request, context) => {
  const dn = dnOf(request);
  const cluster = context.state.clusters.get(dn);
  if (!cluster) return replyKeyNotFound(context, dn);
  moveCluster(cluster, "destroyed");
  return { status: 200, body: { message: "success" } };
};

/** cluster.nodes is kv.recurse(dn/nodes): kvstore.KeyDoesNotExist -> 404 "Key not found". */
export const listClusterNodes: Handler<BigdataState> = (request, context) => {
  const dn = dnOf(request);
  const cluster = context.state.clusters.get(dn);
  if (!cluster) return replyKeyNotFound(context, `${dn}/nodes`);
  return { status: 200, body: { nodes: describeNodes(cluster) } };
};

/** cluster.services is kv.recurse(dn/services): kvstore.KeyDoesNotExist -> 404 "Key not found". */
export const listClusterServices: Handler<BigdataState> = (request, context) => {
  const dn = dnOf(request);
  const cluster = context.state.clusters.get(dn);
  if (!cluster) return replyKeyNotFound(context, `${dn}/services`);
  return { status: 200, body: { services: describeServices(cluster) } };
};
