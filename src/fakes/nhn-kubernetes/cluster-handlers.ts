/** Clusters: list, create, show, delete and the kubeconfig. */
import type { Handler } from "../runtime/types.js";
import { buildCluster } from "./build-cluster.js";
import { checkCreateRules } from "./create-validation.js";
import { MESSAGES } from "./errors.js";
import { recordEvent, scheduleCreation, startDeletion } from "./lifecycle.js";
import { findCluster } from "./lookup.js";
import { COMPLETE_STATES, type NksState } from "./model.js";
import { renderCluster, renderClusterSummary, renderKubeconfig } from "./views.js";

type NksHandler = Handler<NksState>;

export const listClusters: NksHandler = (_request, context) => ({
  status: 200,
  body: { clusters: [...context.state.clusters.values()].map((c) => renderClusterSummary(c, context.origin, context.state)) },
});

export const createCluster: NksHandler = (request, context) => {
  const body = request.body as Record<string, any>;
  const broken = checkCreateRules(body, context.state);
  if (broken) return context.error(400, broken);
  for (const other of context.state.clusters.values()) {
    if (other.name === body.name) return context.error(409, MESSAGES.clusterNameTaken(String(body.name)));
  }
  const cluster = buildCluster(context, body);
  context.state.clusters.set(cluster.uuid, cluster);
  scheduleCreation(context, cluster, recordEvent(context, cluster, "CLUSTER_CREATE"));
  return { status: 202, body: { uuid: cluster.uuid } };
};

export const getCluster: NksHandler = (request, context) => {
  const { found, reply } = findCluster(context, request.params.CLUSTER_ID_OR_NAME!);
  return reply ?? { status: 200, body: renderCluster(found, context.origin, context.state) };
};

/** Allowed from any state but DELETE_IN_PROGRESS (Magnum does not block deletes). */
export const deleteCluster: NksHandler = (request, context) => {
  const { found, reply } = findCluster(context, request.params.CLUSTER_ID_OR_NAME!);
  if (reply) return reply;
  if (found.status === "DELETE_IN_PROGRESS") return context.error(409, MESSAGES.clusterBusy(found.name));
  startDeletion(context, found);
  return { status: 204 };
};

/** Only once the cluster is up and idle (a *_COMPLETE state with an API address); else 409. */
export const getClusterKubeconfig: NksHandler = (request, context) => {
  const { found, reply } = findCluster(context, request.params.CLUSTER_ID_OR_NAME!);
  if (reply) return reply;
  if (!found.apiAddress) return context.error(409, MESSAGES.apiAddressUnavailable);
  if (!COMPLETE_STATES.has(found.status)) {
    return context.error(409, MESSAGES.notSupportedInStatus("Getting the kubeconfig", found.status));
  }
  return { status: 200, body: { config: renderKubeconfig(found) } };
};
