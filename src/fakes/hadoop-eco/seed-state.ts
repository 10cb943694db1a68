/**
 * The fake's starting point: one job cluster in `Terminated(User)` whose id is
 * HADOOP_ECO_CLUSTER_ID and whose Open API key is HADOOP_ECO_API_KEY. Also the builders the
 * Open API create handler and the provider states use.
 */
import type { Credentials } from "../../spec/credentials.js";
import { deriveUuid, makeGroup, masterCountOf, type Cluster, type ClusterStatus, type HadoopEcoState } from "./model.js";

export const SEEDED_CLUSTER_NAME = "hde-job-cluster";
export const DEFAULT_FLAVOR = "m2a.xlarge";

export function createInitialState(credentials: Credentials): HadoopEcoState {
  const cluster = buildJobCluster(credentials);
  return { clusters: new Map([[cluster.id, cluster]]), requests: new Map() };
}

/** The seeded job cluster (Core Hadoop with Spark job scheduling), fresh. */
export function buildJobCluster(credentials: Credentials, status: ClusterStatus = "Terminated(User)"): Cluster {
  const id = credentials.hadoopEcoClusterId;
  return {
    id,
    name: SEEDED_CLUSTER_NAME,
    kind: "job",
    status,
    apiKey: credentials.hadoopEcoApiKey,
    clusterType: "Core Hadoop",
    clusterVersion: "hde-2.0.1",
    isHa: false,
    installComponents: ["Hadoop", "Hive", "Spark", "Tez"],
    imageName: "HDE-2.0.1",
    keypairName: "my-keypair",
    owner: "user@example.com",
    settings: {
      groups: {
        MASTER: makeGroup(id, "MASTER", DEFAULT_FLAVOR, 1, 100),
        WORKER: makeGroup(id, "WORKER", DEFAULT_FLAVOR, 2, 100),
        TASK: makeGroup(id, "TASK", DEFAULT_FLAVOR, 0, 100),
      },
      config: { hdfsBlockSize: 128, hdfsReplication: 2, configText: "", userScript: "" },
      userTask: {
        type: "spark",
        terminationPolicy: "always",
        fileUrl: "s3a://my-bucket/jobs/wordcount.jar",
        hiveQuery: "",
        deployMode: "cluster",
        execOpts: "",
        execParams: "",
        logUrl: "s3a://my-bucket/logs/",
      },
      // Issuing the Open API key creates a dedicated security group (documented).
      securityGroupIds: [deriveUuid(`${id}/open-api-key-security-group`)],
    },
  };
}

/** The fields of an Open API create body the fake keeps (the spec's ClusterCreateRequest). */
export interface OpenApiClusterInput {
  name: string;
  clusterType: string;
  clusterVersion: string;
  isHa?: boolean;
  keypairName?: string;
  masterFlavorName?: string;
  masterVolumeSize?: number;
  workerCnt?: number;
  workerFlavorName?: string;
  workerVolumeSize?: number;
  securityGroupIds?: string[];
}

/** A cluster made by the Open API: no Open API key, no job scheduling. Defaults are inferred. */
export function buildOpenApiCluster(id: string, input: OpenApiClusterInput, owner: string, status: ClusterStatus = "Initializing"): Cluster {
  const isHa = input.isHa ?? false;
  const masterFlavor = input.masterFlavorName ?? DEFAULT_FLAVOR;
  const workerFlavor = input.workerFlavorName ?? DEFAULT_FLAVOR;
  const workerCnt = input.workerCnt ?? 2;
  return {
    id,
    name: input.name,
    kind: "open-api",
    status,
    clusterType: input.clusterType,
    clusterVersion: input.clusterVersion,
    isHa,
    installComponents: ["Hadoop", "Hive", "Spark", "Tez"],
    imageName: input.clusterVersion.toUpperCase(),
    keypairName: input.keypairName ?? "",
    owner,
    settings: {
      groups: {
        MASTER: makeGroup(id, "MASTER", masterFlavor, masterCountOf(isHa), input.masterVolumeSize ?? 100),
        WORKER: makeGroup(id, "WORKER", workerFlavor, workerCnt, input.workerVolumeSize ?? 100),
        TASK: makeGroup(id, "TASK", workerFlavor, 0, input.workerVolumeSize ?? 100),
      },
      config: { hdfsBlockSize: 128, hdfsReplication: Math.min(3, workerCnt), configText: "", userScript: "" },
      userTask: { type: "", terminationPolicy: "", fileUrl: "", hiveQuery: "", deployMode: "", execOpts: "", execParams: "", logUrl: "" },
      securityGroupIds: input.securityGroupIds ?? [deriveUuid(`${id}/security-group`)],
    },
  };
}
