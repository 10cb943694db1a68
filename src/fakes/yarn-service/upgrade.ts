/**
 * Service upgrades (ServiceUpgrade.md): initiate (UPGRADING, UPGRADING_AUTO_FINALIZE or
 * EXPRESS_UPGRADING), upgrade components or single instances, cancel. An instance upgrade
 * takes one clock step (UPGRADING -> READY on the new version). When no instance is left to
 * upgrade the fake finalizes: the new definition and version take over and the service is
 * STABLE again. For UPGRADING the real AM waits for the REST finalize (PUT state STARTED,
 * ServiceClient.actionStartAndGetId); the fake finalizes on its own there too, and a STARTED
 * during UPGRADING finalizes when nothing is pending (finalizeIfUpgraded).
 */
import type { FakeReply, HandlerContext } from "../runtime/types.js";
import { buildComponents, flexComponents } from "./lifecycle.js";
import { UPGRADE_STATES, type ContainerRecord, type Json, type ServiceRecord, type UpgradeRecord, type YarnState } from "./model.js";
import { replyStatus } from "./replies.js";
import { moveComponent, moveContainer, moveService } from "./transitions.js";
import { validateServiceDefinition } from "./validate-service.js";

type Context = HandlerContext<YarnState>;
type UpgradeKind = UpgradeRecord["kind"];

/** PUT service with an upgrade state: ServiceClient.initiateUpgrade's checks, then NEEDS_UPGRADE everywhere. */
export function initiateUpgrade(context: Context, service: ServiceRecord, body: Json, kind: UpgradeKind): FakeReply {
  const name = service.name;
  const version = String(body.version ?? "");
  // ServiceClient.upgradePrecheck @670205c5, in its order; each a YarnException, 400 (ApiServer.updateService).
  if (version === service.version) return replyStatus(400, `${name} is already at version ${version}. There is nothing to upgrade.`);
  if (service.components.every((c) => c.definition.restart_policy === "NEVER")) {
    return replyStatus(400, `All the components of the service ${name} have NEVER restart policy, so it cannot be upgraded.`);
  }
  if (service.state !== "STABLE") return replyStatus(400, `${name} is at ${service.state} state and upgrade can only be initiated when service is STABLE.`);
  const definition: Json = { ...body, name, state: undefined };
  // upgradePrecheck -> ServiceApiUtil.validateAndResolveService: an IllegalArgumentException, 500 on the real
  // server (ApiServer.updateService catch Exception); the fake answers 400 (a client mistake).
  const problem = validateServiceDefinition(definition);
  if (problem) return replyStatus(400, problem);
  // The AM's UpgradeComponentsFinder refuses a changed component set; ServiceClient.initiateUpgrade relays it (400).
  const current = new Set(service.components.map((c) => c.name));
  const target = (definition.components as Json[]).map((c) => String(c.name));
  const added = target.find((n) => !current.has(n));
  const failed = `Failed to upgrade service ${name} to version ${version} because addition/deletion of components not supported by upgrade`;
  if (added !== undefined) return replyStatus(400, `${failed}. Could not find component ${added} in current service definition.`);
  if (target.length !== current.size) return replyStatus(400, failed); // a deleted component (message inferred)
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

/** ApiServer.processComponentsUpgrade / processContainersUpgrade: YarnException, 400. */
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
    // ServiceApiUtil.validateAndResolveCompsUpgrade: YarnException, 400.
    if (component.state !== "NEEDS_UPGRADE") return replyStatus(400, `The component (${component.name}) does not need an upgrade.`);
    containers.push(...component.containers.filter((c) => c.state === "NEEDS_UPGRADE" || c.state === "FAILED_UPGRADE"));
  }
  // ServiceClient.actionUpgrade returns EXIT_SUCCESS even for no instances, so ApiServer answers 202 (its 204 is unreachable).
  if (containers.length > 0) upgradeContainers(context, service, containers);
  return replyStatus(202, `Upgrading components ${names.join(",")}.`);
}

/** PUT .../component-instances or one instance with state UPGRADING. */
export function upgradeInstances(context: Context, service: ServiceRecord, containers: ContainerRecord[]): FakeReply {
  const notInitiated = checkUpgradeInitiated(service);
  if (notInitiated) return notInitiated;
  // ServiceApiUtil.validateInstancesUpgrade: YarnException, 400.
  const stale = containers.find((c) => c.state !== "NEEDS_UPGRADE" && c.state !== "FAILED_UPGRADE");
  if (stale) return replyStatus(400, `The component instance (${stale.instanceName}) does not need an upgrade.`);
  // ServiceClient.actionUpgrade returns EXIT_SUCCESS even for no instances: 202 (ApiServer's 204 is unreachable).
  if (containers.length > 0) upgradeContainers(context, service, containers);
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

/** PUT state STARTED during UPGRADING (ServiceClient.actionStartAndGetId): finalize when no instance is pending. */
export function finalizeIfUpgraded(context: Context, service: ServiceRecord): void {
  const pending = service.components.some((c) => c.containers.some((k) => k.state === "NEEDS_UPGRADE" || k.state === "UPGRADING" || k.state === "FAILED_UPGRADE"));
  if (service.upgrade && !pending) finalizeUpgrade(context, service);
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
  // ServiceClient.actionCancelUpgrade: ServiceState.isUpgrading (UPGRADING, UPGRADING_AUTO_FINALIZE, EXPRESS_UPGRADING); YarnException, 400.
  if (!upgrade || !UPGRADE_STATES.has(service.state)) {
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
