import { expect, test } from "vitest";
import { findStateFields, isReachable, StateTracker, type TransitionGraph } from "./state-graph.js";

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

test("an open domain (x-known-values): an unnamed value is a warning and its moves are not judged", () => {
  const tracker = new StateTracker();
  const field = (value: string) => [{ pointer: "/status", value, graph, states: [...Object.keys(graph), "paused"], open: true }];
  expect(tracker.observe("/c/1", field("ready"), 0, 1)).toEqual([]);
  const [warning] = tracker.observe("/c/1", field("hibernating"), 2, 3);
  expect(warning).toMatchObject({ keyword: "x-known-values", severity: "warning", actual: "hibernating" });
  expect(tracker.observe("/c/1", field("registered"), 4, 5)).toEqual([]);
  expect(tracker.observe("/c/1", field("paused"), 6, 7)).toEqual([]);
  expect(tracker.observe("/c/1", field("ready"), 8, 9)).toEqual([]);
  expect(tracker.observe("/c/1", field("registered"), 10, 11)[0]).toMatchObject({ message: expect.stringMatching(/from "ready" to "registered"/) });
});

test("findStateFields names the states from enum and x-known-values", () => {
  const schema = {
    type: "object",
    properties: {
      open: { type: "string", "x-known-values": ["a", "b", "c"], "x-state-transitions": { a: ["b"], b: [] } },
      closed: { type: "string", enum: ["x", "y"], "x-state-transitions": { x: ["y"], y: [] } },
    },
  };
  const fields = findStateFields({ openapi: "3.1.0" } as any, schema, { open: "a", closed: "x" });
  expect(fields.map((f) => [f.pointer, f.states, f.open])).toEqual([
    ["/open", ["a", "b", "c"], true],
    ["/closed", ["x", "y"], false],
  ]);
});
