/** Clusters: list, create, show, delete and the kubeconfig. */
import type { Handler } from "../runtime/types.js";
import { buildCluster } from "./build-cluster.js";
import { checkCreateRules } from "./create-validation.js";
import { MESSAGES } from "./errors.js";
import { recordEvent, scheduleCreation, startDeletion } from "./lifecycle.js";
import { findCluster } from "./lookup.js";
import type { NksState } from "./model.js";
import { renderCluster, renderClusterSummary, renderKubeconfig } from "./views.js";

type NksHandler = Handler<NksState>;

export const listClusters: NksHandler = (_request, context) => ({
  status: 200,
  body: { clusters: [...context.state.clusters.values()].map((c) => renderClusterSummary(c, context.origin, context.state)) },
});

export const createCluster: NksHandler = (request, context) => {
  const body = request.body as Record<string, any>;
  // the guide's label and CIDR rules ("Create a Cluster"); messages are the fake's own
  const broken = checkCreateRules(body, context.state);
  if (broken) return context.error(400, broken);
  // No name check: Magnum's cluster.py post takes a taken name (only a taken UUID is ClusterAlreadyExists
  // in db/sqlalchemy/api.py create_cluster); looking such a name up later is a 409 (lookup.ts findCluster).
  const cluster = buildCluster(context, body);
  context.state.clusters.set(cluster.uuid, cluster);
  scheduleCreation(context, cluster, recordEvent(context, cluster, "CLUSTER_CREATE"));
  return { status: 202, body: { uuid: cluster.uuid } };
};

export const getCluster: NksHandler = (request, context) => {
  const { found, reply } = findCluster(context, request.params.CLUSTER_ID_OR_NAME!);
  return reply ?? { status: 200, body: renderCluster(found, context.origin, context.state) };
};

/**
 * Allowed from any state (cluster.py delete casts; cluster_conductor.py cluster_delete has no state
 * check). A second delete while one runs is answered 204 and changes nothing.
 */
export const deleteCluster: NksHandler = (request, context) => {
  const { found, reply } = findCluster(context, request.params.CLUSTER_ID_OR_NAME!);
  if (reply) return reply;
  if (found.status === "DELETE_IN_PROGRESS") return { status: 204 };
  startDeletion(context, found);
  return { status: 204 };
};

/**
 * Once the cluster has an API address, in any state: the kubeconfig is built from the cluster's CA
 * (Magnum's certificate.py get_one, what `magnum cluster config` reads, has no state check).
 */
export const getClusterKubeconfig: NksHandler = (request, context) => {
  const { found, reply } = findCluster(context, request.params.CLUSTER_ID_OR_NAME!);
  if (reply) return reply;
  // inferred from Magnum's ClusterAPIAddressUnavailable (409, nodegroup.py post): no kubeconfig without a server address
  if (!found.apiAddress) return context.error(409, MESSAGES.apiAddressUnavailable);
  return { status: 200, body: { config: renderKubeconfig(found) } };
};
