/** The in-memory model of the Hadoop Eco fake: clusters, their settings, and job-cluster requests. */
import { createHash } from "node:crypto";

export type ClusterStatus =
  | "Initializing"
  | "Creating"
  | "Installing"
  | "Running"
  | "Terminating"
  | "Terminated(User)"
  | "Terminated(User Command)"
  | "Terminated(Error)";
export type RequestStatus = "Accepted" | "Processing" | "Finished";
export type RequestResult = "Pending" | "Success" | "Failure";
export type NodeType = "MASTER" | "WORKER" | "TASK";
export const NODE_TYPES: readonly NodeType[] = ["MASTER", "WORKER", "TASK"];

export interface InstanceGroup {
  instanceGroupId: string;
  flavorId: string;
  flavorName: string;
  volumeSize: number;
  nodeCnt: number;
}

/** What a job-cluster call may change, and what the verbose request status shows. */
export interface ClusterSettings {
  groups: Record<NodeType, InstanceGroup>;
  config: { hdfsBlockSize: number; hdfsReplication: number; configText: string; userScript: string };
  userTask: {
    type: string;
    terminationPolicy: string;
    fileUrl: string;
    hiveQuery: string;
    deployMode: string;
    execOpts: string;
    execParams: string;
    logUrl: string;
  };
  securityGroupIds: string[];
}

export interface Cluster {
  id: string;
  name: string;
  /** `job`: has an Open API key and can be re-run; `open-api`: made by createCluster, no key. */
  kind: "job" | "open-api";
  status: ClusterStatus;
  apiKey?: string;
  clusterType: string;
  clusterVersion: string;
  isHa: boolean;
  installComponents: string[];
  imageName: string;
  keypairName: string;
  owner: string;
  settings: ClusterSettings;
  /** The request whose run currently drives the cluster's status. */
  activeRequestId?: string;
}

export interface JobRequest {
  id: string;
  clusterId: string;
  status: RequestStatus;
  result: RequestResult;
  /** The cluster's status as this request's run last left it. */
  clusterStatus: ClusterStatus;
  /** The settings this run uses (after the request's changes), frozen at acceptance. */
  settings: ClusterSettings;
}

export interface HadoopEcoState {
  clusters: Map<string, Cluster>;
  requests: Map<string, JobRequest>;
}

/** Statuses from which a job cluster may be re-run (documented). */
export const RERUNNABLE: ReadonlySet<ClusterStatus> = new Set(["Terminated(User)", "Terminated(User Command)"]);

export function isTerminated(status: ClusterStatus): boolean {
  return status.startsWith("Terminated(");
}

/** A stable UUID-shaped id derived from a text, for ids that must not change between calls. */
export function deriveUuid(seed: string): string {
  const hex = createHash("sha1").update(seed).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function makeGroup(clusterId: string, type: NodeType, flavorName: string, nodeCnt: number, volumeSize: number): InstanceGroup {
  return {
    instanceGroupId: deriveUuid(`${clusterId}/group/${type}`),
    flavorId: deriveUuid(`flavor/${flavorName}`),
    flavorName,
    volumeSize,
    nodeCnt,
  };
}

export function masterCountOf(isHa: boolean): number {
  return isHa ? 3 : 1;
}
