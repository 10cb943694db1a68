/** Service resources: create, get, list (fake only), destroy, and the server version. */
import type { Handler } from "../../runtime/types.js";
import { lookupService, readCaller } from "../auth.js";
import { buildService, launchService } from "../lifecycle.js";
import type { Json, YarnState } from "../model.js";
import { replyStatus } from "../replies.js";
import { renderListItem, renderService } from "../render-service.js";
import { checkNameFormat, readServiceBody, validateServiceDefinition } from "../validate-service.js";

export const HADOOP_VERSION = "3.3.6";

/** POST /app/v1/services: validate, refuse a taken name (500, as ApiServer), launch or only save. */
export const createService: Handler<YarnState> = (request, context) => {
  const body: Json = readServiceBody(request.body);
  // ServiceClient.actionCreate -> ServiceApiUtil.validateAndResolveService: IllegalArgumentException, 400 (ApiServer.createService).
  const problem = validateServiceDefinition(body);
  if (problem) return replyStatus(400, problem);
  const name = String(body.name);
  // ServiceClient.verifyNoLiveAppInRM / checkAppNotExistOnHdfs "... already exists": ApiServer.createService answers 500.
  if (context.state.services.has(name)) return replyStatus(500, `Service name ${name} is already taken.`);
  const saveOnly = body.state === "STOPPED";
  const service = buildService(body, readCaller(request)!, saveOnly);
  context.state.services.set(name, service);
  const diagnostics = saveOnly ? `Service ${name} version ${service.version} saved.` : `Application ID: ${launchService(context, service)}`;
  return { status: 202, body: { diagnostics, state: "ACCEPTED", uri: `/v1/services/${name}` } };
};

/** GET /app/v1/services/{service_name}: an invalid name is a 404 with code 404004 too (IllegalArgumentException). */
export const getService: Handler<YarnState> = (request, context) => {
  const name = request.params.service_name!;
  // ServiceClient.getStatus -> ServiceApiUtil.validateNameFormat: IllegalArgumentException, 404 + 404004 (ApiServer.getService).
  const invalid = checkNameFormat(name);
  if (invalid) return { status: 404, body: { diagnostics: invalid, code: 404004 } };
  const found = lookupService(request, context, name);
  if (found.reply) return found.reply;
  return { status: 200, body: renderService(found.service, context.now()) };
};

/** GET /app/v1/services: not served by stock Hadoop; the fake lists the caller's services. */
export const listServices: Handler<YarnState> = (request, context) => {
  const caller = readCaller(request);
  const now = context.now();
  const mine = [...context.state.services.values()].filter((s) => s.owner === caller).sort((a, b) => a.name.localeCompare(b.name));
  return { status: 200, body: mine.map((s) => renderListItem(s, now)) };
};

/** DELETE: stop (if running) and delete; a missing service is 400 "doesn't exist", as ApiServer answers. */
export const destroyService: Handler<YarnState> = (request, context) => {
  const name = request.params.service_name!;
  // ServiceClient.actionDestroy -> validateNameFormat: IllegalArgumentException, 400 (ApiServer.deleteService).
  const invalid = checkNameFormat(name);
  if (invalid) return replyStatus(400, invalid);
  // ServiceClient.actionDestroy returns EXIT_NOT_FOUND: 400 (ApiServer.stopService with destroy).
  if (!context.state.services.has(name)) return replyStatus(400, `Service ${name} doesn't exist`);
  const found = lookupService(request, context, name);
  if (found.reply) return found.reply;
  context.state.services.delete(name);
  return replyStatus(200, `Successfully destroyed service ${name}`);
};

export const getVersion: Handler<YarnState> = () => ({ status: 200, body: { hadoop_version: HADOOP_VERSION } });
