/**
 * Service upgrades (ServiceUpgrade.md): initiate (UPGRADING, UPGRADING_AUTO_FINALIZE or
 * EXPRESS_UPGRADING), upgrade components or single instances, cancel. An instance upgrade
 * takes one clock step (UPGRADING -> READY on the new version). When no instance is left to
 * upgrade the fake finalizes: the new definition and version take over and the service is
 * STABLE again (the REST API has no finalize call, so this happens for UPGRADING too).
 */
import type { FakeReply, HandlerContext } from "../runtime/types.js";
import { buildComponents, flexComponents } from "./lifecycle.js";
import type { ContainerRecord, Json, ServiceRecord, UpgradeRecord, YarnState } from "./model.js";
import { NO_CONTENT, replyStatus } from "./replies.js";
import { moveComponent, moveContainer, moveService } from "./transitions.js";
import { validateServiceDefinition } from "./validate-service.js";

type Context = HandlerContext<YarnState>;
type UpgradeKind = UpgradeRecord["kind"];

/** PUT service with an upgrade state: ServiceClient.initiateUpgrade's checks, then NEEDS_UPGRADE everywhere. */
export function initiateUpgrade(context: Context, service: ServiceRecord, body: Json, kind: UpgradeKind): FakeReply {
  const name = service.name;
  const version = String(body.version ?? "");
  if (version === service.version) return replyStatus(400, `${name} is already at version ${version}. There is nothing to upgrade.`);
  if (service.state !== "STABLE") return replyStatus(400, `${name} is at ${service.state} state, upgrade can not be invoked when service is STABLE.`);
  const definition: Json = { ...body, name, state: undefined };
  const problem = validateServiceDefinition(definition);
  if (problem) return replyStatus(400, problem);
  const newNames = (definition.components as Json[]).map((c) => String(c.name)).sort().join(",");
  if (newNames !== service.components.map((c) => c.name).sort().join(",")) {
    return replyStatus(400, `The upgrade of service ${name} must keep its components (${service.components.map((c) => c.name).join(",")}).`);
  }
  const upgrade: UpgradeRecord = { kind, version, definition, previousVersion: service.version };
  service.upgrade = upgrade;
  moveService(service, kind);
  for (const component of service.components.filter((c) => c.containers.length > 0)) {
    moveComponent(component, "NEEDS_UPGRADE");
    for (const container of component.containers) moveContainer(container, "NEEDS_UPGRADE");
  }
  const all = service.components.flatMap((c) => c.containers);
  if (kind === "EXPRESS_UPGRADING" || all.length === 0) upgradeContainers(context, service, all);
  return replyStatus(202, `Service ${name} version ${version} saved.`, "ACCEPTED");
}

export function checkUpgradeInitiated(service: ServiceRecord): FakeReply | undefined {
  return service.state === "UPGRADING" || service.state === "UPGRADING_AUTO_FINALIZE"
    ? undefined
    : replyStatus(400, `The upgrade of service ${service.name} has not been initiated.`);
}

/** PUT .../components (or a component with state UPGRADING): every instance of the named components. */
export function upgradeComponentsNamed(context: Context, service: ServiceRecord, names: string[]): FakeReply {
  const notInitiated = checkUpgradeInitiated(service);
  if (notInitiated) return notInitiated;
  const containers: ContainerRecord[] = [];
  for (const component of service.components.filter((c) => names.includes(c.name))) {
    if (component.state !== "NEEDS_UPGRADE") return replyStatus(400, `The component (${component.name}) does not need an upgrade.`);
    containers.push(...component.containers.filter((c) => c.state === "NEEDS_UPGRADE"));
  }
  if (containers.length === 0) return NO_CONTENT;
  upgradeContainers(context, service, containers);
  return replyStatus(202, `Upgrading components ${names.join(",")}.`);
}

/** PUT .../component-instances or one instance with state UPGRADING. */
export function upgradeInstances(context: Context, service: ServiceRecord, containers: ContainerRecord[]): FakeReply {
  const notInitiated = checkUpgradeInitiated(service);
  if (notInitiated) return notInitiated;
  const stale = containers.find((c) => c.state !== "NEEDS_UPGRADE" && c.state !== "FAILED_UPGRADE");
  if (stale) return replyStatus(400, `The component instance (${stale.instanceName}) does not need an upgrade.`);
  if (containers.length === 0) return NO_CONTENT;
  upgradeContainers(context, service, containers);
  return replyStatus(202, `Upgrading component instances ${containers.map((c) => c.id).join(",")}.`);
}

function upgradeContainers(context: Context, service: ServiceRecord, containers: ContainerRecord[]): void {
  const upgrade = service.upgrade!;
  for (const container of containers) moveContainer(container, "UPGRADING");
  for (const component of service.components) {
    if (component.containers.some((c) => containers.includes(c))) moveComponent(component, "UPGRADING");
  }
  const state = context.state;
  context.after(1, () => {
    if (state.services.get(service.name) !== service || service.upgrade !== upgrade || service.state === "CANCEL_UPGRADING") return;
    for (const container of containers) {
      moveContainer(container, "READY");
      container.version = upgrade.version;
    }
    for (const component of service.components) {
      if (component.state !== "UPGRADING") continue;
      const pending = component.containers.some((c) => c.state === "NEEDS_UPGRADE" || c.state === "UPGRADING" || c.state === "FAILED_UPGRADE");
      if (!pending || !component.containers.some((c) => c.state === "UPGRADING")) moveComponent(component, pending ? "NEEDS_UPGRADE" : "STABLE");
    }
    if (service.components.every((c) => c.state === "STABLE")) finalizeUpgrade(context, service);
  });
}

function finalizeUpgrade(context: Context, service: ServiceRecord): void {
  const upgrade = service.upgrade!;
  const next = new Map(buildComponents(upgrade.definition).map((c) => [c.name, c]));
  service.version = upgrade.version;
  service.definition = { ...service.definition, ...Object.fromEntries(Object.entries(upgrade.definition).filter(([k]) => !["components", "state", "name"].includes(k))) };
  service.upgrade = undefined;
  moveService(service, "STABLE");
  const counts = new Map<(typeof service.components)[number], number>();
  for (const component of service.components) {
    const updated = next.get(component.name)!;
    component.definition = updated.definition;
    if (updated.desired !== component.desired) counts.set(component, updated.desired);
  }
  if (counts.size > 0) flexComponents(context, service, counts);
}

/** PUT service with state CANCEL_UPGRADING: back to the old version in one step. */
export function cancelUpgrade(context: Context, service: ServiceRecord): FakeReply {
  const upgrade = service.upgrade;
  if (!upgrade || !(service.state === "UPGRADING" || service.state === "UPGRADING_AUTO_FINALIZE")) {
    return replyStatus(400, `Service ${service.name} is not upgrading, so nothing to cancel.`);
  }
  moveService(service, "CANCEL_UPGRADING");
  const state = context.state;
  context.after(1, () => {
    if (state.services.get(service.name) !== service || service.upgrade !== upgrade) return;
    for (const component of service.components) {
      for (const container of component.containers) {
        moveContainer(container, "READY");
        container.version = upgrade.previousVersion;
      }
      moveComponent(component, "STABLE");
    }
    service.upgrade = undefined;
    moveService(service, "STABLE");
  });
  return replyStatus(202, `Service ${service.name} cancelling upgrade.`, "ACCEPTED");
}
