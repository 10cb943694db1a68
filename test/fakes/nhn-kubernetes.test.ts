/**
 * The NKS fake over HTTP: cluster, node-group and add-on lifecycles with the statuses seen at
 * each clock step, events, kubeconfig, Keystone auth and microversion negotiation, a bad-input
 * matrix, concurrency, provider states and reset. Every response must match
 * specs/nhn-kubernetes.yaml (self-check).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { startApiFake } from "../../src/fakes/start-fakes.js";
import type { RunningFake } from "../../src/fakes/runtime/create-fake-server.js";
import { httpCall } from "../support/http-call.js";
import type { NksState } from "../../src/fakes/nhn-kubernetes/index.js";
import { sampleCreateBody } from "../../src/fakes/nhn-kubernetes/build-cluster.js";
import { CREATE_STEPS, DELETE_STEPS, UPDATE_STEPS } from "../../src/fakes/nhn-kubernetes/lifecycle.js";
import { CLUSTER_UUID, EVENT_UUID, NODE_GROUP_UUID } from "../../src/fakes/nhn-kubernetes/provider-states.js";
import type { Credentials } from "../../src/spec/credentials.js";

const TOKEN = "test-nks-token";
const credentials: Credentials = {
  hadoopEcoCredentialId: "i", hadoopEcoCredentialSecret: "s", hadoopEcoApiKey: "k", hadoopEcoClusterId: "c",
  nhnKubernetesToken: TOKEN, yarnUser: "u", bigdataPaasToken: "p",
};
const LATEST = "container-infra latest";

let fake: RunningFake<NksState>;
beforeAll(async () => {
  fake = await startApiFake("nhn-kubernetes", { port: 0, clock: "manual", selfCheck: true, credentials });
});
afterAll(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});
beforeEach(() => fake.reset());

interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

interface CallOptions {
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  /** undefined: "container-infra latest"; null: no header. */
  version?: string | null;
  token?: string | null;
}

async function call(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const hasBody = options.body !== undefined || options.raw !== undefined;
  const headers: Record<string, string> = {
    ...(hasBody ? { "content-type": "application/json" } : {}),
    ...(options.token === null ? {} : { "x-auth-token": options.token ?? TOKEN }),
    ...(options.version === null ? {} : { "openstack-api-version": options.version ?? LATEST }),
    ...(options.headers ?? {}),
  };
  const response = await httpCall(`${fake.url}${path}`, {
    method,
    headers,
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = response.text;
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

const magnumError = (status: number, detail: string, title = detail.split(".")[0]) => ({
  errors: [{ request_id: "", code: "client", status, title, detail, links: [] }],
});

async function createReady(name = "my-cluster", nodeCount = 2): Promise<string> {
  const created = await call("POST", "/v1/clusters", { body: sampleCreateBody(name, nodeCount) });
  expect(created.status).toBe(202);
  fake.advance(CREATE_STEPS);
  return created.body.uuid;
}

const statusOf = async (cluster: string) => (await call("GET", `/v1/clusters/${cluster}`)).body.status;
const groupOf = async (cluster: string, group: string) => (await call("GET", `/v1/clusters/${cluster}/nodegroups/${group}`)).body;
const eventsOf = async (cluster: string) => (await call("GET", `/v1/clusters/${cluster}/events`)).body.events as any[];

describe("cluster lifecycle", () => {
  test("create -> CREATE_IN_PROGRESS -> CREATE_COMPLETE with default node groups, then delete -> DELETE_IN_PROGRESS -> 404", async () => {
    const created = await call("POST", "/v1/clusters", { body: sampleCreateBody("my-cluster", 2) });
    expect(created.status).toBe(202);
    expect(created.body).toEqual({ uuid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const uuid = created.body.uuid;

    const creating = await call("GET", `/v1/clusters/${uuid}`);
    expect(creating.body).toMatchObject({ uuid, name: "my-cluster", status: "CREATE_IN_PROGRESS", api_address: null, node_count: 2 });
    const groups = await call("GET", "/v1/clusters/my-cluster/nodegroups");
    expect(groups.body.nodegroups.map((ng: any) => [ng.name, ng.role, ng.is_default, ng.status])).toEqual([
      ["default-master", "master", true, "CREATE_IN_PROGRESS"],
      ["default-worker", "worker", true, "CREATE_IN_PROGRESS"],
    ]);
    expect((await call("GET", `/v1/clusters/${uuid}/config`)).body).toEqual(magnumError(409, "Cluster API address is not available yet"));

    const seen = [];
    for (let step = 0; step < CREATE_STEPS; step++) {
      seen.push(await statusOf(uuid));
      fake.advance(1);
    }
    seen.push(await statusOf(uuid));
    expect(seen).toEqual([...Array(CREATE_STEPS).fill("CREATE_IN_PROGRESS"), "CREATE_COMPLETE"]);

    const ready = (await call("GET", "/v1/clusters/my-cluster")).body;
    expect(ready).toMatchObject({ uuid, status: "CREATE_COMPLETE", health_status: "HEALTHY", coe_version: "v1.29.3" });
    expect(ready.api_address).toMatch(/^https:\/\/.+:6443$/);
    expect(ready.node_addresses).toHaveLength(2);
    const worker = await groupOf(uuid, "default-worker");
    expect(worker).toMatchObject({ status: "CREATE_COMPLETE", node_count: 2, cluster_id: uuid });
    expect(worker.node_addresses).toEqual(ready.node_addresses);
    expect(await groupOf(uuid, worker.uuid)).toEqual(worker);

    const config = await call("GET", `/v1/clusters/${uuid}/config`);
    expect(config.status).toBe(200);
    expect(config.body.config).toContain(`server: ${ready.api_address}`);
    expect(config.body.config).toContain('name: "my-cluster"');

    const [event] = await eventsOf(uuid);
    expect(event).toMatchObject({ type: "CLUSTER_CREATE", state: "SUCCESS", resource_type: "cluster", cluster_uuid: uuid, cluster_name: "my-cluster" });
    expect((await call("GET", `/v1/clusters/${uuid}/events/${event.uuid}`)).body).toEqual(event);

    const deleted = await call("DELETE", "/v1/clusters/my-cluster");
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    expect(await statusOf(uuid)).toBe("DELETE_IN_PROGRESS");
    // Magnum's delete casts and its conductor has no state check: a second delete is 204 and changes nothing
    expect(await call("DELETE", `/v1/clusters/${uuid}`)).toMatchObject({ status: 204, body: undefined });
    expect(await statusOf(uuid)).toBe("DELETE_IN_PROGRESS");
    fake.advance(DELETE_STEPS);
    const gone = await call("GET", `/v1/clusters/${uuid}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual(magnumError(404, `Cluster ${uuid} could not be found.`));
    expect((await call("GET", "/v1/clusters")).body.clusters).toEqual([]);
  });

  test("a cluster can be deleted while it is being created; the create event fails", async () => {
    const { body } = await call("POST", "/v1/clusters", { body: sampleCreateBody("short-lived") });
    expect((await call("DELETE", `/v1/clusters/${body.uuid}`)).status).toBe(204);
    const events = await eventsOf(body.uuid);
    expect(events.map((e) => `${e.type}/${e.state}`)).toEqual(["CLUSTER_CREATE/FAIL", "CLUSTER_DELETE/IN_PROGRESS"]);
    fake.settle();
    expect((await call("GET", `/v1/clusters/${body.uuid}`)).status).toBe(404);
  });

  test("a taken name is accepted as in Magnum; the name then no longer names one cluster (409), the UUIDs do", async () => {
    const first = await createReady("taken");
    const again = await call("POST", "/v1/clusters", { body: sampleCreateBody("taken") });
    expect(again.status).toBe(202);
    expect(again.body.uuid).not.toBe(first);
    const ambiguous = magnumError(409, "Multiple clusters exist with same name. Please use the cluster uuid instead.");
    expect(await call("GET", "/v1/clusters/taken")).toMatchObject({ status: 409, body: ambiguous });
    expect(await call("DELETE", "/v1/clusters/taken")).toMatchObject({ status: 409, body: ambiguous });
    expect((await call("GET", `/v1/clusters/${first}`)).body).toMatchObject({ name: "taken", status: "CREATE_COMPLETE" });
    expect((await call("GET", `/v1/clusters/${again.body.uuid}`)).body).toMatchObject({ name: "taken", status: "CREATE_IN_PROGRESS" });
  });
});

describe("resize", () => {
  test("resize moves cluster and node group through UPDATE_IN_PROGRESS and changes the nodes", async () => {
    const uuid = await createReady("my-cluster", 2);
    const resized = await call("POST", "/v1/clusters/my-cluster/actions/resize", { body: { nodegroup: "default-worker", node_count: 3 } });
    expect(resized).toMatchObject({ status: 202, body: { uuid } });
    expect(await statusOf(uuid)).toBe("UPDATE_IN_PROGRESS");
    expect((await groupOf(uuid, "default-worker")).status).toBe("UPDATE_IN_PROGRESS");
    fake.advance(UPDATE_STEPS);
    expect(await statusOf(uuid)).toBe("UPDATE_COMPLETE");
    const grown = await groupOf(uuid, "default-worker");
    expect(grown).toMatchObject({ status: "UPDATE_COMPLETE", node_count: 3 });
    expect(grown.node_addresses).toHaveLength(3);

    const hosts = fake.state.clusters.get(uuid)!.nodeGroups[1]!.nodes;
    const removed = hosts[0]!.uuid;
    await call("POST", `/v1/clusters/${uuid}/actions/resize`, { body: { nodegroup: grown.uuid, node_count: 2, nodes_to_remove: [removed] } });
    fake.advance(UPDATE_STEPS);
    expect(fake.state.clusters.get(uuid)!.nodeGroups[1]!.nodes.map((n) => n.uuid)).not.toContain(removed);
    expect((await call("GET", `/v1/clusters/${uuid}`)).body.node_count).toBe(2);
    expect((await eventsOf(uuid)).map((e) => `${e.type}/${e.state}/${e.resource_name}`)).toEqual([
      "CLUSTER_CREATE/SUCCESS/my-cluster", "CLUSTER_RESIZE/SUCCESS/default-worker", "CLUSTER_RESIZE/SUCCESS/default-worker",
    ]);
  });

  test("a resize during UPDATE_IN_PROGRESS is accepted and runs (Magnum's cluster_resize allows it); the cluster completes after the last", async () => {
    const uuid = await createReady("my-cluster", 2);
    expect((await call("POST", "/v1/clusters/my-cluster/actions/resize", { body: { nodegroup: "default-worker", node_count: 3 } })).status).toBe(202);
    fake.advance(1);
    const second = await call("POST", `/v1/clusters/${uuid}/actions/resize`, { body: { nodegroup: "default-worker", node_count: 4 } });
    expect(second).toMatchObject({ status: 202, body: { uuid } });
    fake.advance(UPDATE_STEPS - 1);
    expect(await statusOf(uuid)).toBe("UPDATE_IN_PROGRESS");
    expect((await groupOf(uuid, "default-worker")).status).toBe("UPDATE_IN_PROGRESS");
    fake.advance(1);
    expect(await statusOf(uuid)).toBe("UPDATE_COMPLETE");
    const group = await groupOf(uuid, "default-worker");
    expect(group).toMatchObject({ status: "UPDATE_COMPLETE", node_count: 4 });
    expect(group.node_addresses).toHaveLength(4);
    expect((await eventsOf(uuid)).map((e) => `${e.type}/${e.state}`)).toEqual(["CLUSTER_CREATE/SUCCESS", "CLUSTER_RESIZE/SUCCESS", "CLUSTER_RESIZE/SUCCESS"]);
  });

  test("a resize while the cluster is being created is answered 202 and fails in the conductor: nothing changes", async () => {
    const { body } = await call("POST", "/v1/clusters", { body: sampleCreateBody("young", 2) });
    const answer = await call("POST", "/v1/clusters/young/actions/resize", { body: { nodegroup: "default-worker", node_count: 3 } });
    expect(answer).toMatchObject({ status: 202, body: { uuid: body.uuid } });
    expect(await statusOf(body.uuid)).toBe("CREATE_IN_PROGRESS");
    const refused = (await eventsOf(body.uuid)).at(-1);
    expect(refused).toMatchObject({ type: "CLUSTER_RESIZE", state: "FAIL", contents: 'Resizing a cluster when status is "CREATE_IN_PROGRESS" is not supported.' });
    fake.advance(CREATE_STEPS);
    expect((await groupOf(body.uuid, "default-worker")).node_count).toBe(2);
  });

  test.each([
    ["above the node group's maximum", { nodegroup: "default-worker", node_count: 11 }, 400,
      "Resizing default-worker outside the allowed range: min_node_count = 1, max_node_count = 10"],
    ["the master node group", { nodegroup: "default-master", node_count: 3 }, 400, "Resizing the master nodegroup is not supported by this driver."],
    ["an unknown node group", { nodegroup: "nope", node_count: 2 }, 404, "Nodegroup nope could not be found."],
  ])("resize of %s is refused", async (_name, body, status, detail) => {
    await createReady();
    const answer = await call("POST", "/v1/clusters/my-cluster/actions/resize", { body });
    expect(answer).toMatchObject({ status, body: magnumError(status, detail) });
  });

  test("Magnum's JSON-Patch of /node_count resizes the default worker group", async () => {
    const uuid = await createReady("my-cluster", 1);
    const patched = await call("PATCH", `/v1/clusters/${uuid}`, { body: [{ op: "replace", path: "/node_count", value: 2 }] });
    expect(patched).toMatchObject({ status: 202, body: { uuid } });
    fake.advance(UPDATE_STEPS);
    expect((await call("GET", `/v1/clusters/${uuid}`)).body).toMatchObject({ status: "UPDATE_COMPLETE", node_count: 2 });
    const internal = await call("PATCH", `/v1/clusters/${uuid}`, { body: [{ op: "replace", path: "/api_address", value: "x" }] });
    expect(internal.body).toEqual(magnumError(400, "'/api_address' is an internal attribute and can not be updated"));
  });
});

describe("node groups", () => {
  const newGroup = (name: string, extra: Record<string, unknown> = {}) => ({
    name, node_count: 1, flavor_id: "6ef27f21-c774-4c0e-84ff-7dd4a762571f", image_id: "f462a2a5-ba24-46d6-b7a1-9a9febcd3cfc",
    labels: { availability_zone: "kr2-pub-b", boot_volume_type: "General HDD", boot_volume_size: "20", ca_enable: "false" }, ...extra,
  });

  test("create -> CREATE_IN_PROGRESS -> CREATE_COMPLETE, delete -> DELETE_IN_PROGRESS -> 404", async () => {
    const uuid = await createReady();
    const created = await call("POST", "/v1/clusters/my-cluster/nodegroups", { body: newGroup("ng-1") });
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({ name: "ng-1", cluster_id: uuid, role: "worker", node_count: 1, status: "CREATE_IN_PROGRESS" });
    expect(await statusOf(uuid)).toBe("UPDATE_IN_PROGRESS");
    fake.advance(UPDATE_STEPS);
    const group = await groupOf(uuid, "ng-1");
    expect(group).toMatchObject({ uuid: created.body.uuid, status: "CREATE_COMPLETE", is_default: false });
    expect(group.node_addresses).toHaveLength(1);

    const duplicate = await call("POST", `/v1/clusters/${uuid}/nodegroups`, { body: newGroup("ng-1") });
    expect(duplicate.body).toEqual(magnumError(409, "A node group with name ng-1 already exists in the cluster my-cluster."));

    expect((await call("DELETE", `/v1/clusters/${uuid}/nodegroups/ng-1`)).status).toBe(204);
    expect((await groupOf(uuid, created.body.uuid)).status).toBe("DELETE_IN_PROGRESS");
    fake.advance(UPDATE_STEPS);
    const gone = await call("GET", `/v1/clusters/${uuid}/nodegroups/ng-1`);
    expect(gone).toMatchObject({ status: 404, body: magnumError(404, "Nodegroup ng-1 could not be found.") });
    expect((await eventsOf(uuid)).map((e) => `${e.type}/${e.state}/${e.resource_type}`)).toEqual([
      "CLUSTER_CREATE/SUCCESS/cluster", "NODEGROUP_CREATE/SUCCESS/nodegroup", "NODEGROUP_DELETE/SUCCESS/nodegroup",
    ]);
  });

  test.each([
    ["a master node group", newGroup("m", { role: "master" }), 400, "Creating master nodegroups is currently not supported."],
    ["node_count above max_node_count", newGroup("big", { node_count: 5, max_node_count: 3 }), 409,
      "max_node_count for big is invalid (node_count (5) should be less or equal to max_node_count (3))."],
    ["min_node_count above node_count", newGroup("small", { node_count: 1, min_node_count: 2 }), 409,
      "min_node_count for small is invalid (min_node_count (2) should be less or equal to node_count (1))."],
  ])("create of %s is refused", async (_name, body, status, detail) => {
    await createReady();
    expect(await call("POST", "/v1/clusters/my-cluster/nodegroups", { body })).toMatchObject({ status, body: magnumError(status, detail) });
  });

  test("a cluster without an API address yet cannot get node groups; default groups cannot be deleted", async () => {
    await call("POST", "/v1/clusters", { body: sampleCreateBody("young") });
    const early = await call("POST", "/v1/clusters/young/nodegroups", { body: newGroup("ng-1") });
    expect(early.body).toEqual(magnumError(409, "Cluster API address is not available yet"));
    fake.advance(CREATE_STEPS);
    for (const name of ["default-worker", "default-master"]) {
      const refused = await call("DELETE", `/v1/clusters/young/nodegroups/${name}`);
      expect(refused.body).toEqual(magnumError(400, "Deleting a default nodegroup is not supported."));
    }
  });

  test("create and delete run while a resize is running (Magnum checks no cluster state); a second delete is 204", async () => {
    const uuid = await createReady("my-cluster", 1);
    await call("POST", "/v1/clusters/my-cluster/actions/resize", { body: { nodegroup: "default-worker", node_count: 2 } });
    const created = await call("POST", "/v1/clusters/my-cluster/nodegroups", { body: newGroup("ng-1") });
    expect(created).toMatchObject({ status: 202, body: { name: "ng-1", status: "CREATE_IN_PROGRESS" } });
    fake.advance(UPDATE_STEPS);
    expect(await statusOf(uuid)).toBe("UPDATE_COMPLETE");
    expect(await groupOf(uuid, "ng-1")).toMatchObject({ status: "CREATE_COMPLETE", node_count: 1 });
    expect((await groupOf(uuid, "default-worker")).node_count).toBe(2);

    await call("POST", "/v1/clusters/my-cluster/nodegroups/default-worker/userscript", { body: { contents: "echo" } });
    expect((await call("DELETE", "/v1/clusters/my-cluster/nodegroups/ng-1")).status).toBe(204);
    expect((await call("DELETE", "/v1/clusters/my-cluster/nodegroups/ng-1")).status).toBe(204);
    fake.advance(UPDATE_STEPS);
    expect((await call("GET", `/v1/clusters/${uuid}/nodegroups/ng-1`)).status).toBe(404);
    expect(await statusOf(uuid)).toBe("UPDATE_COMPLETE");
    expect((await eventsOf(uuid)).map((e) => `${e.type}/${e.state}`)).toEqual([
      "CLUSTER_CREATE/SUCCESS", "CLUSTER_RESIZE/SUCCESS", "NODEGROUP_CREATE/SUCCESS", "NODEGROUP_USERSCRIPT_UPDATE/SUCCESS", "NODEGROUP_DELETE/SUCCESS",
    ]);
  });

  test("a change of a node group still being created is 202 and fails in the conductor (not in ALLOWED_NODEGROUP_STATES)", async () => {
    const uuid = await createReady();
    await call("POST", "/v1/clusters/my-cluster/nodegroups", { body: newGroup("ng-1") });
    const answer = await call("POST", "/v1/clusters/my-cluster/nodegroups/ng-1/userscript", { body: { contents: "echo" } });
    expect(answer.status).toBe(202);
    expect((await eventsOf(uuid)).at(-1)).toMatchObject({ type: "NODEGROUP_USERSCRIPT_UPDATE", state: "FAIL", resource_name: "ng-1" });
    fake.advance(UPDATE_STEPS);
    expect((await groupOf(uuid, "ng-1")).labels.user_script_v2).toBeUndefined();
  });

  test("an upgrade while the cluster is being updated is refused (user guide: Upgrade Rules)", async () => {
    await createReady();
    await call("POST", "/v1/clusters/my-cluster/actions/resize", { body: { nodegroup: "default-worker", node_count: 3 } });
    const refused = await call("POST", "/v1/clusters/my-cluster/nodegroups/default-master/upgrade", { body: { version: "v1.30.3" } });
    expect(refused).toMatchObject({ status: 409, body: magnumError(409, "Cluster my-cluster already has an operation in progress.") });
  });

  test("the user guide's stop/start constraints: not every node, not with the autoscaler on, no autoscaler or upgrade with stopped nodes", async () => {
    const uuid = await createReady("my-cluster", 2);
    const [first, second] = fake.state.clusters.get(uuid)!.nodeGroups[1]!.nodes;
    const path = "/v1/clusters/my-cluster/nodegroups/default-worker";
    const all = await call("POST", `${path}/stop_node`, { body: { node_list: `${first!.uuid}:${second!.uuid}` } });
    expect(all).toMatchObject({ status: 400, body: magnumError(400, "Stopping every node of nodegroup default-worker is not supported.") });
    expect((await call("POST", `${path}/stop_node`, { body: { node_list: first!.uuid } })).status).toBe(202);
    fake.advance(UPDATE_STEPS);
    const enable = await call("POST", `${path}/autoscale`, { body: { ca_enable: true } });
    expect(enable.body).toEqual(magnumError(400, "The autoscaler of nodegroup default-worker cannot be enabled while it has stopped nodes."));
    expect((await call("POST", "/v1/clusters/my-cluster/nodegroups/default-master/upgrade", { body: { version: "v1.30.3" } })).status).toBe(202);
    fake.advance(UPDATE_STEPS);
    const upgrade = await call("POST", `${path}/upgrade`, { body: { version: "v1.30.3" } });
    expect(upgrade.body).toEqual(magnumError(400, "Upgrading nodegroup default-worker is not supported while it has stopped nodes."));

    await call("POST", `${path}/start_node`, { body: { node_list: first!.uuid } });
    fake.advance(UPDATE_STEPS);
    expect((await call("POST", `${path}/autoscale`, { body: { ca_enable: true } })).status).toBe(202);
    fake.advance(UPDATE_STEPS);
    const stop = await call("POST", `${path}/stop_node`, { body: { node_list: first!.uuid } });
    expect(stop.body).toEqual(magnumError(400, "Stopping nodes of nodegroup default-worker is not supported while its autoscaler is enabled."));
  });

  test("the user guide's upgrade rules: one minor version at a time, the control plane only when every worker group matches it", async () => {
    await createReady();
    const master = "/v1/clusters/my-cluster/nodegroups/default-master/upgrade";
    expect((await call("POST", master, { body: { version: "v1.31.4" } })).body)
      .toEqual(magnumError(400, "Upgrading nodegroup default-master from v1.29.3 to v1.31.4 skips a minor version."));
    expect((await call("POST", master, { body: { version: "v1.30.3" } })).status).toBe(202);
    fake.advance(UPDATE_STEPS);
    expect((await call("POST", master, { body: { version: "v1.31.4" } })).body)
      .toEqual(magnumError(400, "Upgrading the control plane is not supported until nodegroup default-worker (v1.29.3) is at v1.30.3."));
  });

  const actionCases: Array<[string, string, string, unknown, string]> = [
    ["PATCH metric_base_autoscale", "PATCH", "", { type: "metric_base_autoscale", mba_scale_out: { enable: true, max_node_count: 5, rules_operator: "AND", delay: 5, adjustment_count: 1, rules: [{ metric: "GROUP_CPU_USAGE", threshold: 80, duration: 5 }] } }, "NODEGROUP_SET_METRIC_BASE_AUTOSCALER"],
    ["PATCH flavor_id", "PATCH", "", { type: "flavor_id", flavor_id: "069bdcff-e9b6-42c8-83ce-4c743ea30394" }, "NODEGROUP_UPDATE_FLAVOR"],
    ["PATCH fip_auto_bind", "PATCH", "", { type: "fip_auto_bind", fip_auto_bind_update_info: { fip_auto_bind_enable: false } }, "NODEGROUP_UPDATE_FIP_AUTO_BIND"],
    ["PATCH k8s_node_labels", "PATCH", "", { type: "k8s_node_labels", k8s_node_labels: { tier: "web" } }, "NODEGROUP_UPDATE_K8S_NODE_LABELS"],
    ["set the autoscaler", "POST", "/autoscale", { ca_enable: true, ca_max_node_count: 8, ca_min_node_count: 2 }, "NODEGROUP_SET_CLUSTER_AUTOSCALER"],
    ["set the user script", "POST", "/userscript", { contents: "#!/bin/bash\necho hi" }, "NODEGROUP_USERSCRIPT_UPDATE"],
  ];

  test.each(actionCases)("%s: 202 {uuid}, UPDATE_IN_PROGRESS -> UPDATE_COMPLETE, event", async (_name, method, suffix, body, eventType) => {
    const uuid = await createReady();
    const worker = await groupOf(uuid, "default-worker");
    const answer = await call(method, `/v1/clusters/my-cluster/nodegroups/default-worker${suffix}`, { body });
    expect(answer).toMatchObject({ status: 202, body: { uuid: worker.uuid } });
    expect((await groupOf(uuid, "default-worker")).status).toBe("UPDATE_IN_PROGRESS");
    // Magnum's nodegroup_update runs while the node group is UPDATE_IN_PROGRESS (ALLOWED_NODEGROUP_STATES)
    expect((await call(method, `/v1/clusters/${uuid}/nodegroups/${worker.uuid}${suffix}`, { body })).status).toBe(202);
    fake.advance(UPDATE_STEPS);
    expect((await groupOf(uuid, "default-worker")).status).toBe("UPDATE_COMPLETE");
    expect(await statusOf(uuid)).toBe("UPDATE_COMPLETE");
    expect((await eventsOf(uuid)).at(-1)).toMatchObject({ type: eventType, state: "SUCCESS", resource_uuid: worker.uuid });
  });

  test("autoscaler settings read back as booleans and integers after the change completes", async () => {
    await createReady();
    const before = await call("GET", "/v1/clusters/my-cluster/nodegroups/default-worker/autoscale");
    expect(before.body).toMatchObject({ ca_enable: false, ca_max_node_count: 10 });
    await call("POST", "/v1/clusters/my-cluster/nodegroups/default-worker/autoscale", { body: { ca_enable: "True", ca_max_node_count: "7" } });
    fake.advance(UPDATE_STEPS);
    const after = await call("GET", "/v1/clusters/my-cluster/nodegroups/default-worker/autoscale");
    expect(after.body).toMatchObject({ ca_enable: true, ca_max_node_count: 7, clusterautoscale: "nodegroupfeature" });
  });

  test("stop and start nodes of the group; unknown nodes are refused", async () => {
    const uuid = await createReady("my-cluster", 2);
    const [first] = fake.state.clusters.get(uuid)!.nodeGroups[1]!.nodes;
    const stop = await call("POST", "/v1/clusters/my-cluster/nodegroups/default-worker/stop_node", { body: { node_list: first!.uuid } });
    expect(stop.status).toBe(202);
    fake.advance(UPDATE_STEPS);
    const reason = (await call("GET", `/v1/clusters/${uuid}`)).body.health_status_reason;
    expect(reason).toMatchObject({ "my-cluster-default-worker-node-0.Ready": "False", "my-cluster-default-worker-node-1.Ready": "True" });
    await call("POST", "/v1/clusters/my-cluster/nodegroups/default-worker/start_node", { body: { node_list: first!.uuid } });
    fake.advance(UPDATE_STEPS);
    expect((await call("GET", `/v1/clusters/${uuid}`)).body.health_status_reason["my-cluster-default-worker-node-0.Ready"]).toBe("True");
    const unknown = await call("POST", "/v1/clusters/my-cluster/nodegroups/default-worker/stop_node", { body: { node_list: "not-a-node" } });
    expect(unknown.body).toEqual(magnumError(400, "Node not-a-node is not in nodegroup default-worker."));
  });

  test("upgrade: the control plane first, then workers, never past it", async () => {
    const uuid = await createReady();
    const early = await call("POST", "/v1/clusters/my-cluster/nodegroups/default-worker/upgrade", { body: { version: "v1.30.3" } });
    expect(early.body).toEqual(magnumError(400, "Upgrading nodegroup default-worker to v1.30.3 before the control plane (v1.29.3) is not supported."));
    expect((await call("POST", "/v1/clusters/my-cluster/nodegroups/default-master/upgrade", { body: { version: "v1.30.3" } })).status).toBe(202);
    fake.advance(UPDATE_STEPS);
    const cluster = (await call("GET", `/v1/clusters/${uuid}`)).body;
    expect(cluster).toMatchObject({ coe_version: "v1.30.3", labels: { kube_tag: "v1.30.3" }, status: "UPDATE_COMPLETE" });
    expect((await call("POST", "/v1/clusters/my-cluster/nodegroups/default-worker/upgrade", { body: { version: "v1.30.3" } })).status).toBe(202);
    fake.advance(UPDATE_STEPS);
    expect(await groupOf(uuid, "default-worker")).toMatchObject({ version: "v1.30.3", status: "UPDATE_COMPLETE" });
  });
});

describe("cluster actions", () => {
  const cases: Array<[string, string, string, unknown, string]> = [
    ["control-plane log", "PATCH", "", { type: "control_plane_log", control_plane_log: { enable: true, type: "lncs", sgw: "b6f68830-e688-4d89-ac0a-2f1a5594177a", lncs_appkey: "app" } }, "CLUSTER_UPDATE_CONTROL_PLANE_LOG"],
    ["IP ACL", "POST", "/api_ep_ipacl", { enable: "True", action: "ALLOW", ipacl_targets: [{ cidr_address: "10.0.0.0/24" }] }, "CLUSTER_API_EP_IPACL_UPDATE"],
    ["service gateways", "POST", "/actions/update_sgw", { ncr_sgw: "b6f68830-e688-4d89-ac0a-2f1a5594177a", obs_sgw: "c6f68830-e688-4d89-ac0a-2f1a5594177a" }, "CLUSTER_UPDATE_SGW"],
  ];

  test.each(cases)("%s: 202 {uuid}, UPDATE_IN_PROGRESS -> UPDATE_COMPLETE, event", async (_name, method, suffix, body, eventType) => {
    const uuid = await createReady();
    expect(await call(method, `/v1/clusters/my-cluster${suffix}`, { body })).toMatchObject({ status: 202, body: { uuid } });
    expect(await statusOf(uuid)).toBe("UPDATE_IN_PROGRESS");
    // like Magnum's cluster PATCH: 202, then the conductor's cluster_update refuses a busy cluster
    expect(await call(method, `/v1/clusters/${uuid}${suffix}`, { body })).toMatchObject({ status: 202, body: { uuid } });
    fake.advance(UPDATE_STEPS);
    expect(await statusOf(uuid)).toBe("UPDATE_COMPLETE");
    const [done, refused] = (await eventsOf(uuid)).slice(-2);
    expect(done).toMatchObject({ type: eventType, state: "SUCCESS", resource_type: "cluster", contents: null });
    expect(refused).toMatchObject({ type: eventType, state: "FAIL", contents: 'Updating a cluster when status is "UPDATE_IN_PROGRESS" is not supported.' });
  });

  test("certificate renewal sets the validity; the IP ACL reads back once applied", async () => {
    const uuid = await createReady();
    expect((await call("PATCH", `/v1/certificates/${uuid}`, { body: { term_of_validity: 3 } })).status).toBe(202);
    fake.advance(UPDATE_STEPS);
    expect((await call("GET", `/v1/clusters/${uuid}`)).body.labels.term_of_validity).toBe("3");
    expect((await eventsOf(uuid)).at(-1).type).toBe("CLUSTER_ROTATE_CERTIFICATE");

    expect((await call("GET", `/v1/clusters/${uuid}/api_ep_ipacl`)).body).toEqual({ cluster_uuid: uuid, enable: "false" });
    const targets = [{ cidr_address: "192.168.0.5", description: "My Friend" }];
    await call("POST", `/v1/clusters/${uuid}/api_ep_ipacl`, { body: { enable: "True", action: "DENY", ipacl_targets: targets } });
    fake.advance(UPDATE_STEPS);
    expect((await call("GET", "/v1/clusters/my-cluster/api_ep_ipacl")).body).toEqual({ cluster_uuid: uuid, enable: "true", action: "DENY", ipacl_targets: targets });
  });

  test("the kubeconfig is served while the cluster is updating; a certificate renewal then is 400 (Magnum's synchronous rotate_ca check)", async () => {
    const uuid = await createReady();
    await call("PATCH", `/v1/certificates/${uuid}`, { body: { term_of_validity: 1 } });
    const config = await call("GET", `/v1/clusters/${uuid}/config`);
    expect(config.status).toBe(200);
    expect(config.body.config).toContain("server: https://");
    const again = await call("PATCH", `/v1/certificates/${uuid}`, { body: { term_of_validity: 2 } });
    expect(again).toMatchObject({ status: 400, body: magnumError(400, 'Updating a cluster when status is "UPDATE_IN_PROGRESS" is not supported.') });
  });
});

describe("add-ons", () => {
  test("catalogue: types by name or UUID, add-ons by UUID", async () => {
    const types = await call("GET", "/v1/addon_types");
    expect(types.body.addon_types.map((t: any) => t.name)).toEqual(["cni", "kube-dns"]);
    const cni = types.body.addon_types[0];
    expect((await call("GET", "/v1/addon_types/cni")).body).toEqual(cni);
    expect((await call("GET", `/v1/addon_types/${cni.uuid}`)).body).toEqual(cni);
    expect((await call("GET", "/v1/addon_types/nope")).body).toEqual(magnumError(404, "Addon type nope could not be found."));
    const addons = (await call("GET", "/v1/addons")).body.addons;
    expect((await call("GET", `/v1/addons/${addons[0].uuid}`)).body).toEqual(addons[0]);
  });

  test("installed add-ons: update, remove and install again, each through the cluster's update", async () => {
    const uuid = await createReady();
    const installed = (await call("GET", "/v1/clusters/my-cluster/addons")).body.addons;
    expect(installed.map((a: any) => `${a.name}/${a.version}/${a.status}`)).toEqual(["calico/v3.28.2-nks1/CREATE_COMPLETE", "coredns/1.8.4-nks1/CREATE_COMPLETE"]);

    const updated = await call("PATCH", "/v1/clusters/my-cluster/addons/calico", { body: { version: "v3.29.3-nks1", resolve_conflicts: "overwrite" } });
    expect(updated).toMatchObject({ status: 202, body: { uuid } });
    expect((await call("GET", `/v1/clusters/${uuid}/addons/${installed[0].uuid}`)).body.status).toBe("UPDATE_IN_PROGRESS");
    fake.advance(UPDATE_STEPS);
    expect((await call("GET", `/v1/clusters/${uuid}/addons/calico`)).body).toMatchObject({ version: "v3.29.3-nks1", status: "UPDATE_COMPLETE" });

    expect(await call("DELETE", `/v1/clusters/${uuid}/addons/coredns`)).toMatchObject({ status: 202, body: { uuid } });
    fake.advance(UPDATE_STEPS);
    expect((await call("GET", `/v1/clusters/${uuid}/addons/coredns`)).status).toBe(404);

    const install = { name: "coredns", version: "1.11.3-nks1", resolve_conflicts: "none" };
    expect((await call("POST", `/v1/clusters/${uuid}/addons`, { body: install })).status).toBe(202);
    fake.advance(UPDATE_STEPS);
    expect((await call("GET", `/v1/clusters/${uuid}/addons/coredns`)).body).toMatchObject({ version: "1.11.3-nks1", status: "CREATE_COMPLETE" });
    expect((await eventsOf(uuid)).slice(1).map((e) => e.type)).toEqual(["CLUSTER_UPDATE_ADDON", "CLUSTER_UNINSTALL_ADDON", "CLUSTER_INSTALL_ADDON"]);

    const second = await call("POST", `/v1/clusters/${uuid}/addons`, { body: { name: "calico", version: "v3.28.2-nks1", resolve_conflicts: "none" } });
    expect(second.body).toEqual(magnumError(409, "An add-on of type cni (calico) is already installed in cluster my-cluster."));
    const unknown = await call("PATCH", `/v1/clusters/${uuid}/addons/calico`, { body: { version: "v9", resolve_conflicts: "none" } });
    expect(unknown.body).toEqual(magnumError(400, "Invalid input for field/attribute version. Value: 'v9'. Addon calico has no such version."));
  });

  test("an add-on change on a busy cluster is 202 and fails at once; the add-on stays as it was", async () => {
    const uuid = await createReady();
    await call("POST", "/v1/clusters/my-cluster/actions/resize", { body: { nodegroup: "default-worker", node_count: 3 } });
    const answer = await call("PATCH", "/v1/clusters/my-cluster/addons/calico", { body: { version: "v3.29.3-nks1", resolve_conflicts: "none" } });
    expect(answer).toMatchObject({ status: 202, body: { uuid } });
    expect((await eventsOf(uuid)).at(-1)).toMatchObject({ type: "CLUSTER_UPDATE_ADDON", state: "FAIL", contents: 'Updating a cluster when status is "UPDATE_IN_PROGRESS" is not supported.' });
    fake.advance(UPDATE_STEPS);
    expect((await call("GET", `/v1/clusters/${uuid}/addons/calico`)).body).toMatchObject({ version: "v3.28.2-nks1", status: "CREATE_COMPLETE" });
  });

  test("getSupports answers the spec's example", async () => {
    const supports = await call("GET", "/v1/supports");
    expect(supports.status).toBe(200);
    expect(supports.body.supported_k8s["v1.29.3"]).toBe(true);
    expect(supports.body.supported_event_type).toHaveProperty("CLUSTER_CREATE");
  });
});

describe("Keystone token and microversions", () => {
  // keystonemiddleware's body, as recorded from Magnum 15.0.1 (test/real/recordings/keystone/06-no-token.json)
  const unauthorized = { error: { code: 401, title: "Unauthorized", message: "The request you have made requires authentication." } };

  test.each([
    ["missing", null],
    ["wrong", "not-the-token"],
    ["empty", ""],
  ])("a %s X-Auth-Token is 401 in keystonemiddleware's error format", async (_name, token) => {
    const answer = await call("GET", "/v1/clusters", { token });
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual(unauthorized);
    expect(answer.headers.get("www-authenticate")).toMatch(/^Keystone uri=/);
  });

  test("the token is checked before the body is looked at", async () => {
    const answer = await call("POST", "/v1/clusters", { token: "wrong", raw: "{not json" });
    expect(answer.status).toBe(401);
  });

  test("answers carry the supported range and the negotiated version", async () => {
    const latest = await call("GET", "/v1/clusters");
    expect(latest.headers.get("openstack-api-minimum-version")).toBe("container-infra 1.1");
    expect(latest.headers.get("openstack-api-maximum-version")).toBe("container-infra 1.14");
    expect(latest.headers.get("openstack-api-version")).toBe("container-infra 1.14");
    const none = await call("GET", "/v1/clusters", { version: null });
    expect(none.status).toBe(200);
    expect(none.headers.get("openstack-api-version")).toBe("container-infra 1.1");
  });

  test.each([
    ["node groups without the header (1.1)", "/v1/clusters/my-cluster/nodegroups", null,
      "Version 1.1 was requested but the requested API get_all is not supported for this version."],
    ["node groups at 1.8", "/v1/clusters/my-cluster/nodegroups/default-worker", "container-infra 1.8",
      "Version 1.8 was requested but the requested API get_one is not supported for this version."],
    ["another service type", "/v1/clusters", "compute 2.1", "Invalid service type for OpenStack-API-Version header"],
    ["an unreadable version", "/v1/clusters", "container-infra one", "Invalid value for OpenStack-API-Version header"],
  ])("406 for %s", async (_name, path, version, detail) => {
    await createReady();
    const answer = await call("GET", path, { version });
    expect(answer.status).toBe(406);
    expect(answer.body.errors[0]).toMatchObject({ status: 406, detail });
  });

  test("406 with the supported range for a version the server does not offer", async () => {
    const answer = await call("GET", "/v1/clusters", { version: "container-infra 1.99" });
    expect(answer.status).toBe(406);
    expect(answer.body.errors[0]).toMatchObject({
      code: "magnum.microversion-unsupported", title: "Requested microversion is unsupported", min_version: "1.1", max_version: "1.14",
      description: expect.stringContaining("The supported version range is: [container-infra 1.1, container-infra 1.14]."),
    });
    expect(answer.body.errors[0]).not.toHaveProperty("status");
  });

  test("resize needs 1.7", async () => {
    await createReady();
    const old = await call("POST", "/v1/clusters/my-cluster/actions/resize", { version: "container-infra 1.6", body: { nodegroup: "default-worker", node_count: 2 } });
    expect(old.body.errors[0].detail).toBe("Version 1.6 was requested but the requested API resize is not supported for this version.");
    expect((await call("POST", "/v1/clusters/my-cluster/actions/resize", { version: "container-infra 1.7", body: { nodegroup: "default-worker", node_count: 3 } })).status).toBe(202);
  });
});

describe("bad input", () => {
  const valid = sampleCreateBody("bad-input");
  const labels = valid.labels as Record<string, unknown>;
  const deep = (depth: number): unknown => (depth === 0 ? {} : { a: deep(depth - 1) });
  const cases: Array<{ name: string; method: string; path: string; options: CallOptions; status: number; detail?: string | RegExp }> = [
    { name: "malformed JSON", method: "POST", path: "/v1/clusters", options: { raw: '{"name": ' }, status: 400 },
    { name: "text/plain body", method: "POST", path: "/v1/clusters", options: { raw: "name=x", headers: { "content-type": "text/plain" } }, status: 415, detail: "Unknown mimetype: text/plain" },
    { name: "oversized body", method: "POST", path: "/v1/clusters", options: { raw: JSON.stringify({ ...valid, pad: "x".repeat(1_100_000) }) }, status: 413 },
    { name: "deep nesting", method: "POST", path: "/v1/clusters", options: { raw: JSON.stringify({ ...valid, labels: { ...labels, deep: deep(200) } }) }, status: 400 },
    { name: "unknown path", method: "GET", path: "/v1/nothing-here", options: {}, status: 404 },
    { name: "unknown method", method: "PUT", path: "/v1/clusters", options: { body: {} }, status: 405 },
    { name: "missing body", method: "POST", path: "/v1/clusters", options: { headers: { "content-type": "application/json" } }, status: 400, detail: /Mandatory field missing/ },
    { name: "cluster_template_id other than iaas_console", method: "POST", path: "/v1/clusters", options: { body: { ...valid, cluster_template_id: "k8s" } }, status: 400, detail: /cluster_template_id/ },
    { name: "missing required label kube_tag", method: "POST", path: "/v1/clusters", options: { body: { ...valid, labels: { ...labels, kube_tag: undefined } } }, status: 400, detail: "Invalid input for field/attribute labels.kube_tag. Value: 'None'. Mandatory field missing." },
    { name: "cert_manager_api False", method: "POST", path: "/v1/clusters", options: { body: { ...valid, labels: { ...labels, cert_manager_api: "False" } } }, status: 400, detail: /labels\.cert_manager_api/ },
    { name: "name starting with a digit", method: "POST", path: "/v1/clusters", options: { body: { ...valid, name: "1abc" } }, status: 400, detail: /field\/attribute name/ },
    { name: "public API endpoint without external network", method: "POST", path: "/v1/clusters", options: { body: { ...valid, labels: { ...labels, master_lb_floating_ip_enabled: "True" } } }, status: 400, detail: /external_network_id/ },
    { name: "pods CIDR smaller than /24", method: "POST", path: "/v1/clusters", options: { body: { ...valid, labels: { ...labels, pods_network_cidr: "10.100.0.0/26" } } }, status: 400, detail: /smaller than \/24/ },
    { name: "service range in 169.254.0.0/16", method: "POST", path: "/v1/clusters", options: { body: { ...valid, labels: { ...labels, service_cluster_ip_range: "169.254.0.0/16" } } }, status: 400, detail: /reserved range/ },
    { name: "unknown add-on version", method: "POST", path: "/v1/clusters", options: { body: { ...valid, addons: [{ name: "calico", version: "v0" }] } }, status: 400, detail: /No such add-on version/ },
    { name: "resize to 0", method: "POST", path: "/v1/clusters/c/actions/resize", options: { body: { nodegroup: "default-worker", node_count: 0 } }, status: 400, detail: /node_count/ },
    { name: "node-group PATCH of an unknown type", method: "PATCH", path: "/v1/clusters/c/nodegroups/default-worker", options: { body: { type: "node_count", node_count: 3 } }, status: 400 },
    { name: "certificate validity of 6 years", method: "PATCH", path: "/v1/certificates/c", options: { body: { term_of_validity: 6 } }, status: 400, detail: /term_of_validity/ },
    { name: "IP ACL enabled without targets", method: "POST", path: "/v1/clusters/c/api_ep_ipacl", options: { body: { enable: "True" } }, status: 400 },
    { name: "event id that is not a UUID", method: "GET", path: "/v1/clusters/c/events/..%2F..%2Fetc", options: {}, status: 404 },
    { name: "cluster UUID for events that is not a UUID", method: "GET", path: "/v1/clusters/my-cluster/events", options: {}, status: 404, detail: "Cluster my-cluster could not be found." },
    { name: "unicode cluster id", method: "GET", path: `/v1/clusters/${encodeURIComponent("클러스터☃")}`, options: {}, status: 404, detail: "Cluster 클러스터☃ could not be found." },
    { name: "path traversal in a cluster id", method: "GET", path: "/v1/clusters/..%2F..%2Fv1%2Fsupports", options: {}, status: 404, detail: "Cluster ../../v1/supports could not be found." },
    { name: "very long cluster id", method: "GET", path: `/v1/clusters/${"x".repeat(5000)}`, options: {}, status: 404 },
    { name: "unknown node group", method: "GET", path: "/v1/clusters/c/nodegroups/%00", options: {}, status: 404 },
    { name: "unknown installed add-on", method: "DELETE", path: "/v1/clusters/c/addons/nope", options: {}, status: 404, detail: "Addon nope could not be found." },
    { name: "catalogue add-on id that is not a UUID", method: "GET", path: "/v1/addons/calico", options: {}, status: 404, detail: "Addon calico could not be found." },
  ];

  test.each(cases)("$name -> $status in Magnum's error format", async ({ method, path, options, status, detail }) => {
    await createReady("c");
    const answer = await call(method, path, options);
    expect(answer.status).toBe(status);
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors[0]).toMatchObject({ request_id: "", code: "client", status, links: [] });
    if (typeof detail === "string") expect(answer.body.errors[0].detail).toBe(detail);
    if (detail instanceof RegExp) expect(answer.body.errors[0].detail).toMatch(detail);
    expect(answer.body.errors[0].title).toBe(answer.body.errors[0].detail.split(".")[0]);
  });
});

describe("concurrency", () => {
  test("200 parallel creates with distinct names, then 200 parallel deletes", async () => {
    const names = Array.from({ length: 200 }, (_, i) => `load-${i}`);
    const created = await Promise.all(names.map((name) => call("POST", "/v1/clusters", { body: sampleCreateBody(name) })));
    expect(created.map((a) => a.status)).toEqual(names.map(() => 202));
    expect(new Set(created.map((a) => a.body.uuid)).size).toBe(200);
    fake.advance(CREATE_STEPS);
    const listed = (await call("GET", "/v1/clusters")).body.clusters;
    expect(listed).toHaveLength(200);
    expect(listed.every((c: any) => c.status === "CREATE_COMPLETE")).toBe(true);
    expect(listed.map((c: any) => c.name).sort()).toEqual([...names].sort());

    const deleted = await Promise.all(created.map((a) => call("DELETE", `/v1/clusters/${a.body.uuid}`)));
    expect(deleted.map((a) => a.status)).toEqual(names.map(() => 204));
    fake.advance(DELETE_STEPS);
    expect((await call("GET", "/v1/clusters")).body.clusters).toEqual([]);
  }, 30_000); // 800 self-checked requests: ~1 s alone, over 5 s when the machine is loaded

  test("30 parallel creates with the same name: 30 clusters with distinct UUIDs (Magnum has no name check)", async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, () => call("POST", "/v1/clusters", { body: sampleCreateBody("same") })));
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 202));
    expect(new Set(answers.map((a) => a.body.uuid)).size).toBe(30);
    expect((await call("GET", "/v1/clusters")).body.clusters.map((c: any) => c.name)).toEqual(answers.map(() => "same"));
  });
});

describe("provider states", () => {
  const apply = async (state: string, params: Record<string, unknown> = {}) => {
    const response = await fetch(`${fake.url}/__fake/state`, { method: "POST", body: JSON.stringify({ state, params }) });
    expect(response.status).toBe(200);
  };

  test("the states are listed", async () => {
    const states = ((await (await fetch(`${fake.url}/__fake/states`)).json()) as { states: string[] }).states;
    expect(states).toEqual(expect.arrayContaining([
      "cluster my-cluster exists", "cluster my-cluster does not exist", "cluster my-cluster is being created",
      "cluster my-cluster has node group ng-1", "cluster my-cluster is being deleted", "cluster my-cluster is being updated",
    ]));
  });

  test("exists: CREATE_COMPLETE under a fixed UUID with default node groups and a fixed event", async () => {
    await apply("cluster my-cluster exists");
    const cluster = (await call("GET", "/v1/clusters/my-cluster")).body;
    expect(cluster).toMatchObject({ uuid: CLUSTER_UUID, status: "CREATE_COMPLETE", health_status: "HEALTHY" });
    expect((await call("GET", `/v1/clusters/${CLUSTER_UUID}/nodegroups`)).body.nodegroups.map((ng: any) => ng.name)).toEqual(["default-master", "default-worker"]);
    expect((await call("GET", `/v1/clusters/${CLUSTER_UUID}/events/${EVENT_UUID}`)).body).toMatchObject({ type: "CLUSTER_CREATE", state: "SUCCESS" });
    await apply("cluster my-cluster exists");
    expect((await call("GET", "/v1/clusters")).body.clusters).toHaveLength(1);
  });

  test("does not exist, being created, being updated, has ng-1, being deleted", async () => {
    await apply("cluster my-cluster exists");
    await apply("cluster my-cluster does not exist");
    expect((await call("GET", "/v1/clusters/my-cluster")).status).toBe(404);

    await apply("cluster my-cluster is being created");
    expect(await statusOf("my-cluster")).toBe("CREATE_IN_PROGRESS");
    fake.advance(CREATE_STEPS);
    expect(await statusOf("my-cluster")).toBe("CREATE_COMPLETE");

    await apply("cluster my-cluster is being updated");
    expect(await statusOf("my-cluster")).toBe("UPDATE_IN_PROGRESS");
    fake.advance(UPDATE_STEPS);
    expect(await statusOf("my-cluster")).toBe("UPDATE_COMPLETE");

    await apply("cluster my-cluster has node group ng-1");
    expect(await groupOf(CLUSTER_UUID, NODE_GROUP_UUID)).toMatchObject({ name: "ng-1", status: "CREATE_COMPLETE" });

    await apply("cluster my-cluster is being deleted");
    expect(await statusOf(CLUSTER_UUID)).toBe("DELETE_IN_PROGRESS");
    fake.advance(DELETE_STEPS);
    expect((await call("GET", `/v1/clusters/${CLUSTER_UUID}`)).status).toBe(404);
  });

  test("an unknown state is refused with the known ones", async () => {
    const response = await fetch(`${fake.url}/__fake/state`, { method: "POST", body: JSON.stringify({ state: "cluster exploded" }) });
    expect(response.status).toBe(400);
  });
});

describe("reset", () => {
  test("reset drops every cluster and pending lifecycle work", async () => {
    await call("POST", "/v1/clusters", { body: sampleCreateBody("temp") });
    expect((await fetch(`${fake.url}/__fake/reset`, { method: "POST" })).status).toBe(200);
    expect((await call("GET", "/v1/clusters")).body.clusters).toEqual([]);
    expect(fake.clock.pending()).toBe(0);
  });
});
