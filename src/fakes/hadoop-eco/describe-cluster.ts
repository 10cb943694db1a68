/** Views of the model in the spec's response shapes: request status (short and verbose) and VMs. */
import { deriveUuid, NODE_TYPES, type Cluster, type ClusterStatus, type JobRequest, type NodeType } from "./model.js";

/** verbose=false (or absent): the five documented fields. */
export function describeRequestShort(cluster: Cluster, request: JobRequest) {
  return {
    clusterId: cluster.id,
    clusterName: cluster.name,
    requestId: request.id,
    requestStatus: request.status,
    requestResult: request.result,
  };
}

/** verbose=true: the cluster description with the settings of this request's run. */
export function describeRequestVerbose(cluster: Cluster, request: JobRequest) {
  const { groups, config, userTask, securityGroupIds } = request.settings;
  return {
    ...describeRequestShort(cluster, request),
    clusterStatus: request.clusterStatus,
    clusterType: cluster.clusterType,
    clusterVersion: cluster.clusterVersion,
    isHa: cluster.isHa,
    installComponents: [...cluster.installComponents],
    masterInfo: [{ ...groups.MASTER }],
    workerInfo: [{ ...groups.WORKER }],
    taskInfo: [{ ...groups.TASK }],
    imageName: cluster.imageName,
    securityGroupIds: [...securityGroupIds],
    keypairName: cluster.keypairName,
    owner: cluster.owner,
    config: { ...config },
    userTask: { ...userTask },
  };
}

/** VM status by cluster status; no VMs exist before Creating or once Terminated (inferred). */
const VM_STATUS: Record<ClusterStatus, string | undefined> = {
  Initializing: undefined,
  Creating: "BUILD",
  Installing: "ACTIVE",
  Running: "ACTIVE",
  Terminating: "DELETING",
  "Terminated(User)": undefined,
  "Terminated(User Command)": undefined,
  "Terminated(Error)": undefined,
};

const NAME_PART: Record<NodeType, string> = { MASTER: "HadoopMST", WORKER: "HadoopWRK", TASK: "HadoopTSK" };

/** The VMs of a cluster, one per node of each instance group, with stable ids and addresses. */
export function listVms(cluster: Cluster) {
  const status = VM_STATUS[cluster.status];
  if (!status) return [];
  return NODE_TYPES.flatMap((type, groupIndex) => {
    const group = cluster.settings.groups[type];
    return Array.from({ length: group.nodeCnt }, (_, i) => ({
      id: deriveUuid(`${cluster.id}/vm/${type}/${i}`),
      name: `${cluster.name}-${NAME_PART[type]}-${i + 1}`,
      nodeType: type,
      flavorName: group.flavorName,
      status,
      privateIp: `10.${groupIndex}.${Math.floor(i / 200)}.${(i % 200) + 10}`,
    }));
  });
}
