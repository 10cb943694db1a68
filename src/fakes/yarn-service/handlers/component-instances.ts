/** Component instances: list them (with filters), upgrade several, update (upgrade) one. */
import type { Handler } from "../../runtime/types.js";
import { lookupService } from "../auth.js";
import { readJackson } from "../jackson.js";
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

/**
 * PUT .../component-instances: the listed instances with state UPGRADING; none of them -> 204 at
 * once (ApiServer.updateComponentInstances). ServiceApiUtil.getLiveContainers skips names that
 * match no live instance, so unknown instances are ignored, not refused.
 */
export const upgradeComponentInstances: Handler<YarnState> = (request, context) => {
  const list = readJackson({ list: { record: "Container" } }, request.body) as Json[];
  const names = list.filter((c) => c.state === "UPGRADING").map((c) => String(c.component_instance_name));
  if (names.length === 0) return NO_CONTENT;
  // ServiceApiUtil.parseComponentName: a name without '-' is a YarnException, 400.
  const malformed = names.find((n) => !n.includes("-"));
  if (malformed !== undefined) return replyStatus(400, `Invalid component instance (${malformed}) name.`);
  const found = lookupService(request, context, request.params.service_name!);
  if (found.reply) return found.reply;
  const live = new Map<string, ContainerRecord>(found.service.components.flatMap((c) => c.containers.map((k) => [k.instanceName, k] as const)));
  return upgradeInstances(context, found.service, names.filter((n) => live.has(n)).map((n) => live.get(n)!));
};

/** PUT .../components/{c}/component-instances/{i}: state UPGRADING upgrades it, anything else is a 204. */
export const updateComponentInstance: Handler<YarnState> = (request, context) => {
  const { service_name: serviceName, component_name: componentName, component_instance_name: instanceName } = request.params;
  const found = lookupService(request, context, serviceName!);
  if (found.reply) return found.reply;
  // ApiServer.updateComponentInstance: both YarnException, 400.
  const component = findComponent(found.service, componentName!);
  if (!component) return replyStatus(400, `The component name in the URI path (${componentName}) is invalid.`);
  const container = component.containers.find((c) => c.instanceName === instanceName);
  if (!container) return replyStatus(400, `The component (${componentName}) does not have a component instance (${instanceName}).`);
  if ((readJackson({ record: "Container" }, request.body) as Json).state !== "UPGRADING") return NO_CONTENT;
  return upgradeInstances(context, found.service, [container]);
};
