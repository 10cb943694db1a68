/**
 * PUT /app/v1/services/{service_name}, dispatched in ApiServer.updateService's order: FLEX,
 * STOPPED, STARTED, an upgrade state, CANCEL_UPGRADING, lifetime > 0, decommissioned
 * instances, otherwise 204 (without even looking the service up, as the real server does).
 */
import type { FakeReply, Handler, HandlerContext } from "../../runtime/types.js";
import { lookupService } from "../auth.js";
import { checkFlex } from "../flex-rules.js";
import { flexComponents, launchService, scheduleConverge, stopService } from "../lifecycle.js";
import { isLive, type ComponentRecord, type Json, type ServiceRecord, type YarnState } from "../model.js";
import { NO_CONTENT, replyStatus } from "../replies.js";
import { moveComponent, moveService } from "../transitions.js";
import { cancelUpgrade, initiateUpgrade } from "../upgrade.js";

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
  const body = request.body as Json;
  const action = pickAction(body);
  if (!action) return NO_CONTENT;
  const found = lookupService(request, context, request.params.service_name!);
  if (found.reply) return found.reply;
  return action(context, found.service, body);
};

const flexService: Action = (context, service, body) => {
  const wanted = components(body);
  if (wanted.length === 0) return replyStatus(400, `No component specified for ${service.name}`);
  const uncounted = wanted.find((c) => typeof c.number_of_containers !== "number");
  if (uncounted) return replyStatus(400, `No container count provided for component ${String(uncounted.name)}`);
  const refused = checkFlex(service, wanted.map((c) => String(c.name)), "service");
  if (refused) return refused;
  const counts = new Map<ComponentRecord, number>(
    wanted.map((c) => [service.components.find((k) => k.name === c.name)!, Number(c.number_of_containers)]),
  );
  flexComponents(context, service, counts);
  return replyStatus(202, `Service ${service.name} is successfully flexed.`, "ACCEPTED");
};

const stop: Action = (_context, service) => {
  if (!isLive(service)) return replyStatus(400, `Service ${service.name} is already stopped`);
  stopService(service, "FINISHED");
  return replyStatus(200, `Successfully stopped service ${service.name}`);
};

const start: Action = (context, service) => {
  if (isLive(service)) return replyStatus(400, `Failed to start service ${service.name}, because it already exists.`);
  const appId = launchService(context, service);
  return replyStatus(200, `Service ${service.name} is successfully started with ApplicationId: ${appId}`, "ACCEPTED");
};

/** Lifetime counts from now; the answer carries the RM's ISO 8601 timestamp (Times.formatISO8601). */
const updateLifetime: Action = (context, service, body) => {
  if (!isLive(service)) return replyStatus(400, `Service ${service.name} is not running, its lifetime can not be updated.`);
  const seconds = Number(body.lifetime);
  service.lifetimeSeconds = seconds;
  service.expiresAt = context.now() + seconds * 1000;
  const timestamp = new Date(service.expiresAt).toISOString().replace("Z", "+0000");
  return replyStatus(200, `Service (${service.name})'s lifeTime is updated to ${timestamp}, ${seconds} seconds remaining`);
};

/** Decommissioned instances go away for good: their names are never reused and the count drops. */
const decommission: Action = (context, service, body) => {
  const requests = decommissions(body).flatMap((c) => (c.decommissioned_instances as unknown[]).map(String));
  const refused = checkFlex(service, [], "service");
  if (refused) return replyStatus(refused.status, String((refused.body as Json).diagnostics).replace("flex", "decommission"));
  const targets: Array<[ComponentRecord, string]> = [];
  for (const instance of requests) {
    const component = service.components.find((c) => c.containers.some((k) => k.instanceName === instance) || c.decommissioned.includes(instance));
    if (!component) return replyStatus(400, `${instance} does not exist !`);
    if (!component.decommissioned.includes(instance)) targets.push([component, instance]);
  }
  for (const [component, instance] of targets) {
    component.decommissioned.push(instance);
    component.desired = Math.max(0, component.desired - 1);
    if (component.state === "STABLE") moveComponent(component, "FLEXING");
  }
  if (targets.length > 0) {
    moveService(service, "FLEX");
    scheduleConverge(context, service);
  }
  return replyStatus(202, `Service ${service.name} has successfully decommissioned instances.`, "ACCEPTED");
};
