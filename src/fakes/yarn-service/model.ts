/**
 * The in-memory model of the YARN service fake: services as the ResourceManager and the
 * service AM know them, with their components and the containers of each component instance.
 * Wire shapes (what GET answers) are built from this by render-service.ts.
 */

export type ServiceState =
  | "ACCEPTED" | "STARTED" | "STABLE" | "STOPPED" | "FAILED" | "FLEX" | "UPGRADING"
  | "UPGRADING_AUTO_FINALIZE" | "EXPRESS_UPGRADING" | "SUCCEEDED" | "CANCEL_UPGRADING";
export type ComponentState = "FLEXING" | "STABLE" | "NEEDS_UPGRADE" | "UPGRADING" | "SUCCEEDED" | "FAILED";
export type ContainerState =
  | "RUNNING_BUT_UNREADY" | "READY" | "STOPPED" | "NEEDS_UPGRADE" | "UPGRADING" | "SUCCEEDED" | "FAILED" | "FAILED_UPGRADE";

export const CONTAINER_STATES: readonly ContainerState[] = [
  "RUNNING_BUT_UNREADY", "READY", "STOPPED", "NEEDS_UPGRADE", "UPGRADING", "SUCCEEDED", "FAILED", "FAILED_UPGRADE",
];

/** A JSON object as the client sent it (Service, Component). */
export type Json = Record<string, unknown>;

export interface ContainerRecord {
  id: string;
  instanceName: string;
  ip: string;
  hostname: string;
  bareHost: string;
  launchTime: number;
  state: ContainerState;
  /** Service version the instance runs (the component-instance `version` filter). */
  version: string;
}

export interface ComponentRecord {
  name: string;
  /** The component as submitted, with service-level artifact/resource filled in. */
  definition: Json;
  desired: number;
  state: ComponentState;
  containers: ContainerRecord[];
  decommissioned: string[];
}

export interface UpgradeRecord {
  kind: "UPGRADING" | "UPGRADING_AUTO_FINALIZE" | "EXPRESS_UPGRADING";
  version: string;
  /** The new service definition (validated). */
  definition: Json;
  /** Service state to return to when the upgrade is cancelled. */
  previousVersion: string;
}

export interface ServiceRecord {
  name: string;
  owner: string;
  version: string;
  /** The service as submitted (without components, state and read-only fields). */
  definition: Json;
  components: ComponentRecord[];
  state: ServiceState;
  /** YARN application id of the current attempt; undefined until first launched (saved only). */
  appId?: string;
  /** YARN application state behind `state` when stopped (for the real server's messages). */
  yarnAppState?: "FINISHED" | "KILLED";
  appSeq: number;
  nextContainer: number;
  launchTime: number;
  /** Lifetime in seconds from the definition; undefined = unlimited (-1). */
  lifetimeSeconds?: number;
  /** Epoch ms at which YARN ends the running application; undefined = unlimited. */
  expiresAt?: number;
  upgrade?: UpgradeRecord;
}

export interface YarnState {
  /** The ResourceManager's start time, the middle part of application and container ids. */
  clusterTimestamp: number;
  nextAppSeq: number;
  nextHost: number;
  services: Map<string, ServiceRecord>;
}

export function createYarnState(now: number): YarnState {
  return { clusterTimestamp: now, nextAppSeq: 1, nextHost: 0, services: new Map() };
}

/** States in which the service has a live YARN application (AM running or starting). */
export const LIVE_STATES: ReadonlySet<ServiceState> = new Set([
  "ACCEPTED", "STARTED", "STABLE", "FLEX", "UPGRADING", "UPGRADING_AUTO_FINALIZE", "EXPRESS_UPGRADING", "CANCEL_UPGRADING",
]);

export const UPGRADE_STATES: ReadonlySet<ServiceState> = new Set(["UPGRADING", "UPGRADING_AUTO_FINALIZE", "EXPRESS_UPGRADING"]);

export function isLive(service: ServiceRecord): boolean {
  return LIVE_STATES.has(service.state);
}

export function findComponent(service: ServiceRecord, name: string): ComponentRecord | undefined {
  return service.components.find((c) => c.name === name);
}

export function countRunning(service: ServiceRecord): number {
  return service.components.reduce((sum, c) => sum + c.containers.length, 0);
}
