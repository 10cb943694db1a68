import { describe, expect, test } from "vitest";
import { loadSpec } from "../../spec/load-spec.js";
import { CLUSTER_PROGRESSION, CLUSTER_TRANSITIONS, moveCluster, type ClusterStatus } from "./cluster-lifecycle.js";
import type { Cluster } from "./model.js";

const spec = await loadSpec("bigdata-paas");
const schemas = (spec.document as any).components.schemas;

function clusterIn(status: ClusterStatus): Cluster {
  return { user: "test", product: "reference", version: "1.0.0", id: 1, status, nodes: [], services: [] };
}

describe("cluster lifecycle", () => {
  test("the transition table is the spec's x-state-transitions", () => {
    expect(CLUSTER_TRANSITIONS).toEqual(schemas.ClusterStatus["x-state-transitions"]);
    expect(Object.keys(CLUSTER_TRANSITIONS).sort()).toEqual([...schemas.ClusterStatus.enum].sort());
  });

  test("the progression walks only allowed moves and ends ready", () => {
    const cluster = clusterIn("registered");
    for (const next of CLUSTER_PROGRESSION.slice(1)) expect(moveCluster(cluster, next)).toBe(true);
    expect(cluster.status).toBe("ready");
  });

  test.each([
    ["registered", "ready"],
    ["scheduling", "configuring"],
    ["ready", "registered"],
    ["destroyed", "ready"],
    ["destroyed", "destroyed"],
  ] as const)("%s -> %s is refused and leaves the status alone", (from, to) => {
    const cluster = clusterIn(from);
    expect(moveCluster(cluster, to)).toBe(false);
    expect(cluster.status).toBe(from);
  });

  test.each(CLUSTER_PROGRESSION)("%s can be destroyed", (from) => {
    const cluster = clusterIn(from);
    expect(moveCluster(cluster, "destroyed")).toBe(true);
  });
});
