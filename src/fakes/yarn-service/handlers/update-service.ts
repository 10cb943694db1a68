/**
 * PUT /app/v1/services/{service_name}, dispatched in ApiServer.updateService's order: FLEX,
 * STOPPED, STARTED, an upgrade state, CANCEL_UPGRADING, lifetime > 0, decommissioned
 * instances, otherwise 204 (without even looking the service up, as the real server does).
 * The body is read as Jackson reads it (numeric strings are numbers, and so on).
 */
import type { FakeReply, Handler, HandlerContext } from "../../runtime/types.js";
import { lookupService } from "../auth.js";
import { checkFlex, yarnAppStateOf } from "../flex-rules.js";
import { flexComponents, launchService, scheduleConverge, stopService } from "../lifecycle.js";
import { findComponent, isLive, type ComponentRecord, type Json, type ServiceRecord, type YarnState } from "../model.js";
import { NO_CONTENT, replyStatus } from "../replies.js";
import { moveComponent, moveService } from "../transitions.js";
import { cancelUpgrade, finalizeIfUpgraded, initiateUpgrade } from "../upgrade.js";
import { readServiceBody } from "../validate-service.js";

type Context = HandlerContext<YarnState>;
type Action = (context: Context, service: ServiceRecord, body: Json) => FakeReply;

const components = (body: Json) => (Array.isArray(body.components) ? (body.components as Json[]) : []);
const decommissions = (body: Json) => components(body).filter((c) => Array.isArray(c.decommissioned_instances) && c.decommissioned_instances.length > 0);

/** The first action the body asks for, in the real server's order. */
function pickAction(body: Json): Action | undefined {
  const state = body.state;
  if (state === "FLEX") return flexService;
  if (state === "STOPPED") return stop;
  if (state === "STARTED") return start;
  if (state === "UPGRADING" || state === "UPGRADING_AUTO_FINALIZE" || state === "EXPRESS_UPGRADING") {
    return (context, service) => initiateUpgrade(context, service, body, state);
  }
  if (state === "CANCEL_UPGRADING") return (context, service) => cancelUpgrade(context, service);
  if (typeof body.lifetime === "number" && body.lifetime > 0) return updateLifetime;
  if (decommissions(body).length > 0) return decommission;
  return undefined;
}

export const updateService: Handler<YarnState> = (request, context) => {
  const body = readServiceBody(request.body);
  const action = pickAction(body);
  if (!action) return NO_CONTENT;
  const found = lookupService(request, context, request.params.service_name!);
  if (found.reply) return found.reply;
  return action(context, found.service, body);
};

/**
 * ApiServer.flexService -> ServiceClient.actionFlex. The count goes over as text, so a negative
 * one is a relative decrease (parseNumberOfContainers: "-2" = two fewer, floored at 0). A FLEX
 * without components flexes nothing and still answers 202 when the service is running.
 */
const flexService: Action = (context, service, body) => {
  const wanted = components(body);
  const uncounted = wanted.find((c) => typeof c.number_of_containers !== "number");
  // ApiServer.flexService calls getNumberOfContainers().toString(): a NullPointerException, 500 with "{}" on the
  // real server; the fake answers 400 with a message (a client mistake).
  if (uncounted) return replyStatus(400, `No container count provided for component ${String(uncounted.name)}`);
  const refused = checkFlex(service, wanted.map((c) => String(c.name)), "service");
  if (refused) return refused;
  const counts = new Map<ComponentRecord, number>();
  for (const c of wanted) {
    const component = findComponent(service, String(c.name))!;
    const asked = Number(c.number_of_containers);
    counts.set(component, asked < 0 ? Math.max(0, component.desired + asked) : asked);
  }
  flexComponents(context, service, counts);
  return replyStatus(202, `Service ${service.name} is successfully flexed.`, "ACCEPTED");
};

const stop: Action = (_context, service) => {
  // ServiceClient.actionStop returns EXIT_COMMAND_ARGUMENT_ERROR without a live application: 400 (ApiServer.stopService).
  if (!isLive(service)) return replyStatus(400, `Service ${service.name} is already stopped`);
  stopService(service, "FINISHED");
  return replyStatus(200, `Successfully stopped service ${service.name}`);
};

/** ServiceClient.actionStartAndGetId: a live UPGRADING service is finalized (RestartServiceRequest to the AM). */
const start: Action = (context, service) => {
  if (service.state === "UPGRADING" && service.appId) {
    finalizeIfUpgraded(context, service);
    return replyStatus(200, `Service ${service.name} is successfully started with ApplicationId: ${service.appId}`, "ACCEPTED");
  }
  // ServiceClient.verifyNoLiveAppInRM(name, "start"): YarnException, 400 (UndeclaredThrowableException in ApiServer.updateService).
  if (isLive(service)) return replyStatus(400, `Failed to start service ${service.name}, because it already exists.`);
  const appId = launchService(context, service);
  return replyStatus(200, `Service ${service.name} is successfully started with ApplicationId: ${appId}`, "ACCEPTED");
};

/** Lifetime counts from now; the answer carries the RM's ISO 8601 timestamp (Times.formatISO8601). */
const updateLifetime: Action = (context, service, body) => {
  // ServiceClient.updateLifetime: no application id yet (saved only): YarnException, 400.
  if (!service.appId) return replyStatus(400, `Application ID not found for ${service.name}`);
  // A finished application: the RM's answer to a timeout update was not verified; the fake refuses (message inferred).
  if (!isLive(service)) return replyStatus(400, `Service ${service.name} is not running, its lifetime can not be updated.`);
  const seconds = Number(body.lifetime);
  service.lifetimeSeconds = seconds;
  service.expiresAt = context.now() + seconds * 1000;
  const timestamp = new Date(service.expiresAt).toISOString().replace("Z", "+0000");
  return replyStatus(200, `Service (${service.name})'s lifeTime is updated to ${timestamp}, ${seconds} seconds remaining`);
};

/**
 * ServiceClient.actionDecommissionInstances: the instances are recorded (and the component's
 * count lowered) in the saved definition BEFORE the RM state is checked, so a refused
 * decommission of a stopped service still counts when it starts again. An instance name that
 * names an existing component is taken even if no such instance runs.
 */
const decommission: Action = (context, service, body) => {
  const requests = decommissions(body).flatMap((c) => (c.decommissioned_instances as unknown[]).map(String));
  if (!service.appId) return replyStatus(400, `${service.name} appId is null, may be not submitted to YARN yet`);
  const targets: Array<[ComponentRecord, string]> = [];
  for (const instance of requests) {
    const dash = instance.lastIndexOf("-");
    // ServiceApiUtil.parseComponentName: YarnException, 400.
    if (dash < 0) return replyStatus(400, `Invalid component instance (${instance}) name.`);
    const component = findComponent(service, instance.slice(0, dash));
    // IllegalArgumentException "<instance> does not exist !": 500 on the real server (catch Exception); 400 here.
    if (!component) return replyStatus(400, `${instance} does not exist !`);
    if (!component.decommissioned.includes(instance) && !targets.some(([, i]) => i === instance)) targets.push([component, instance]);
  }
  for (const [component, instance] of targets) {
    component.decommissioned.push(instance);
    component.desired = Math.max(0, component.desired - 1);
  }
  const yarnState = yarnAppStateOf(service);
  if (yarnState !== "RUNNING") {
    return replyStatus(400, `${service.name} is at ${yarnState} state, decommission can only be invoked when service is running`);
  }
  const flexing = service.state === "STARTED" || service.state === "STABLE" || service.state === "FLEX";
  for (const [component] of targets) if (flexing && component.state === "STABLE") moveComponent(component, "FLEXING");
  if (targets.length > 0) {
    if (flexing) moveService(service, "FLEX");
    scheduleConverge(context, service);
  }
  return replyStatus(202, `Service ${service.name} has successfully decommissioned instances.`, "ACCEPTED");
};
