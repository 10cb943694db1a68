/** Component operations: flex one component (or upgrade it), upgrade several components. */
import type { Handler } from "../../runtime/types.js";
import { lookupService } from "../auth.js";
import { checkFlex } from "../flex-rules.js";
import { flexComponents } from "../lifecycle.js";
import { readJackson } from "../jackson.js";
import { findComponent, type Json, type YarnState } from "../model.js";
import { replyStatus } from "../replies.js";
import { upgradeComponentsNamed } from "../upgrade.js";

/**
 * The request rules of ApiServer.updateComponent, in its order (also used for schema failures);
 * each a YarnException, 400. `body` is the Component as Jackson read it.
 */
export function checkFlexRequest(body: unknown, componentName: string): string | undefined {
  if (body === undefined || body === null) return "No component data provided";
  const component = (typeof body === "object" && !Array.isArray(body) ? body : {}) as Json;
  if (component.name !== undefined && component.name !== componentName) {
    return `Component name in the request object (${String(component.name)}) does not match that in the URI path (${componentName})`;
  }
  if (component.state === "UPGRADING") return undefined;
  if (component.number_of_containers === undefined || component.number_of_containers === null) return "No container count provided";
  if (typeof component.number_of_containers === "number" && component.number_of_containers < 0) {
    return `Invalid number of containers specified ${component.number_of_containers}`;
  }
  return undefined;
}

/** PUT .../components/{component_name}: 200 "Updating component (c) size from old to new". */
export const flexComponent: Handler<YarnState> = (request, context) => {
  const componentName = request.params.component_name!;
  const body = readJackson({ record: "Component" }, request.body) as Json;
  const problem = checkFlexRequest(body, componentName);
  if (problem) return replyStatus(400, problem);
  // A missing service: flexByRestService's FileNotFoundException is 500 on the real server (an IOException); 404 here.
  const found = lookupService(request, context, request.params.service_name!);
  if (found.reply) return found.reply;
  const service = found.service;
  if (body.state === "UPGRADING") return upgradeComponentsNamed(context, service, [componentName]);
  // ServiceClient.flexByRestService / flexComponents refusals (500 on the real server, 400 here: flex-rules.ts).
  const refused = checkFlex(service, [componentName], "component");
  if (refused) return refused;
  const component = findComponent(service, componentName)!;
  const before = component.desired;
  const count = Number(body.number_of_containers);
  flexComponents(context, service, new Map([[component, count]]));
  return replyStatus(200, `Updating component (${componentName}) size from ${before} to ${count}`);
};

/** PUT .../components: upgrade every instance of the components sent with state UPGRADING. */
export const upgradeComponents: Handler<YarnState> = (request, context) => {
  const list = readJackson({ list: { record: "Component" } }, request.body) as Json[];
  const names = list.filter((c) => c.state === "UPGRADING").map((c) => String(c.name));
  // A missing service: getServiceFromClient's FileNotFoundException is 500 on the real server; 404 here.
  const found = lookupService(request, context, request.params.service_name!);
  if (found.reply) return found.reply;
  return upgradeComponentsNamed(context, found.service, names);
};
