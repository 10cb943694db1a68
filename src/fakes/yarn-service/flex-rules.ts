/**
 * When the real ServiceClient refuses a flex, in its order (application id, component names,
 * RM application state, upgrade state) and with its messages (ServiceClient.actionFlex /
 * flexByRestService / flexComponents @670205c5). The status differs per endpoint on the real
 * server: PUT service answers a YarnException with 400 but an IllegalArgumentException (unknown
 * component) with 500; PUT component answers every one of them with 500 (updateComponent maps
 * UndeclaredThrowableException to 500). The fake answers 400: these are the client's mistakes.
 */
import type { FakeReply } from "../runtime/types.js";
import { isLive, type ServiceRecord } from "./model.js";
import { replyStatus } from "./replies.js";

const UPGRADING = new Set(["UPGRADING", "UPGRADING_AUTO_FINALIZE"]);

/** The RM application state behind the service, as ServiceClient reads it (getApplicationReport). */
export function yarnAppStateOf(service: ServiceRecord): string {
  if (service.state === "ACCEPTED") return "ACCEPTED";
  if (isLive(service)) return "RUNNING";
  return service.yarnAppState ?? (service.state === "FAILED" ? "FAILED" : "FINISHED");
}

/** `style`: the PUT-service flex names one missing component, the component flex lists them. */
export function checkFlex(service: ServiceRecord, names: string[], style: "service" | "component"): FakeReply | undefined {
  const name = service.name;
  // ServiceClient.actionFlex / flexByRestService: a saved definition without an application id (YarnException).
  if (!service.appId) return replyStatus(400, `${name} appId is null, may be not submitted to YARN yet`);
  const missing = names.filter((n) => !service.components.some((c) => c.name === n));
  if (missing.length > 0) {
    // actionFlex: IllegalArgumentException "<c> does not exist !"; flexComponents: YarnException "Components [..] do not exist ...".
    return replyStatus(400, style === "service" ? `${missing[0]} does not exist !` : `Components [${missing.join(", ")}] do not exist in app definition.`);
  }
  // ServiceClient.flexComponents: the RM application must be RUNNING.
  const yarnState = yarnAppStateOf(service);
  if (yarnState !== "RUNNING") return replyStatus(400, `${name} is at ${yarnState} state, flex can only be invoked when service is running`);
  // ServiceClient.flexComponents: only UPGRADING and UPGRADING_AUTO_FINALIZE are refused (the trailing blank is the server's).
  if (UPGRADING.has(service.state)) return replyStatus(400, `${name} is at ${service.state} state, flex can not be invoked when service is upgrading. `);
  for (const component of service.components.filter((c) => names.includes(c.name))) {
    const policy = component.definition.restart_policy;
    // YarnServiceAPI.md: "Flexing is not supported for components which have restart_policy=ON_FAILURE/NEVER";
    // the enforcing code and its message were not found upstream, so the message is the fake's.
    if (policy === "ON_FAILURE" || policy === "NEVER") {
      return replyStatus(400, `Flex is not supported for component ${component.name} with restart_policy ${String(policy)}.`);
    }
  }
  return undefined;
}
