/**
 * The service lifecycle on the fake's clock. A launch or a flex schedules two steps:
 *   step 1 (allocate): ACCEPTED -> STARTED; each component gets or loses containers until it
 *                      has `number_of_containers`; new containers are RUNNING_BUT_UNREADY;
 *   step 2 (ready):    containers READY, components FLEXING -> STABLE, service -> STABLE.
 * Both steps converge towards the desired counts, so overlapping flexes are safe. Stop and
 * destroy take effect at once; steps scheduled for an earlier application are ignored.
 */
import type { HandlerContext } from "../runtime/types.js";
import { assignApplication, createContainer, nextInstanceName } from "./ids.js";
import { isLive, type ComponentRecord, type Json, type ServiceRecord, type YarnState } from "./model.js";
import { moveComponent, moveContainer, moveService } from "./transitions.js";
import { resolveComponent } from "./validate-service.js";

type Context = HandlerContext<YarnState>;

const READ_ONLY_SERVICE = ["components", "state", "id", "launch_time", "number_of_running_containers", "lifetime", "name", "version"];
const READ_ONLY_COMPONENT = ["containers", "state", "decommissioned_instances"];

function omit(value: Json, keys: string[]): Json {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

/** Components of a (validated) definition, resolved against the service-level values. */
export function buildComponents(body: Json): ComponentRecord[] {
  return (body.components as Json[]).map((raw) => {
    const definition = omit(resolveComponent(raw, body), READ_ONLY_COMPONENT);
    return { name: String(raw.name), definition, desired: Number(raw.number_of_containers), state: "FLEXING", containers: [], decommissioned: [] };
  });
}

/** A service record from a validated create body: ACCEPTED (to be launched) or STOPPED (saved only). */
export function buildService(body: Json, owner: string, saveOnly: boolean): ServiceRecord {
  const lifetime = typeof body.lifetime === "number" && body.lifetime > 0 ? body.lifetime : undefined;
  return {
    name: String(body.name),
    owner,
    version: String(body.version),
    definition: omit(body, READ_ONLY_SERVICE),
    components: buildComponents(body),
    state: saveOnly ? "STOPPED" : "ACCEPTED",
    appSeq: 0,
    nextContainer: 2,
    launchTime: 0,
    lifetimeSeconds: lifetime,
  };
}

/** Submit a new YARN application for the service (create, or start after a stop). */
export function launchService(context: Context, service: ServiceRecord): string {
  const appId = assignApplication(context.state, service);
  if (service.state !== "ACCEPTED") moveService(service, "ACCEPTED");
  service.yarnAppState = undefined;
  service.launchTime = context.now();
  service.expiresAt = service.lifetimeSeconds ? service.launchTime + service.lifetimeSeconds * 1000 : undefined;
  for (const component of service.components) moveComponent(component, "FLEXING");
  scheduleConverge(context, service);
  return appId;
}

/** Run the allocate and ready steps on the clock for the service's current application. */
export function scheduleConverge(context: Context, service: ServiceRecord): void {
  const state = context.state;
  const appId = service.appId;
  const current = () => state.services.get(service.name) === service && service.appId === appId && isLive(service);
  context.after(1, () => current() && allocateContainers(state, service, context.now()));
  context.after(2, () => current() && markReady(service));
}

export function allocateContainers(state: YarnState, service: ServiceRecord, now: number): void {
  if (service.state === "ACCEPTED") moveService(service, "STARTED");
  for (const component of service.components) {
    const before = component.containers.length;
    component.containers = component.containers.filter((c) => !component.decommissioned.includes(c.instanceName));
    component.containers.sort((a, b) => instanceIndex(a.instanceName) - instanceIndex(b.instanceName));
    if (component.containers.length > component.desired) component.containers.length = component.desired;
    while (component.containers.length < component.desired) {
      component.containers.push(createContainer(state, service, nextInstanceName(component), now));
    }
    if (component.containers.length !== before && component.state === "STABLE") moveComponent(component, "FLEXING");
  }
}

export function markReady(service: ServiceRecord): void {
  for (const component of service.components) {
    for (const container of component.containers) if (container.state === "RUNNING_BUT_UNREADY") moveContainer(container, "READY");
    if (component.state === "FLEXING" && component.containers.length === component.desired) moveComponent(component, "STABLE");
  }
  const settled = service.components.every((c) => c.state === "STABLE");
  if (settled && (service.state === "STARTED" || service.state === "FLEX")) moveService(service, "STABLE");
}

/**
 * Ask for new instance counts; the containers follow on the next clock steps. ServiceClient
 * refuses a flex only in UPGRADING and UPGRADING_AUTO_FINALIZE, so a flex can also arrive during
 * an express upgrade or a cancel: then only the counts change and the states stay.
 */
export function flexComponents(context: Context, service: ServiceRecord, counts: Map<ComponentRecord, number>): void {
  const upgrading = service.state === "EXPRESS_UPGRADING" || service.state === "CANCEL_UPGRADING";
  for (const [component, count] of counts) {
    if (component.desired === count) continue;
    component.desired = count;
    if (!upgrading) moveComponent(component, "FLEXING");
  }
  if (!upgrading) moveService(service, "FLEX");
  scheduleConverge(context, service);
}

/** Stop the YARN application: containers go away, the definition stays. */
export function stopService(service: ServiceRecord, yarnAppState: "FINISHED" | "KILLED"): void {
  moveService(service, "STOPPED");
  service.yarnAppState = yarnAppState;
  service.expiresAt = undefined;
  service.upgrade = undefined;
  for (const component of service.components) component.containers = [];
}

/** YARN ends an application whose lifetime ran out (checked whenever the service is looked up). */
export function expireLifetime(service: ServiceRecord, now: number): void {
  if (isLive(service) && service.expiresAt !== undefined && now >= service.expiresAt) stopService(service, "KILLED");
}

export function instanceIndex(instanceName: string): number {
  return Number(instanceName.slice(instanceName.lastIndexOf("-") + 1));
}
