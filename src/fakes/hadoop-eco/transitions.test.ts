import { describe, expect, test } from "vitest";
import { loadSpec } from "../../spec/load-spec.js";
import { JOB_RUN_STEPS, OPEN_API_CREATE_STEPS } from "./lifecycle.js";
import { buildJobCluster } from "./seed-state.js";
import { readCredentials } from "../../spec/credentials.js";
import { CLUSTER_TRANSITIONS, moveCluster, moveRequest, REQUEST_RESULT_TRANSITIONS, REQUEST_STATUS_TRANSITIONS } from "./transitions.js";
import type { JobRequest } from "./model.js";

const spec = await loadSpec("hadoop-eco");
const schemas = spec.document.components.schemas;

describe("hadoop-eco status transitions", () => {
  test.each([
    ["ClusterStatus", CLUSTER_TRANSITIONS],
    ["RequestStatus", REQUEST_STATUS_TRANSITIONS],
    ["RequestResult", REQUEST_RESULT_TRANSITIONS],
  ])("%s mirrors the spec's x-state-transitions and x-known-values", (name, table) => {
    expect(table).toEqual(schemas[name]["x-state-transitions"]);
    expect(Object.keys(table).sort()).toEqual([...schemas[name]["x-known-values"]].sort());
  });

  test.each([
    ["job run", JOB_RUN_STEPS, "Terminated(User)"],
    ["Open API creation", OPEN_API_CREATE_STEPS, undefined],
  ] as const)("the %s step table only makes allowed moves", (_name, steps, start) => {
    const statuses = [...(start ? [start] : []), ...steps.map((s) => s.cluster)];
    for (let i = 1; i < statuses.length; i++) expect(CLUSTER_TRANSITIONS[statuses[i - 1]!]).toContain(statuses[i]);
  });

  test("a move outside the table throws, naming it", () => {
    const cluster = buildJobCluster(readCredentials({}));
    expect(() => moveCluster(cluster, "Running")).toThrow(/Terminated\(User\) -> Running/);
    moveCluster(cluster, "Initializing");
    expect(cluster.status).toBe("Initializing");
  });

  test("a request cannot finish without a result or go back", () => {
    const request = { id: "r", status: "Accepted", result: "Pending" } as JobRequest;
    expect(() => moveRequest(request, "Finished")).toThrow(/needs a result/);
    moveRequest(request, "Processing");
    moveRequest(request, "Finished", "Success");
    expect(() => moveRequest(request, "Processing")).toThrow(/Finished -> Processing/);
    expect(() => moveRequest(request, "Finished", "Failure")).toThrow(/Success -> Failure/);
  });
});
