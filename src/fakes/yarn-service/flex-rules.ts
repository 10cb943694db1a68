/**
 * When the real ServiceClient refuses a flex or a decommission, in its order (appId, component
 * names, application state) and with its messages (ServiceClient.actionFlex /
 * flexByRestService / flexComponents). The real server turns most of these into 500 (an
 * UndeclaredThrowableException); the fake answers 400, as they are the client's mistake.
 */
import type { FakeReply } from "../runtime/types.js";
import type { ServiceRecord } from "./model.js";
import { replyStatus } from "./replies.js";

const FLEXIBLE_STATES = new Set(["STARTED", "STABLE", "FLEX"]);

/** `style`: the PUT-service flex names one missing component, the component flex lists them. */
export function checkFlex(service: ServiceRecord, names: string[], style: "service" | "component"): FakeReply | undefined {
  const name = service.name;
  if (!service.appId) return replyStatus(400, `${name} appId is null, may be not submitted to YARN yet`);
  const missing = names.filter((n) => !service.components.some((c) => c.name === n));
  if (missing.length > 0) {
    return replyStatus(400, style === "service" ? `${missing[0]} does not exist !` : `Components [${missing.join(", ")}] do not exist in app definition.`);
  }
  if (service.state === "ACCEPTED") return replyStatus(400, `${name} is at ACCEPTED state, flex can only be invoked when service is running`);
  if (service.yarnAppState) return replyStatus(400, `${name} is at ${service.yarnAppState} state, flex can only be invoked when service is running`);
  if (!FLEXIBLE_STATES.has(service.state)) {
    return replyStatus(400, `${name} is at ${service.state} state, flex can not be invoked when service is upgrading. `);
  }
  for (const component of service.components.filter((c) => names.includes(c.name))) {
    const policy = component.definition.restart_policy;
    if (policy === "ON_FAILURE" || policy === "NEVER") {
      return replyStatus(400, `Flex is not supported for component ${component.name} with restart_policy ${String(policy)}.`);
    }
  }
  return undefined;
}
