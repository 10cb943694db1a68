/**
 * Every payload of the Hadoop Eco seed documents (and the ones api-facts.md names), checked
 * against specs/hadoop-eco.yaml: valid, or rejected at the field the docs put out of range.
 */
import { describe, expect, test } from "vitest";
import { loadSpec } from "../../src/spec/load-spec.js";
import { createSpecValidator } from "../../src/validate/spec-validator.js";
import { testSeedCases, type SeedCase } from "../support/seed-cases.js";

const spec = await loadSpec("hadoop-eco");
const validator = createSpecValidator(spec.document);


const EXEC_OPTS = "--driver-cores 1 --driver-memory 1024m --executor-cores 1 --num-executors 4 --executor-memory 2048m";
const IDS = {
  clusterId: "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
  clusterName: "hde-job-cluster",
  requestId: "0c7a9e52-3b1d-4f6a-9d8e-7c6b5a4f3e2d",
};
const v2Syntax = {
  instanceSpecs: [
    { type: "MASTER", nodeCnt: 1, volumeSize: 100 },
    { type: "WORKER", nodeCnt: 2, volumeSize: 100 },
    { type: "TASK", nodeCnt: 1, volumeSize: 100 },
  ],
  config: { hdfsBlockSize: 128, hdfsReplication: 2 },
  userTaskInfo: { deployMode: "cluster", execOpts: EXEC_OPTS, execParams: "-sparkApplicationParams=testParams" },
  securityGroupIds: ["3e0a3b7c-5d46-4b8e-9f0d-2a6c1f7e9b21"],
};
const flatBody = {
  workerCnt: 2,
  workerVolumeSize: 50,
  configHdfsReplication: 2,
  configHdfsBlockSize: 128,
  userTaskDeployMode: "cluster",
  userTaskExecOpts: EXEC_OPTS,
  userTaskExecParams: "-sparkApplicationParams=testParams",
};
const group = (id: string, nodeCnt: number) => ({ instanceGroupId: id, flavorId: "f1", flavorName: "m2a.xlarge", volumeSize: 100, nodeCnt });
const verboseFalse = { ...IDS, requestStatus: "Processing", requestResult: "Pending" };
const verboseTrue = {
  ...IDS,
  requestStatus: "Finished",
  requestResult: "Success",
  clusterType: "Core Hadoop",
  clusterVersion: "hde-2.0.1",
  isHa: false,
  installComponents: ["Hadoop", "Hive", "Spark", "Tez"],
  masterInfo: [group("g1", 1)],
  workerInfo: [group("g2", 2)],
  taskInfo: [group("g3", 1)],
  imageName: "HDE-2.0.1",
  securityGroupIds: ["sg-1"],
  keypairName: "my-keypair",
  owner: "user@example.com",
  config: { hdfsBlockSize: 128, hdfsReplication: 2, configText: "", userScript: "" },
  userTask: {
    type: "spark",
    terminationPolicy: "always",
    fileUrl: "s3a://my-bucket/jobs/wordcount.jar",
    hiveQuery: "",
    deployMode: "cluster",
    execOpts: EXEC_OPTS,
    execParams: "-sparkApplicationParams=testParams",
    logUrl: "s3a://my-bucket/logs/",
  },
};
const openApiCreate = {
  name: "hde-core-01",
  clusterType: "Core Hadoop",
  clusterVersion: "hde-2.0.1",
  isHa: false,
  keypairName: "my-keypair",
  masterFlavorName: "m2a.xlarge",
  masterVolumeSize: 100,
  workerCnt: 3,
  workerFlavorName: "m2a.xlarge",
  workerVolumeSize: 100,
  monitoring: true,
  securityGroupIds: ["sg-1"],
  securityGroupName: "hde-core-01-sg",
  vpcId: "vpc-1",
  subnetId: "subnet-1",
};

const CASES: SeedCase[] = [
  // seed 001: create job cluster (v2)
  { name: "v2 request syntax filled with valid values", operationId: "createJobCluster", kind: { request: true }, payload: v2Syntax },
  { name: "v2 empty body (every element optional)", operationId: "createJobCluster", kind: { request: true }, payload: {} },
  { name: "v2 syntax placeholder type MASTER|WORKER|TASK taken literally", operationId: "createJobCluster", kind: { request: true },
    payload: { instanceSpecs: [{ type: "MASTER|WORKER|TASK", nodeCnt: 1, volumeSize: 100 }] }, rejectedAt: "/instanceSpecs/0/type" },
  { name: "v2 volumeSize 50 is below the v2 minimum of 100 GB", operationId: "createJobCluster", kind: { request: true },
    payload: { instanceSpecs: [{ type: "WORKER", nodeCnt: 2, volumeSize: 50 }] }, rejectedAt: "/instanceSpecs/0/volumeSize" },
  { name: "v2 volumeSize 5121 is above 5,120 GB", operationId: "createJobCluster", kind: { request: true },
    payload: { instanceSpecs: [{ type: "WORKER", volumeSize: 5121 }] }, rejectedAt: "/instanceSpecs/0/volumeSize" },
  { name: "v2 nodeCnt 0 is below 1", operationId: "createJobCluster", kind: { request: true },
    payload: { instanceSpecs: [{ type: "WORKER", nodeCnt: 0 }] }, rejectedAt: "/instanceSpecs/0/nodeCnt" },
  { name: "v2 nodeCnt 1001 is above 1,000", operationId: "createJobCluster", kind: { request: true },
    payload: { instanceSpecs: [{ type: "TASK", nodeCnt: 1001 }] }, rejectedAt: "/instanceSpecs/0/nodeCnt" },
  { name: "v2 hdfsBlockSize 1025 is above 1,024 MB", operationId: "createJobCluster", kind: { request: true },
    payload: { config: { hdfsBlockSize: 1025 } }, rejectedAt: "/config/hdfsBlockSize" },
  { name: "v2 hdfsReplication 501 is above 500", operationId: "createJobCluster", kind: { request: true },
    payload: { config: { hdfsReplication: 501 } }, rejectedAt: "/config/hdfsReplication" },
  { name: "v2 deployMode outside client|cluster", operationId: "createJobCluster", kind: { request: true },
    payload: { userTaskInfo: { deployMode: "yarn" } }, rejectedAt: "/userTaskInfo/deployMode" },
  { name: "v2 create response syntax filled in (200)", operationId: "createJobCluster", kind: { response: 200 }, payload: IDS },
  { name: "v2 create response syntax filled in (202)", operationId: "createJobCluster", kind: { response: 202 }, payload: IDS },
  { name: "v2 create response without requestId", operationId: "createJobCluster", kind: { response: 200 },
    payload: { clusterId: IDS.clusterId, clusterName: IDS.clusterName }, rejectedAt: "required:requestId" },
  { name: "400 error body (inferred shape)", operationId: "createJobCluster", kind: { response: 400 },
    payload: { code: 400, message: "cluster is not in Terminated state" } },
  { name: "401 error body (inferred shape)", operationId: "createJobCluster", kind: { response: 401 },
    payload: { code: 401, message: "invalid Hadoop-Eco-Api-Key" } },
  { name: "404 error body (inferred shape)", operationId: "createJobCluster", kind: { response: 404 },
    payload: { code: 404, message: "cluster not found" } },
  // older page version: flat body on the v2 path (api-facts section 3)
  { name: "older v2 flat body (workerVolumeSize 50)", operationId: "createJobCluster", kind: { request: true }, payload: flatBody },
  { name: "older v2 flat body with workerVolumeSize 49", operationId: "createJobCluster", kind: { request: true },
    payload: { ...flatBody, workerVolumeSize: 49 }, rejectedAt: "/workerVolumeSize" },

  // seed 001: request status
  { name: "status response syntax, verbose=false", operationId: "getJobClusterRequest", kind: { response: 200 }, payload: verboseFalse },
  { name: "status response syntax, verbose=true", operationId: "getJobClusterRequest", kind: { response: 200 }, payload: verboseTrue },
  { name: "verbose=true with the element table's snake_case keys (open object)", operationId: "getJobClusterRequest", kind: { response: 200 },
    payload: { ...verboseFalse, userTask: { type: "hive", termination_policy: "always", hive_query: "SELECT 1", exec_opts: "", exec_params: "" } } },
  { name: "requestStatus outside the inferred set", operationId: "getJobClusterRequest", kind: { response: 200 },
    payload: { ...verboseFalse, requestStatus: "Unknown" }, rejectedAt: "/requestStatus" },
  { name: "status response without requestResult", operationId: "getJobClusterRequest", kind: { response: 200 },
    payload: { ...IDS, requestStatus: "Accepted" }, rejectedAt: "required:requestResult" },
  { name: "isHa as the string of the syntax placeholder", operationId: "getJobClusterRequest", kind: { response: 200 },
    payload: { ...verboseFalse, isHa: "true|false" }, rejectedAt: "/isHa" },

  // legacy Kakao i Cloud v1 (api-facts section 3) with the seed 000 model ranges
  { name: "legacy example verbatim: workerVolumeSize 5 is below 50 GB", operationId: "createLegacyJobCluster", kind: { request: true },
    payload: { ...flatBody, workerVolumeSize: 5 }, rejectedAt: "/workerVolumeSize" },
  { name: "legacy example with workerVolumeSize 50", operationId: "createLegacyJobCluster", kind: { request: true }, payload: flatBody },
  { name: "legacy workerCnt 1001 is above 1,000", operationId: "createLegacyJobCluster", kind: { request: true },
    payload: { ...flatBody, workerCnt: 1001 }, rejectedAt: "/workerCnt" },
  { name: "legacy workerVolumeSize 5121 is above 5,120 GB", operationId: "createLegacyJobCluster", kind: { request: true },
    payload: { ...flatBody, workerVolumeSize: 5121 }, rejectedAt: "/workerVolumeSize" },
  { name: "legacy configHdfsReplication 0 is below 1", operationId: "createLegacyJobCluster", kind: { request: true },
    payload: { ...flatBody, configHdfsReplication: 0 }, rejectedAt: "/configHdfsReplication" },
  { name: "legacy configHdfsBlockSize 1025 is above 1,024 MB", operationId: "createLegacyJobCluster", kind: { request: true },
    payload: { ...flatBody, configHdfsBlockSize: 1025 }, rejectedAt: "/configHdfsBlockSize" },
  { name: "legacy userTaskDeployMode outside client|cluster", operationId: "createLegacyJobCluster", kind: { request: true },
    payload: { ...flatBody, userTaskDeployMode: "local" }, rejectedAt: "/userTaskDeployMode" },
  { name: "legacy response (inferred, as v2)", operationId: "createLegacyJobCluster", kind: { response: 200 }, payload: IDS },

  // Open API (api-facts section 3)
  { name: "Open API create body skeleton filled in", operationId: "createCluster", kind: { request: true }, payload: openApiCreate },
  { name: "Open API create with workerCnt 0", operationId: "createCluster", kind: { request: true },
    payload: { ...openApiCreate, workerCnt: 0 }, rejectedAt: "/workerCnt" },
  { name: "Open API create with isHa as a string", operationId: "createCluster", kind: { request: true },
    payload: { ...openApiCreate, isHa: "true" }, rejectedAt: "/isHa" },
  { name: "Open API create without a name", operationId: "createCluster", kind: { request: true },
    payload: { ...openApiCreate, name: undefined }, rejectedAt: "required:name" },
  { name: "Open API create response (inferred)", operationId: "createCluster", kind: { response: 200 },
    payload: { clusterId: IDS.clusterId, clusterName: "hde-core-01", status: "Initializing" } },
  { name: "Open API create response with an unknown cluster status", operationId: "createCluster", kind: { response: 200 },
    payload: { clusterId: IDS.clusterId, status: "Terminated" }, rejectedAt: "/status" },
  { name: "cluster VM list, object form (inferred)", operationId: "listClusterVms", kind: { response: 200 },
    payload: { clusterId: IDS.clusterId, vms: [{ id: "vm-1", name: "hde-core-01-HadoopMST-1", nodeType: "MASTER", status: "ACTIVE" }] } },
  { name: "cluster VM list, bare array form (inferred)", operationId: "listClusterVms", kind: { response: 200 },
    payload: [{ id: "vm-1", name: "hde-core-01-HadoopWRK-1", nodeType: "WORKER" }] },
];

testSeedCases("hadoop-eco seed payloads", validator, CASES);
