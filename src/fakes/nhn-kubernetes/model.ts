/**
 * The in-memory registry of the NKS fake: clusters (Magnum Cluster with NKS labels), their node
 * groups and nodes, operation events, installed add-ons, and the add-on catalogue.
 */

/** Magnum's ClusterStatus (specs/nhn-kubernetes.yaml `ClusterStatus`). */
export type ClusterStatus =
  | "CREATE_IN_PROGRESS" | "CREATE_FAILED" | "CREATE_COMPLETE"
  | "UPDATE_IN_PROGRESS" | "UPDATE_FAILED" | "UPDATE_COMPLETE"
  | "DELETE_IN_PROGRESS" | "DELETE_FAILED" | "DELETE_COMPLETE"
  | "RESUME_COMPLETE" | "RESUME_FAILED" | "RESTORE_COMPLETE"
  | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_FAILED" | "ROLLBACK_COMPLETE"
  | "SNAPSHOT_COMPLETE" | "CHECK_COMPLETE" | "ADOPT_COMPLETE";

export type EventState = "IN_PROGRESS" | "SUCCESS" | "FAIL";

export interface Node {
  uuid: string;
  address: string;
  stopped: boolean;
}

export interface NodeGroup {
  id: number;
  uuid: string;
  name: string;
  role: "master" | "worker";
  isDefault: boolean;
  flavorId: string;
  imageId: string;
  /** Wanted size; `nodes` catches up when the running operation completes. */
  nodeCount: number;
  minNodeCount: number;
  maxNodeCount: number | null;
  labels: Record<string, unknown>;
  nodes: Node[];
  status: ClusterStatus;
  statusReason: string | null;
  stackId: string;
  version: string;
  createdAt: string;
  updatedAt: string | null;
}

export interface ClusterEvent {
  id: number;
  uuid: string;
  clusterUuid: string;
  resourceUuid: string;
  resourceName: string;
  resourceType: "cluster" | "nodegroup";
  type: string;
  state: EventState;
  details: string | null;
  /** Why a failed event failed (default: superseded by another operation). */
  contents?: string;
  createdAt: string;
  updatedAt: string | null;
}

export interface InstalledAddon {
  uuid: string;
  name: string;
  type: string;
  version: string;
  options: Record<string, unknown>;
  status: string;
  createdAt: string;
  updatedAt: string | null;
}

export interface IpAcl {
  enable: boolean;
  action?: "ALLOW" | "DENY";
  targets?: Array<Record<string, unknown>>;
}

export interface Cluster {
  uuid: string;
  name: string;
  status: ClusterStatus;
  statusReason: string | null;
  healthStatus: "HEALTHY" | "UNKNOWN" | null;
  keypair: string;
  flavorId: string;
  fixedNetwork: string;
  fixedSubnet: string;
  createTimeout: number;
  labels: Record<string, unknown>;
  apiAddress: string | null;
  coeVersion: string;
  stackId: string;
  nodeGroups: NodeGroup[];
  events: ClusterEvent[];
  addons: InstalledAddon[];
  ipAcl: IpAcl;
  /** Bumped when an operation starts, so a superseded operation's completion does nothing. */
  operation: number;
  createdAt: string;
  updatedAt: string | null;
}

export interface AddonTypeEntry {
  uuid: string;
  name: string;
  mandatory: boolean;
}

/** One catalogue add-on version, in the shape of the spec's `Addon`. */
export interface CatalogueAddon {
  uuid: string;
  type: string;
  version: string;
  name: string;
  option_schemas: Array<Record<string, unknown>>;
  k8s_min_version: string | null;
  k8s_max_version: string | null;
  description: string;
}

export interface NksState {
  projectId: string;
  userId: string;
  /** Keyed by UUID, in creation order. */
  clusters: Map<string, Cluster>;
  addonTypes: AddonTypeEntry[];
  catalogue: CatalogueAddon[];
  nextNodeGroupId: number;
  nextEventId: number;
  /** Serial for node addresses (10.0.x.y). */
  nextAddress: number;
}

export const COMPLETE_STATES: ReadonlySet<ClusterStatus> = new Set([
  "CREATE_COMPLETE", "UPDATE_COMPLETE", "RESUME_COMPLETE", "RESTORE_COMPLETE",
  "ROLLBACK_COMPLETE", "SNAPSHOT_COMPLETE", "CHECK_COMPLETE", "ADOPT_COMPLETE",
]);

export const DEFAULT_MASTER = "default-master";
export const DEFAULT_WORKER = "default-worker";

export function workerGroups(cluster: Cluster): NodeGroup[] {
  return cluster.nodeGroups.filter((ng) => ng.role === "worker");
}

export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "+00:00");
}
