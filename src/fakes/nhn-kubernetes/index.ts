/**
 * Stateful fake of NHN Cloud Kubernetes Service (NKS), the OpenStack Magnum derivative
 * (specs/nhn-kubernetes.yaml): clusters with default-master/default-worker node groups and
 * their create/update/delete lifecycles on the fake's clock, node groups and their actions,
 * events, kubeconfig, IP ACL, certificates, service gateways and add-ons. Keystone-token auth,
 * Magnum's microversion negotiation and Magnum's `{"errors": [...]}` error body. Every
 * operation has a handler except getSupports, which answers from the spec's example.
 */
import type { FakeDefinition, Handler } from "../runtime/types.js";
import * as addons from "./addon-handlers.js";
import { admitRequest, versionHeaders } from "./admission.js";
import * as actions from "./cluster-actions.js";
import * as clusters from "./cluster-handlers.js";
import { buildErrorBody } from "./errors.js";
import * as events from "./event-handlers.js";
import { answerInvalidRequest } from "./invalid-request.js";
import type { NksState } from "./model.js";
import * as groupActions from "./nodegroup-actions.js";
import * as groups from "./nodegroup-handlers.js";
import { PROVIDER_STATES } from "./provider-states.js";
import { createInitialState } from "./seed.js";

export type { NksState } from "./model.js";

/** Magnum puts the microversion headers on every answer. */
function withVersionHeaders(handler: Handler<NksState>): Handler<NksState> {
  return (request, context) => {
    const reply = handler(request, context);
    return { ...reply, headers: { ...versionHeaders(request), ...(reply.headers ?? {}) } };
  };
}

const HANDLERS: Record<string, Handler<NksState>> = {
  listClusters: clusters.listClusters,
  createCluster: clusters.createCluster,
  getCluster: clusters.getCluster,
  deleteCluster: clusters.deleteCluster,
  getClusterKubeconfig: clusters.getClusterKubeconfig,
  updateCluster: actions.updateCluster,
  resizeCluster: actions.resizeCluster,
  getApiEndpointIpAcl: actions.getApiEndpointIpAcl,
  setApiEndpointIpAcl: actions.setApiEndpointIpAcl,
  renewClusterCertificate: actions.renewClusterCertificate,
  updateServiceGateway: actions.updateServiceGateway,
  listClusterEvents: events.listClusterEvents,
  getClusterEvent: events.getClusterEvent,
  listNodeGroups: groups.listNodeGroups,
  getNodeGroup: groups.getNodeGroup,
  createNodeGroup: groups.createNodeGroup,
  deleteNodeGroup: groups.deleteNodeGroup,
  updateNodeGroup: groupActions.updateNodeGroup,
  stopNodes: groupActions.stopNodes,
  startNodes: groupActions.startNodes,
  getNodeGroupAutoscale: groupActions.getNodeGroupAutoscale,
  setNodeGroupAutoscale: groupActions.setNodeGroupAutoscale,
  upgradeNodeGroup: groupActions.upgradeNodeGroup,
  setNodeGroupUserScript: groupActions.setNodeGroupUserScript,
  listAddonTypes: addons.listAddonTypes,
  getAddonType: addons.getAddonType,
  listAddons: addons.listAddons,
  getAddon: addons.getAddon,
  listClusterAddons: addons.listClusterAddons,
  installClusterAddon: addons.installClusterAddon,
  getClusterAddon: addons.getClusterAddon,
  updateClusterAddon: addons.updateClusterAddon,
  deleteClusterAddon: addons.deleteClusterAddon,
  getSupports: (_request, context) => context.example("getSupports"),
};

export const definition: FakeDefinition<NksState> = {
  id: "nhn-kubernetes",
  createState: (credentials) => createInitialState(credentials),
  authenticate: admitRequest,
  errorBody: buildErrorBody,
  invalidRequest: answerInvalidRequest,
  handlers: Object.fromEntries(Object.entries(HANDLERS).map(([id, handler]) => [id, withVersionHeaders(handler)])),
  providerStates: PROVIDER_STATES,
};
