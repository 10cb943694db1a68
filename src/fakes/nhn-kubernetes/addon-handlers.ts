/**
 * Add-ons: the catalogue (types and versions, from the seed) and the add-ons installed in a
 * cluster. Install, version change and removal run as cluster updates (UPDATE_IN_PROGRESS ->
 * UPDATE_COMPLETE) with an event, and answer 202 {cluster uuid} as the guide shows.
 * Add-on status: CREATE_IN_PROGRESS -> CREATE_COMPLETE, UPDATE_IN_PROGRESS -> UPDATE_COMPLETE,
 * DELETE_IN_PROGRESS -> gone. One add-on per type; a second one of a type answers 409.
 * Outside a *_COMPLETE cluster state the change is answered 202 and fails at once, as Magnum's
 * cluster update does (conductor-rules.ts `update`; inferred, NHN documents no state rule).
 */
import type { FakeReply, Handler, HandlerContext } from "../runtime/types.js";
import { MESSAGES } from "./errors.js";
import { conductorRefusal } from "./conductor-rules.js";
import { recordRefusal, startUpdate } from "./lifecycle.js";
import { findCluster, findInstalledAddon, isUuidLike } from "./lookup.js";
import { isoTime, type Cluster, type InstalledAddon, type NksState } from "./model.js";
import { newUuid } from "./nodes.js";
import { findCatalogueAddon } from "./seed.js";
import { renderInstalledAddon } from "./views.js";

type NksHandler = Handler<NksState>;
type Context = HandlerContext<NksState>;

export const listAddonTypes: NksHandler = (_request, context) => ({ status: 200, body: { addon_types: context.state.addonTypes } });

export const getAddonType: NksHandler = (request, context) => {
  const ident = request.params.ADDON_TYPE_UUID_OR_NAME!;
  const type = context.state.addonTypes.find((t) => (isUuidLike(ident) ? t.uuid === ident.toLowerCase() : t.name === ident));
  return type ? { status: 200, body: type } : context.error(404, MESSAGES.addonTypeNotFound(ident));
};

export const listAddons: NksHandler = (_request, context) => ({ status: 200, body: { addons: context.state.catalogue } });

export const getAddon: NksHandler = (request, context) => {
  const ident = request.params.ADDON_UUID!;
  const addon = context.state.catalogue.find((a) => a.uuid === ident.toLowerCase());
  return addon ? { status: 200, body: addon } : context.error(404, MESSAGES.addonNotFound(ident));
};

export const listClusterAddons: NksHandler = (request, context) => {
  const { found, reply } = findCluster(context, request.params.CLUSTER_ID_OR_NAME!);
  return reply ?? { status: 200, body: { addons: found.addons.map((a) => renderInstalledAddon(a, found, context.state)) } };
};

export const getClusterAddon: NksHandler = (request, context) => {
  const cluster = findCluster(context, request.params.CLUSTER_ID_OR_NAME!);
  if (cluster.reply) return cluster.reply;
  const addon = findInstalledAddon(context, cluster.found, request.params.ADDON_UUID_OR_NAME!);
  return addon.reply ?? { status: 200, body: renderInstalledAddon(addon.found, cluster.found, context.state) };
};

// inferred: the guide lists add-on versions in the catalogue only (GET /v1/addons); the message is the fake's own
const noSuchVersion = (context: Context, name: string, version: string) =>
  context.error(400, `Invalid input for field/attribute version. Value: '${version}'. Addon ${name} has no such version.`);

/**
 * Run an add-on change as a cluster update; `addon.status` shows the change meanwhile. `started` is
 * false when the change failed at once (cluster not idle).
 */
function runAddonChange(context: Context, cluster: Cluster, addon: InstalledAddon, eventType: string, status: string, details: unknown, apply: () => void): { reply: FakeReply; started: boolean } {
  const reply: FakeReply = { status: 202, body: { uuid: cluster.uuid } };
  const refused = conductorRefusal("update", cluster);
  if (refused) {
    recordRefusal(context, cluster, eventType, refused, undefined, details);
    return { reply, started: false };
  }
  addon.status = status;
  addon.updatedAt = isoTime(context.now());
  startUpdate(context, cluster, { eventType, details, complete: apply });
  return { reply, started: true };
}

export const installClusterAddon: NksHandler = (request, context) => {
  const { found: cluster, reply } = findCluster(context, request.params.CLUSTER_ID_OR_NAME!);
  if (reply) return reply;
  const body = request.body as { name: string; version: string; options?: Record<string, unknown> };
  const entry = findCatalogueAddon(context.state, body.name, body.version);
  if (!entry) return noSuchVersion(context, body.name, body.version);
  // inferred: the user guide's add-on types each hold one add-on (cni: calico or calico-ebpf); no NHN message
  const clash = cluster.addons.find((a) => a.type === entry.type);
  if (clash) return context.error(409, `An add-on of type ${entry.type} (${clash.name}) is already installed in cluster ${cluster.name}.`);
  const addon: InstalledAddon = {
    uuid: newUuid(), name: entry.name, type: entry.type, version: entry.version, options: { ...(body.options ?? {}) },
    status: "CREATE_IN_PROGRESS", createdAt: isoTime(context.now()), updatedAt: null,
  };
  const answer = runAddonChange(context, cluster, addon, "CLUSTER_INSTALL_ADDON", "CREATE_IN_PROGRESS", body, () => {
    addon.status = "CREATE_COMPLETE";
    addon.updatedAt = isoTime(context.now());
  });
  if (answer.started) cluster.addons.push(addon);
  return answer.reply;
};

export const updateClusterAddon: NksHandler = (request, context) => {
  const cluster = findCluster(context, request.params.CLUSTER_ID_OR_NAME!);
  if (cluster.reply) return cluster.reply;
  const found = findInstalledAddon(context, cluster.found, request.params.ADDON_UUID_OR_NAME!);
  if (found.reply) return found.reply;
  const addon = found.found;
  const version = (request.body as { version: string }).version;
  if (!findCatalogueAddon(context.state, addon.name, version)) return noSuchVersion(context, addon.name, version);
  return runAddonChange(context, cluster.found, addon, "CLUSTER_UPDATE_ADDON", "UPDATE_IN_PROGRESS", request.body, () => {
    addon.version = version;
    addon.status = "UPDATE_COMPLETE";
    addon.updatedAt = isoTime(context.now());
  }).reply;
};

export const deleteClusterAddon: NksHandler = (request, context) => {
  const cluster = findCluster(context, request.params.CLUSTER_ID_OR_NAME!);
  if (cluster.reply) return cluster.reply;
  const found = findInstalledAddon(context, cluster.found, request.params.ADDON_UUID_OR_NAME!);
  if (found.reply) return found.reply;
  const addon = found.found;
  const addons = cluster.found.addons;
  return runAddonChange(context, cluster.found, addon, "CLUSTER_UNINSTALL_ADDON", "DELETE_IN_PROGRESS", undefined, () => {
    addons.splice(addons.indexOf(addon), 1);
  }).reply;
};
