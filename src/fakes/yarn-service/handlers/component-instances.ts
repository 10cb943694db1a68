/** Component instances: list them (with filters), upgrade several, update (upgrade) one. */
import type { Handler } from "../../runtime/types.js";
import { lookupService } from "../auth.js";
import { findComponent, type ContainerRecord, type ContainerState, type Json, type YarnState } from "../model.js";
import { NO_CONTENT, replyStatus } from "../replies.js";
import { renderComponentInstances } from "../render-service.js";
import { upgradeInstances } from "../upgrade.js";

const listOf = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** GET .../component-instances?componentName=&version=&containerState= (unknown states never get here: see invalid-request.ts). */
export const listComponentInstances: Handler<YarnState> = (request, context) => {
  const found = lookupService(request, context, request.params.service_name!);
  if (found.reply) return found.reply;
  const version = request.query.version;
  const body = renderComponentInstances(found.service, {
    componentNames: listOf(request.query.componentName),
    version: Array.isArray(version) ? version[0] : version,
    states: listOf(request.query.containerState) as ContainerState[],
  });
  return { status: 200, body };
};

/** PUT .../component-instances: the listed instances with state UPGRADING; none of them -> 204 at once. */
export const upgradeComponentInstances: Handler<YarnState> = (request, context) => {
  const names = (request.body as Json[]).filter((c) => c.state === "UPGRADING").map((c) => String(c.component_instance_name));
  if (names.length === 0) return NO_CONTENT;
  const found = lookupService(request, context, request.params.service_name!);
  if (found.reply) return found.reply;
  const live = new Map<string, ContainerRecord>(found.service.components.flatMap((c) => c.containers.map((k) => [k.instanceName, k] as const)));
  const unknown = names.filter((n) => !live.has(n));
  if (unknown.length > 0) return replyStatus(400, `Invalid component instance(s) specified: [${unknown.join(", ")}]`);
  return upgradeInstances(context, found.service, names.map((n) => live.get(n)!));
};

/** PUT .../components/{c}/component-instances/{i}: state UPGRADING upgrades it, anything else is a 204. */
export const updateComponentInstance: Handler<YarnState> = (request, context) => {
  const { service_name: serviceName, component_name: componentName, component_instance_name: instanceName } = request.params;
  const found = lookupService(request, context, serviceName!);
  if (found.reply) return found.reply;
  const component = findComponent(found.service, componentName!);
  if (!component) return replyStatus(400, `The component name in the URI path (${componentName}) is invalid.`);
  const container = component.containers.find((c) => c.instanceName === instanceName);
  if (!container) return replyStatus(400, `The component (${componentName}) does not have a component instance (${instanceName}).`);
  if ((request.body as Json).state !== "UPGRADING") return NO_CONTENT;
  return upgradeInstances(context, found.service, [container]);
};
