/**
 * python-magnumclient drives the NKS fake through a whole life cycle (test/magnumclient/
 * lifecycle.py) and must see what it sees on the real Magnum 15.0.1 (the observations that
 * `npm run test:real` checks against a live Magnum). The fake runs in-process on a manual clock;
 * the script moves it through POST /__fake/advance instead of waiting.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startApiFake } from "../src/fakes/start-fakes.js";
import type { RunningFake } from "../src/fakes/runtime/create-fake-server.js";
import { readCredentials } from "../src/spec/credentials.js";
import { compareObservations } from "./magnumclient/compare-observations.js";
import { magnumclientUnavailable, readRealObservations, runLifecycle, type Observation } from "./magnumclient/run-lifecycle.js";

const unavailable = magnumclientUnavailable();
if (unavailable) console.warn(`magnumclient-fake: skipped, ${unavailable} (apt-get install python3-magnumclient)`);

describe.skipIf(unavailable !== undefined)("python-magnumclient against the NKS fake", () => {
  let fake: RunningFake;
  let observed: Observation[];

  beforeAll(async () => {
    fake = await startApiFake("nhn-kubernetes", { port: 0, clock: "manual", selfCheck: true });
    observed = await runLifecycle(fake.url, readCredentials().nhnKubernetesToken, `${fake.url}/__fake/advance`);
  }, 60_000);
  afterAll(async () => fake?.close());

  test("every step shows what the real Magnum showed", () => {
    expect(compareObservations(readRealObservations(), observed)).toEqual([]);
  });

  test("a node group can be created while a resize runs, as Magnum's conductor allows", () => {
    expect(observed.find((o) => o.step === "cluster-during-resize")).toMatchObject({ status: "UPDATE_IN_PROGRESS" });
    expect(observed.find((o) => o.step === "create-node-group-during-resize")).toMatchObject({ accepted: true });
  });

  test("the fake answered every call within its spec", () => {
    expect(fake.violations).toEqual([]);
  });

  test("a live run may skip an intermediate status between polls, but not end elsewhere or reorder", () => {
    const real = [{ step: "wait", statuses: ["CREATE_IN_PROGRESS", "CREATE_COMPLETE"] }];
    const live = (statuses: string[]) => compareObservations(real, [{ step: "wait", statuses }], [], { livePolls: true });
    expect(live(["CREATE_COMPLETE"])).toEqual([]);
    expect(live(["CREATE_IN_PROGRESS"])).toHaveLength(1);
    expect(live(["CREATE_COMPLETE", "CREATE_IN_PROGRESS", "CREATE_COMPLETE"])).toHaveLength(1);
    expect(compareObservations(real, [{ step: "wait", statuses: ["CREATE_COMPLETE"] }])).toHaveLength(1);
  });

  test("a live run may find an operation the recording caught in progress already complete, nothing else", () => {
    const real = [{ step: "during", status: "UPDATE_IN_PROGRESS" }];
    const live = (status: string) => compareObservations(real, [{ step: "during", status }], [], { livePolls: true });
    expect(live("UPDATE_COMPLETE")).toEqual([]);
    expect(live("UPDATE_FAILED")).toHaveLength(1);
    expect(live("CREATE_COMPLETE")).toHaveLength(1);
    expect(compareObservations(real, [{ step: "during", status: "UPDATE_COMPLETE" }])).toHaveLength(1);
  });

  test("the comparison has teeth: a changed observation is reported", () => {
    const changed = observed.map((o) => (o.step === "wrong-token" ? { ...o, http_status: 403 } : o));
    expect(compareObservations(readRealObservations(), changed)).toEqual(['wrong-token.http_status: real 401, fake 403']);
  });
});
