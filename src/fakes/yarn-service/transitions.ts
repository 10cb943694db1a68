/**
 * Every state change of the fake goes through these functions, which allow only the moves the
 * spec's `x-state-transitions` list (transitions.test.ts checks the tables against the spec).
 * A move outside the table is a bug in the fake: it throws, the runtime answers 500 and
 * records a violation, so tests notice.
 */
import type { ComponentRecord, ComponentState, ContainerRecord, ContainerState, ServiceRecord, ServiceState } from "./model.js";

export const SERVICE_TRANSITIONS: Readonly<Record<ServiceState, readonly ServiceState[]>> = {
  ACCEPTED: ["STARTED", "STABLE", "FLEX", "STOPPED", "FAILED", "SUCCEEDED"],
  STARTED: ["STABLE", "FLEX", "UPGRADING", "UPGRADING_AUTO_FINALIZE", "EXPRESS_UPGRADING", "STOPPED", "FAILED", "SUCCEEDED"],
  STABLE: ["STARTED", "FLEX", "UPGRADING", "UPGRADING_AUTO_FINALIZE", "EXPRESS_UPGRADING", "STOPPED", "FAILED", "SUCCEEDED"],
  FLEX: ["STARTED", "STABLE", "STOPPED", "FAILED", "SUCCEEDED"],
  UPGRADING: ["STABLE", "STARTED", "CANCEL_UPGRADING", "STOPPED", "FAILED"],
  UPGRADING_AUTO_FINALIZE: ["STABLE", "STARTED", "CANCEL_UPGRADING", "STOPPED", "FAILED"],
  EXPRESS_UPGRADING: ["STABLE", "STARTED", "CANCEL_UPGRADING", "STOPPED", "FAILED"],
  CANCEL_UPGRADING: ["STABLE", "STARTED", "STOPPED", "FAILED"],
  STOPPED: ["ACCEPTED", "STARTED", "STABLE", "FLEX", "FAILED"],
  FAILED: ["ACCEPTED", "STARTED", "STABLE", "FLEX", "STOPPED"],
  SUCCEEDED: ["ACCEPTED", "STARTED", "STABLE", "FLEX", "STOPPED"],
};

export const COMPONENT_TRANSITIONS: Readonly<Record<ComponentState, readonly ComponentState[]>> = {
  FLEXING: ["STABLE", "NEEDS_UPGRADE", "UPGRADING", "SUCCEEDED", "FAILED"],
  STABLE: ["FLEXING", "NEEDS_UPGRADE", "UPGRADING", "SUCCEEDED", "FAILED"],
  NEEDS_UPGRADE: ["UPGRADING", "STABLE", "FLEXING", "FAILED"],
  UPGRADING: ["STABLE", "FLEXING", "NEEDS_UPGRADE", "FAILED"],
  SUCCEEDED: ["FLEXING", "STABLE"],
  FAILED: ["FLEXING", "STABLE"],
};

export const CONTAINER_TRANSITIONS: Readonly<Record<ContainerState, readonly ContainerState[]>> = {
  RUNNING_BUT_UNREADY: ["READY", "STOPPED", "NEEDS_UPGRADE", "UPGRADING", "SUCCEEDED", "FAILED"],
  READY: ["RUNNING_BUT_UNREADY", "STOPPED", "NEEDS_UPGRADE", "UPGRADING", "SUCCEEDED", "FAILED"],
  NEEDS_UPGRADE: ["UPGRADING", "READY", "RUNNING_BUT_UNREADY", "STOPPED", "SUCCEEDED", "FAILED"],
  UPGRADING: ["READY", "RUNNING_BUT_UNREADY", "FAILED_UPGRADE", "STOPPED", "SUCCEEDED", "FAILED"],
  FAILED_UPGRADE: ["UPGRADING", "READY", "RUNNING_BUT_UNREADY", "STOPPED", "FAILED"],
  STOPPED: ["RUNNING_BUT_UNREADY", "READY"],
  SUCCEEDED: ["RUNNING_BUT_UNREADY", "READY"],
  FAILED: ["RUNNING_BUT_UNREADY", "READY"],
};

function checkMove<T extends string>(table: Readonly<Record<T, readonly T[]>>, kind: string, from: T, to: T): void {
  if (from !== to && !table[from].includes(to)) throw new Error(`${kind} state ${from} -> ${to} is not in x-state-transitions`);
}

export function moveService(service: ServiceRecord, to: ServiceState): void {
  checkMove(SERVICE_TRANSITIONS, "service", service.state, to);
  service.state = to;
}

export function moveComponent(component: ComponentRecord, to: ComponentState): void {
  checkMove(COMPONENT_TRANSITIONS, "component", component.state, to);
  component.state = to;
}

export function moveContainer(container: ContainerRecord, to: ContainerState): void {
  checkMove(CONTAINER_TRANSITIONS, "container", container.state, to);
  container.state = to;
}
