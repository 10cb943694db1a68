/**
 * The Hadoop Eco fake over HTTP: job-cluster runs (v2 and legacy v1) with their statuses at
 * each clock step, Open API creation and VMs, auth, a bad-input matrix, concurrency, provider
 * states and reset. Every response must match specs/hadoop-eco.yaml (self-check).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { startApiFake } from "../../src/fakes/start-fakes.js";
import type { RunningFake } from "../../src/fakes/runtime/create-fake-server.js";
import { httpCall } from "../support/http-call.js";
import type { HadoopEcoState } from "../../src/fakes/hadoop-eco/index.js";
import type { Credentials } from "../../src/spec/credentials.js";

const credentials: Credentials = {
  hadoopEcoCredentialId: "test-credential-id",
  hadoopEcoCredentialSecret: "test-credential-secret",
  hadoopEcoApiKey: "test-hadoop-eco-api-key",
  hadoopEcoClusterId: "11111111-2222-4333-8444-555555555555",
  nhnKubernetesToken: "t",
  yarnUser: "u",
  bigdataPaasToken: "p",
};
const CLUSTER = credentials.hadoopEcoClusterId;
const AUTH = { "credential-id": credentials.hadoopEcoCredentialId, "credential-secret": credentials.hadoopEcoCredentialSecret };
const JOB_AUTH = { ...AUTH, "hadoop-eco-api-key": credentials.hadoopEcoApiKey };
const JSON_TYPE = { "content-type": "application/json" };

let fake: RunningFake<HadoopEcoState>;
beforeAll(async () => {
  fake = await startApiFake("hadoop-eco", { port: 0, clock: "manual", selfCheck: true, credentials });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

interface Answer {
  status: number;
  body: any;
}

async function call(method: string, path: string, options: { headers?: Record<string, string>; body?: unknown; raw?: string } = {}): Promise<Answer> {
  const hasBody = options.body !== undefined || options.raw !== undefined;
  const response = await httpCall(`${fake.url}${path}`, {
    method,
    headers: { ...(hasBody ? JSON_TYPE : {}), ...(options.headers ?? {}) },
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = response.text;
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const runJob = (body: unknown = {}, cluster = CLUSTER) => call("POST", `/v2/hadoop-eco/clusters/${cluster}`, { headers: JOB_AUTH, body });
const runLegacyJob = (body: unknown = {}, cluster = CLUSTER) => call("POST", `/hadoop-eco/v1/cluster/${cluster}`, { headers: JOB_AUTH, body });
const getRequest = (requestId: string, verbose?: boolean, cluster = CLUSTER) =>
  call("GET", `/v2/hadoop-eco/clusters/${cluster}/requests/${requestId}${verbose === undefined ? "" : `?verbose=${verbose}`}`, { headers: JOB_AUTH });
const listVms = (cluster: string) => call("GET", `/v2/hadoop-eco/clusters/${cluster}/vms`, { headers: AUTH });
const createCluster = (body: Record<string, unknown>) => call("POST", "/v2/hadoop-eco/clusters", { headers: AUTH, body });

async function progressOf(requestId: string): Promise<string> {
  const { body } = await getRequest(requestId, true);
  return `${body.requestStatus}/${body.requestResult}/${body.clusterStatus}`;
}

describe("job-cluster run (v2)", () => {
  test("a re-run goes through every status over clock steps and shows the changed settings", async () => {
    const created = await runJob({
      instanceSpecs: [{ type: "WORKER", nodeCnt: 3, volumeSize: 200 }, { type: "TASK", nodeCnt: 1 }],
      config: { hdfsReplication: 3, hdfsBlockSize: 256 },
      userTaskInfo: { deployMode: "client", execParams: "-n 5" },
    });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({ clusterId: CLUSTER, clusterName: "hde-job-cluster", requestId: expect.any(String) });
    const requestId: string = created.body.requestId;

    const seen = [await progressOf(requestId)];
    for (let step = 0; step < 6; step++) {
      fake.advance(1);
      seen.push(await progressOf(requestId));
    }
    expect(seen).toEqual([
      "Accepted/Pending/Initializing",
      "Processing/Pending/Creating",
      "Processing/Pending/Installing",
      "Processing/Pending/Running",
      "Processing/Pending/Running",
      "Processing/Pending/Terminating",
      "Finished/Success/Terminated(User Command)",
    ]);

    const verbose = await getRequest(requestId, true);
    expect(verbose.body.masterInfo[0]).toMatchObject({ nodeCnt: 1, volumeSize: 100 });
    expect(verbose.body.workerInfo[0]).toMatchObject({ nodeCnt: 3, volumeSize: 200 });
    expect(verbose.body.taskInfo[0]).toMatchObject({ nodeCnt: 1, volumeSize: 100 });
    expect(verbose.body.config).toMatchObject({ hdfsReplication: 3, hdfsBlockSize: 256 });
    expect(verbose.body.userTask).toMatchObject({ deployMode: "client", execParams: "-n 5", type: "spark" });
    expect(verbose.body).toMatchObject({ clusterType: "Core Hadoop", isHa: false, owner: expect.any(String) });
  });

  test("verbose=false and no verbose give the five documented fields", async () => {
    const { body } = await runJob();
    const expected = { clusterId: CLUSTER, clusterName: "hde-job-cluster", requestId: body.requestId, requestStatus: "Accepted", requestResult: "Pending" };
    expect((await getRequest(body.requestId)).body).toEqual(expected);
    expect((await getRequest(body.requestId, false)).body).toEqual(expected);
  });

  test("the documented curl sends Content-Type on a GET without a body", async () => {
    const { body } = await runJob();
    const answer = await call("GET", `/v2/hadoop-eco/clusters/${CLUSTER}/requests/${body.requestId}`, { headers: { ...JOB_AUTH, ...JSON_TYPE } });
    expect(answer.status).toBe(200);
  });

  test("a second run while the first is going is refused with 400 until the cluster is Terminated again", async () => {
    const first = await runJob();
    for (let step = 0; step < 6; step++) {
      const again = await runJob();
      expect(again.status).toBe(400);
      expect(again.body).toEqual({ code: 400, message: expect.stringContaining("cluster is not in Terminated state") });
      fake.advance(1);
    }
    expect(await progressOf(first.body.requestId)).toBe("Finished/Success/Terminated(User Command)");
    const second = await runJob({});
    expect(second.status).toBe(200);
    expect(second.body.requestId).not.toBe(first.body.requestId);
  });

  test("VMs follow the node counts while the run has machines, and none before or after", async () => {
    expect((await listVms(CLUSTER)).body).toEqual({ clusterId: CLUSTER, content: [] });
    await runJob({ instanceSpecs: [{ type: "WORKER", nodeCnt: 4 }] });
    fake.advance(3); // Running
    const { body } = await listVms(CLUSTER);
    expect(body.content.map((vm: any) => `${vm.nodeType}:${vm.status}`)).toEqual([
      "MASTER:ACTIVE", "WORKER:ACTIVE", "WORKER:ACTIVE", "WORKER:ACTIVE", "WORKER:ACTIVE",
    ]);
    expect(new Set(body.content.map((vm: any) => vm.id)).size).toBe(5);
    fake.settle();
    expect((await listVms(CLUSTER)).body.content).toEqual([]);
  });

  test("each request keeps the settings of its own run; later runs start from the last change", async () => {
    const first = await runJob({ config: { hdfsReplication: 1 } });
    fake.settle();
    const second = await runJob({ instanceSpecs: [{ type: "WORKER", nodeCnt: 5 }] });
    const one = (await getRequest(first.body.requestId, true)).body;
    const two = (await getRequest(second.body.requestId, true)).body;
    expect([one.workerInfo[0].nodeCnt, one.config.hdfsReplication]).toEqual([2, 1]);
    expect([two.workerInfo[0].nodeCnt, two.config.hdfsReplication]).toEqual([5, 1]);
  });
});

describe("legacy v1 job-cluster call", () => {
  test("the flat body starts a run that the v2 status call follows to the end", async () => {
    const created = await runLegacyJob({ workerCnt: 4, workerVolumeSize: 50, configHdfsReplication: 3, userTaskDeployMode: "client", userTaskExecOpts: "--num-executors 2" });
    expect(created.status).toBe(200);
    const verbose = (await getRequest(created.body.requestId, true)).body;
    expect(verbose.workerInfo[0]).toMatchObject({ nodeCnt: 4, volumeSize: 50 });
    expect(verbose.config.hdfsReplication).toBe(3);
    expect(verbose.userTask).toMatchObject({ deployMode: "client", execOpts: "--num-executors 2" });
    expect((await runLegacyJob()).status).toBe(400);
    fake.settle();
    expect(await progressOf(created.body.requestId)).toBe("Finished/Success/Terminated(User Command)");
  });

  test("nested v2 fields are not part of the v1 model and change nothing", async () => {
    const created = await runLegacyJob({ instanceSpecs: [{ type: "WORKER", nodeCnt: 9 }] });
    expect(created.status).toBe(200);
    expect((await getRequest(created.body.requestId, true)).body.workerInfo[0].nodeCnt).toBe(2);
  });
});

describe("Open API clusters", () => {
  test("a created cluster goes Initializing -> Creating -> Installing -> Running with VMs from its node counts", async () => {
    const created = await createCluster({ name: "hde-core-01", clusterType: "Core Hadoop", clusterVersion: "hde-2.0.1", workerCnt: 3, isHa: true });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({ clusterId: expect.any(String), clusterName: "hde-core-01", status: "Initializing" });
    const id: string = created.body.clusterId;
    const statuses: string[] = [];
    const vmCounts: number[] = [];
    for (let step = 0; step <= 5; step++) {
      statuses.push(fake.state.clusters.get(id)!.status);
      vmCounts.push((await listVms(id)).body.content.length);
      fake.advance(1);
    }
    expect(statuses).toEqual(["Initializing", "Creating", "Creating", "Installing", "Installing", "Running"]);
    expect(vmCounts).toEqual([0, 6, 6, 6, 6, 6]); // 3 masters (HA) + 3 workers
    const vms = (await listVms(id)).body.content;
    expect(vms.filter((vm: any) => vm.nodeType === "MASTER")).toHaveLength(3);
    expect(vms.every((vm: any) => vm.status === "ACTIVE" && vm.name.startsWith("hde-core-01-"))).toBe(true);
  });

  test("an Open API cluster has no Open API key: the job-cluster calls get 403", async () => {
    const { body } = await createCluster({ name: "plain", clusterType: "Core Hadoop", clusterVersion: "hde-2.0.1" });
    fake.settle();
    expect((await runJob({}, body.clusterId)).status).toBe(403);
    expect((await getRequest("any", true, body.clusterId)).status).toBe(403);
  });

  test("a cluster name already in use is refused with 400", async () => {
    expect((await createCluster({ name: "hde-job-cluster", clusterType: "Core Hadoop", clusterVersion: "hde-2.0.1" })).status).toBe(400);
  });

  test("the VMs of an unknown cluster are 404", async () => {
    expect(await listVms("no-such-cluster")).toEqual({ status: 404, body: { code: 404, message: "cluster not found" } });
  });
});

describe("authentication", () => {
  const jobPath = `/v2/hadoop-eco/clusters/${CLUSTER}`;
  const legacyPath = `/hadoop-eco/v1/cluster/${CLUSTER}`;
  const openBody = { name: "n", clusterType: "Core Hadoop", clusterVersion: "hde-2.0.1" };
  const onlyId = { "credential-id": AUTH["credential-id"] };
  const wrongId = { ...JOB_AUTH, "credential-id": "nope" };
  const wrongSecret = { ...JOB_AUTH, "credential-secret": "nope" };
  const noKey = { ...AUTH };
  const wrongKey = { ...AUTH, "hadoop-eco-api-key": "someone-elses-key" };
  const BAD_CREDENTIALS = "invalid Credential-ID or Credential-Secret";
  test.each([
    ["no credentials on createCluster", "POST", "/v2/hadoop-eco/clusters", {}, openBody, 401, BAD_CREDENTIALS],
    ["wrong Credential-ID on createCluster", "POST", "/v2/hadoop-eco/clusters", { ...AUTH, "credential-id": "x" }, openBody, 401, BAD_CREDENTIALS],
    ["no credentials on listClusterVms", "GET", `${jobPath}/vms`, {}, undefined, 401, BAD_CREDENTIALS],
    ["only Credential-ID on createJobCluster", "POST", jobPath, onlyId, {}, 401, BAD_CREDENTIALS],
    ["wrong Credential-ID on createJobCluster", "POST", jobPath, wrongId, {}, 401, BAD_CREDENTIALS],
    ["wrong Credential-Secret on createJobCluster", "POST", jobPath, wrongSecret, {}, 401, BAD_CREDENTIALS],
    ["no Hadoop-Eco-Api-Key on createJobCluster", "POST", jobPath, noKey, {}, 401, "invalid Hadoop-Eco-Api-Key"],
    ["wrong Hadoop-Eco-Api-Key on createJobCluster", "POST", jobPath, wrongKey, {}, 403, "no permission for this cluster"],
    ["wrong Hadoop-Eco-Api-Key on the legacy call", "POST", legacyPath, wrongKey, {}, 403, "no permission for this cluster"],
    ["no credentials on the legacy call", "POST", legacyPath, {}, {}, 401, BAD_CREDENTIALS],
    ["wrong Hadoop-Eco-Api-Key on the status call", "GET", `${jobPath}/requests/r-1`, wrongKey, undefined, 403, "no permission for this cluster"],
    ["no Hadoop-Eco-Api-Key on the status call", "GET", `${jobPath}/requests/r-1`, noKey, undefined, 401, "invalid Hadoop-Eco-Api-Key"],
    ["any key on an unknown cluster", "POST", "/v2/hadoop-eco/clusters/unknown-cluster", wrongKey, {}, 404, "cluster not found"],
  ])("%s -> %s", async (_name, method, path, headers, body, status, message) => {
    expect(await call(method, path, { headers, body })).toEqual({ status, body: { code: status, message } });
    expect(fake.state.clusters.size).toBe(1);
    expect(fake.state.clusters.get(CLUSTER)!.status).toBe("Terminated(User)");
    expect(fake.state.requests.size).toBe(0);
  });
});

describe("bad input answers 4xx in the API's error format", () => {
  const job = `/v2/hadoop-eco/clusters/${CLUSTER}`;
  const legacy = `/hadoop-eco/v1/cluster/${CLUSTER}`;
  const open = "/v2/hadoop-eco/clusters";
  const openBody = { name: "ok-name", clusterType: "Core Hadoop", clusterVersion: "hde-2.0.1" };
  const json = (value: unknown) => JSON.stringify(value);
  const deep = json({ config: JSON.parse("[".repeat(80) + "]".repeat(80)) });
  type Case = [name: string, method: string, path: string, raw: string | undefined, contentType: string | undefined, status: number, message?: RegExp];
  const CASES: Case[] = [
    ["malformed JSON", "POST", job, '{"config": {', "application/json", 400, /malformed JSON/],
    ["wrong content type", "POST", job, "workerCnt=2", "application/x-www-form-urlencoded", 415, /Content-Type must be application\/json/],
    ["text/plain on the Open API create", "POST", open, json(openBody), "text/plain", 415],
    ["oversized body", "POST", job, json({ userTaskInfo: { execOpts: "x".repeat(1_100_000) } }), "application/json", 413],
    ["deep nesting", "POST", job, deep, "application/json", 400, /nested deeper/],
    ["missing body", "POST", job, undefined, "application/json", 400, /request body is required/],
    ["a JSON array as the body", "POST", job, "[]", "application/json", 400, /request information error/],
    ["unknown path", "GET", "/v2/hadoop-eco/nothing-here", undefined, undefined, 404],
    ["unknown method on the job cluster", "DELETE", job, undefined, undefined, 405],
    ["PUT on the legacy call (not documented)", "PUT", legacy, json({}), "application/json", 405],
    ["GET on the cluster collection", "GET", open, undefined, undefined, 405],
    ["odd unicode cluster id", "POST", `/v2/hadoop-eco/clusters/${encodeURIComponent("클러스터💥\u202e")}`, json({}), "application/json", 404, /cluster not found/],
    ["encoded slash in the cluster id", "GET", `/v2/hadoop-eco/clusters/${encodeURIComponent(`${CLUSTER}/x`)}/vms`, undefined, undefined, 404],
    ["dot-dot in the cluster id", "GET", `/v2/hadoop-eco/clusters/%2E%2E/vms`, undefined, undefined, 404],
    ["broken percent-encoding", "GET", "/v2/hadoop-eco/clusters/%E0%A4%A/vms", undefined, undefined, 404],
    ["very long cluster id", "GET", `/v2/hadoop-eco/clusters/${"c".repeat(4000)}/vms`, undefined, undefined, 404],
    ["unknown request id", "GET", `${job}/requests/0c7a9e52-3b1d-4f6a-9d8e-7c6b5a4f3e2d`, undefined, undefined, 404, /request not found/],
    ["odd unicode request id", "GET", `${job}/requests/${encodeURIComponent("要求\u0000id")}`, undefined, undefined, 404, /request not found/],
    ["verbose that is not a boolean", "GET", `${job}/requests/r-1?verbose=maybe`, undefined, undefined, 400],
    ["volumeSize below the v2 minimum", "POST", job, json({ instanceSpecs: [{ type: "WORKER", volumeSize: 50 }] }), "application/json", 400, /volumeSize/],
    ["nodeCnt 0", "POST", job, json({ instanceSpecs: [{ type: "WORKER", nodeCnt: 0 }] }), "application/json", 400, /nodeCnt/],
    ["nodeCnt as a string", "POST", job, json({ instanceSpecs: [{ type: "WORKER", nodeCnt: "2" }] }), "application/json", 400, /nodeCnt/],
    ["hdfsBlockSize 1025", "POST", job, json({ config: { hdfsBlockSize: 1025 } }), "application/json", 400, /hdfsBlockSize/],
    ["deployMode outside client|cluster", "POST", job, json({ userTaskInfo: { deployMode: "yarn" } }), "application/json", 400, /deployMode/],
    ["the syntax placeholder type", "POST", job, json({ instanceSpecs: [{ type: "MASTER|WORKER|TASK" }] }), "application/json", 400, /type/],
    ["securityGroupIds as a string", "POST", job, json({ securityGroupIds: "sg-1" }), "application/json", 400, /securityGroupIds/],
    ["instanceSpecs entry without a type", "POST", job, json({ instanceSpecs: [{ nodeCnt: 3 }] }), "application/json", 400, /type is required/],
    ["the same type twice", "POST", job, json({ instanceSpecs: [{ type: "TASK" }, { type: "TASK", nodeCnt: 2 }] }), "application/json", 400, /more than once/],
    ["changing the master count", "POST", job, json({ instanceSpecs: [{ type: "MASTER", nodeCnt: 3 }] }), "application/json", 400, /master node count/],
    ["flat and nested fields disagree", "POST", job, json({ workerCnt: 3, instanceSpecs: [{ type: "WORKER", nodeCnt: 4 }] }), "application/json", 400, /disagree/],
    ["replication above the worker count", "POST", job, json({ config: { hdfsReplication: 3 } }), "application/json", 400, /cannot exceed/],
    ["legacy workerVolumeSize 5 (the page's example)", "POST", legacy, json({ workerCnt: 2, workerVolumeSize: 5 }), "application/json", 400, /workerVolumeSize/],
    ["legacy replication above the worker count", "POST", legacy, json({ workerCnt: 1, configHdfsReplication: 2 }), "application/json", 400, /cannot exceed/],
    ["Open API create without a name", "POST", open, json({ clusterType: "Core Hadoop", clusterVersion: "hde-2.0.1" }), "application/json", 400, /name/],
    ["Open API create with workerCnt 0", "POST", open, json({ ...openBody, workerCnt: 0 }), "application/json", 400, /workerCnt/],
    ["Open API create with isHa as a string", "POST", open, json({ ...openBody, isHa: "true" }), "application/json", 400, /isHa/],
  ];
  test.each(CASES)("%s -> %s %s", async (_name, method, path, raw, contentType, status, message) => {
    const headers: Record<string, string> = { ...JOB_AUTH, ...(contentType ? { "content-type": contentType } : {}) };
    const response = await fetch(`${fake.url}${path}`, { method, headers, body: raw });
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as { code: number; message: string };
    expect(body.code).toBe(status);
    expect(typeof body.message).toBe("string");
    if (message) expect(body.message).toMatch(message);
    expect(fake.state.clusters.get(CLUSTER)!.status).toBe("Terminated(User)");
    expect(fake.state.requests.size).toBe(0);
    expect(fake.state.clusters.size).toBe(1);
  });
});

describe("concurrency", () => {
  test("200 parallel Open API creates are all accounted for with unique ids", async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => createCluster({ name: `parallel-${i}`, clusterType: "Core Hadoop", clusterVersion: "hde-2.0.1", workerCnt: 1 + (i % 5) })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(200).fill(200));
    const ids = answers.map((a) => a.body.clusterId);
    expect(new Set(ids).size).toBe(200);
    expect(fake.state.clusters.size).toBe(201);
    fake.settle();
    const vms = await Promise.all(ids.map((id) => listVms(id)));
    expect(vms.every((v, i) => v.status === 200 && v.body.content.length === 1 + 1 + (i % 5))).toBe(true);
    expect([...fake.state.clusters.values()].filter((c) => c.kind === "open-api").every((c) => c.status === "Running")).toBe(true);
  });

  test("200 parallel creates with one name: exactly one wins, the rest get 400", async () => {
    const answers = await Promise.all(Array.from({ length: 200 }, () => createCluster({ name: "same", clusterType: "Core Hadoop", clusterVersion: "hde-2.0.1" })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 400)).toHaveLength(199);
    expect(fake.state.clusters.size).toBe(2);
  });

  test("200 parallel job requests on the one job cluster: exactly one accepted, 199 refused, no 5xx", async () => {
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? runJob({}) : runLegacyJob({ workerCnt: 2 }))));
    const accepted = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 400);
    expect(accepted).toHaveLength(1);
    expect(refused).toHaveLength(199);
    expect(refused.every((a) => a.body.message.startsWith("cluster is not in Terminated state"))).toBe(true);
    expect(fake.state.requests.size).toBe(1);
    const polls = await Promise.all(Array.from({ length: 200 }, () => getRequest(accepted[0]!.body.requestId)));
    expect(polls.every((p) => p.status === 200 && p.body.requestStatus === "Accepted")).toBe(true);
    fake.settle();
    expect(await progressOf(accepted[0]!.body.requestId)).toBe("Finished/Success/Terminated(User Command)");
  });
});

describe("provider states", () => {
  const setState = (state: string, params?: Record<string, unknown>) =>
    fetch(`${fake.url}/__fake/state`, { method: "POST", body: JSON.stringify({ state, params }) });

  test("the fake lists its provider states", async () => {
    const body = (await (await fetch(`${fake.url}/__fake/states`)).json()) as { states: string[] };
    expect(body.states.sort()).toEqual([
      "cluster does not exist",
      "job cluster is running a job",
      "job cluster is terminated",
      "job cluster request does not exist",
      "job cluster request exists",
      "job cluster request failed",
      "open api cluster exists",
    ]);
  });

  test("job cluster is terminated (also by user command) accepts a run", async () => {
    await runJob();
    expect((await setState("job cluster is terminated", { status: "Terminated(User Command)" })).status).toBe(200);
    expect(fake.state.clusters.get(CLUSTER)!.status).toBe("Terminated(User Command)");
    expect((await runJob()).status).toBe(200);
    expect((await setState("job cluster is terminated", { status: "Running" })).status).toBe(400);
  });

  test("job cluster is running a job: the request is in progress, a second run is refused, and the run finishes", async () => {
    expect((await setState("job cluster is running a job", { requestId: "req-running" })).status).toBe(200);
    expect(await progressOf("req-running")).toBe("Processing/Pending/Running");
    expect((await runJob()).status).toBe(400);
    fake.settle();
    expect(await progressOf("req-running")).toBe("Finished/Success/Terminated(User Command)");
  });

  test("job cluster request exists / failed / does not exist", async () => {
    await setState("job cluster request exists", { requestId: "req-done" });
    expect(await progressOf("req-done")).toBe("Finished/Success/Terminated(User Command)");
    await setState("job cluster request failed", { requestId: "req-failed" });
    expect(await progressOf("req-failed")).toBe("Finished/Failure/Terminated(Error)");
    expect((await runJob()).status).toBe(400);
    await setState("job cluster request does not exist", { requestId: "req-failed" });
    expect((await getRequest("req-failed")).status).toBe(404);
    expect((await runJob()).status).toBe(200);
  });

  test("cluster does not exist: every call on it is 404", async () => {
    await setState("cluster does not exist");
    expect((await runJob()).status).toBe(404);
    expect((await runLegacyJob()).status).toBe(404);
    expect((await listVms(CLUSTER)).status).toBe(404);
    expect((await getRequest("r-1")).status).toBe(404);
  });

  test("open api cluster exists, mid-creation, and finishes on the clock", async () => {
    await setState("open api cluster exists", { clusterId: "oc-1", status: "Creating", workerCnt: 2 });
    expect((await listVms("oc-1")).body.content.map((vm: any) => vm.status)).toEqual(["BUILD", "BUILD", "BUILD"]);
    fake.settle();
    expect(fake.state.clusters.get("oc-1")!.status).toBe("Running");
    expect((await runJob({}, "oc-1")).status).toBe(403);
  });

  test("a state replaces a run in progress without the old run's steps touching it", async () => {
    const { body } = await runJob();
    await setState("job cluster is terminated");
    fake.settle();
    expect(fake.state.clusters.get(CLUSTER)!.status).toBe("Terminated(User)");
    expect((await getRequest(body.requestId)).status).toBe(404);
  });

  test("an unknown state is refused by the control route", async () => {
    expect((await setState("no such state")).status).toBe(400);
  });
});

describe("reset", () => {
  test("reset brings back the seeded cluster and forgets requests and created clusters", async () => {
    const run = await runJob({ instanceSpecs: [{ type: "WORKER", nodeCnt: 7 }] });
    const created = await createCluster({ name: "to-forget", clusterType: "Core Hadoop", clusterVersion: "hde-2.0.1" });
    fake.advance(2);
    expect((await fetch(`${fake.url}/__fake/reset`, { method: "POST" })).status).toBe(200);
    expect((await getRequest(run.body.requestId)).status).toBe(404);
    expect((await listVms(created.body.clusterId)).status).toBe(404);
    fake.settle();
    expect(fake.state.clusters.get(CLUSTER)!.status).toBe("Terminated(User)");
    const again = await runJob();
    expect((await getRequest(again.body.requestId, true)).body.workerInfo[0].nodeCnt).toBe(2);
  });
});

test("every response the fake sent matched the spec", () => {
  expect(fake.violations).toEqual([]);
});
