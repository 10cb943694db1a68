import { describe, expect, test } from "vitest";
import { loadSpec } from "../../spec/load-spec.js";
import { FakeClock } from "../runtime/fake-clock.js";
import type { HandlerContext } from "../runtime/types.js";
import { parseVersion } from "./admission.js";
import { buildCluster, sampleCreateBody } from "./build-cluster.js";
import { buildErrorBody, titleOf } from "./errors.js";
import { CREATE_STEPS, DELETE_STEPS, UPDATE_STEPS, recordEvent, recordRefusal, scheduleCreation, startDeletion, startUpdate } from "./lifecycle.js";
import type { ClusterStatus, NksState } from "./model.js";
import { createInitialState } from "./seed.js";

const spec = await loadSpec("nhn-kubernetes");
const transitions: Record<string, string[]> = spec.document.components.schemas.ClusterStatus["x-state-transitions"];

function makeContext(): { context: HandlerContext<NksState>; clock: FakeClock } {
  const clock = new FakeClock("manual", 10);
  const context = {
    state: createInitialState({} as never),
    credentials: {} as never,
    now: () => clock.now(),
    after: (steps: number, job: () => void) => clock.after(steps, job),
    origin: "http://fake",
    error: (status: number, message: string) => ({ status, body: buildErrorBody(status, message) }),
    example: () => { throw new Error("unused"); },
  } satisfies HandlerContext<NksState>;
  return { context, clock };
}

/** Every status change the fake makes must be one the spec's x-state-transitions allows. */
function expectAllowedPath(path: ClusterStatus[]) {
  for (let i = 1; i < path.length; i++) {
    if (path[i] !== path[i - 1]) expect(transitions[path[i - 1]!], `${path[i - 1]} -> ${path[i]}`).toContain(path[i]);
  }
}

describe("lifecycles follow x-state-transitions", () => {
  test("create, update, delete", () => {
    const { context, clock } = makeContext();
    const cluster = buildCluster(context, sampleCreateBody("c"));
    context.state.clusters.set(cluster.uuid, cluster);
    const seen: ClusterStatus[] = [cluster.status];
    scheduleCreation(context, cluster, recordEvent(context, cluster, "CLUSTER_CREATE"));
    for (let i = 0; i < CREATE_STEPS; i++) { clock.advance(1); seen.push(cluster.status); }
    startUpdate(context, cluster, { eventType: "CLUSTER_UPDATE_SGW" });
    seen.push(cluster.status);
    for (let i = 0; i < UPDATE_STEPS; i++) { clock.advance(1); seen.push(cluster.status); }
    startDeletion(context, cluster);
    seen.push(cluster.status);
    expect(seen.at(-1)).toBe("DELETE_IN_PROGRESS");
    expect(seen).toContain("CREATE_COMPLETE");
    expect(seen).toContain("UPDATE_COMPLETE");
    expectAllowedPath(seen);
    clock.advance(DELETE_STEPS);
    expect(context.state.clusters.size).toBe(0);
    expect(cluster.events.map((e) => `${e.type}/${e.state}`)).toEqual(["CLUSTER_CREATE/SUCCESS", "CLUSTER_UPDATE_SGW/SUCCESS", "CLUSTER_DELETE/IN_PROGRESS"]);
  });

  test("a delete during an update supersedes it: the update never completes, its event fails", () => {
    const { context, clock } = makeContext();
    const cluster = buildCluster(context, sampleCreateBody("c"));
    context.state.clusters.set(cluster.uuid, cluster);
    scheduleCreation(context, cluster, recordEvent(context, cluster, "CLUSTER_CREATE"));
    clock.advance(CREATE_STEPS);
    const event = startUpdate(context, cluster, { eventType: "CLUSTER_RESIZE" });
    startDeletion(context, cluster);
    expectAllowedPath(["UPDATE_IN_PROGRESS", cluster.status]);
    clock.advance(UPDATE_STEPS);
    expect(cluster.status).toBe("DELETE_IN_PROGRESS");
    expect(event.state).toBe("FAIL");
  });
});

describe("overlapping updates and refusals", () => {
  test("the cluster and its node group stay UPDATE_IN_PROGRESS until the last running update completes", () => {
    const { context, clock } = makeContext();
    const cluster = buildCluster(context, sampleCreateBody("c"));
    context.state.clusters.set(cluster.uuid, cluster);
    scheduleCreation(context, cluster, recordEvent(context, cluster, "CLUSTER_CREATE"));
    clock.advance(CREATE_STEPS);
    const group = cluster.nodeGroups[1]!;
    const first = startUpdate(context, cluster, { eventType: "CLUSTER_RESIZE", group });
    clock.advance(1);
    const second = startUpdate(context, cluster, { eventType: "NODEGROUP_UPDATE_FLAVOR", group });
    const seen: ClusterStatus[] = ["CREATE_COMPLETE", cluster.status];
    clock.advance(UPDATE_STEPS - 1);
    expect([first.state, second.state, cluster.status, group.status]).toEqual(["SUCCESS", "IN_PROGRESS", "UPDATE_IN_PROGRESS", "UPDATE_IN_PROGRESS"]);
    seen.push(cluster.status);
    clock.advance(1);
    seen.push(cluster.status);
    expect([second.state, cluster.status, group.status]).toEqual(["SUCCESS", "UPDATE_COMPLETE", "UPDATE_COMPLETE"]);
    expectAllowedPath(seen);
  });

  test("a refused change leaves the status alone and fails its event with the conductor's message", () => {
    const { context } = makeContext();
    const cluster = buildCluster(context, sampleCreateBody("c"));
    const event = recordRefusal(context, cluster, "CLUSTER_RESIZE", "Resizing a cluster when status is \"CREATE_IN_PROGRESS\" is not supported.");
    expect(cluster.status).toBe("CREATE_IN_PROGRESS");
    expect(event).toMatchObject({ state: "FAIL", contents: 'Resizing a cluster when status is "CREATE_IN_PROGRESS" is not supported.' });
  });
});

describe("Magnum details", () => {
  test.each([
    ["Cluster abc could not be found.", "Cluster abc could not be found"],
    ["Cluster my.cluster could not be found.", "Cluster my"],
    ["Cluster API address is not available yet", "Cluster API address is not available yet"],
  ])("the title of %j is %j (ParsableErrorMiddleware splits at the first period)", (message, title) => {
    expect(titleOf(message)).toBe(title);
    expect(buildErrorBody(404, message).errors[0]).toEqual({ request_id: "", code: "client", status: 404, title, detail: message, links: [] });
  });

  test.each([
    [undefined, [1, 1]],
    ["container-infra latest", [1, 14]],
    ["container-infra 1.9", [1, 9]],
    ["  container-infra   1.10 ", [1, 10]],
    ["container-infra", "Invalid service type for OpenStack-API-Version header"],
    ["compute 1.2", "Invalid service type for OpenStack-API-Version header"],
    ["container-infra 1", "Invalid value for OpenStack-API-Version header"],
  ])("OpenStack-API-Version %j -> %j", (header, expected) => {
    expect(parseVersion(header)).toEqual(expected);
  });
});
