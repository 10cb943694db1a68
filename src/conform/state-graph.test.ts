import { expect, test } from "vitest";
import { isReachable, StateTracker, type TransitionGraph } from "./state-graph.js";

const graph: TransitionGraph = { registered: ["scheduling", "destroyed"], scheduling: ["ready", "destroyed"], ready: ["destroyed"], destroyed: [] };

test.each([
  ["registered", "ready", true],
  ["registered", "registered", true],
  ["ready", "registered", false],
  ["destroyed", "ready", false],
])("%s -> %s reachable: %s", (from, to, expected) => {
  expect(isReachable(graph, from, to)).toBe(expected);
});

test("skipped intermediate states are fine, backwards moves and undeclared values are not", () => {
  const tracker = new StateTracker();
  const field = (value: string) => [{ pointer: "/status", value, graph }];
  expect(tracker.observe("/c/1", field("registered"), 0, 1)).toEqual([]);
  expect(tracker.observe("/c/1", field("ready"), 2, 3)).toEqual([]);
  expect(tracker.observe("/c/1", field("scheduling"), 4, 5)[0]?.message).toMatch(/from "ready" to "scheduling"/);
  expect(tracker.observe("/c/1", field("exploded"), 6, 7)[0]?.message).toMatch(/not a state declared/);
});

test("overlapping requests are not compared; forget() resets a deleted resource", () => {
  const tracker = new StateTracker();
  const field = (value: string) => [{ pointer: "/status", value, graph }];
  tracker.observe("/c/1", field("ready"), 10, 20);
  expect(tracker.observe("/c/1", field("registered"), 5, 25)).toEqual([]);
  tracker.forget("/c/1");
  expect(tracker.observe("/c/1", field("registered"), 30, 31)).toEqual([]);
});
