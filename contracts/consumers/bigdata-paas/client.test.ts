/**
 * The BigData PaaS client end to end against the in-process fake (manual clock): launch,
 * follow the queue job through its 303, wait for the cluster to be ready, destroy it. This
 * covers the 303 answer the Pact verifier cannot check (it follows redirects).
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import { readCredentials } from "../../../src/spec/credentials.js";
import { startApiFake } from "../../../src/fakes/start-fakes.js";
import type { RunningFake } from "../../../src/fakes/runtime/create-fake-server.js";
import { clusterRefOf, createBigdataPaasClient, queueIdOf } from "@cluster-api-contracts/clients/bigdata-paas";

let fake: RunningFake<any>;
beforeAll(async () => {
  fake = await startApiFake("bigdata-paas", { port: 0, clock: "manual", selfCheck: true });
});
afterAll(() => fake.close());

/** A wait that moves the fake's clock one lifecycle step instead of sleeping. */
const stepWait = () => ({ deadlineMs: 60_000, initialDelayMs: 1, sleep: async () => fake.advance(1) });

test("launch -> queue 303 -> ready -> destroyed, with every answer inside the spec", async () => {
  fake.reset();
  const paas = createBigdataPaasClient({ baseUrl: fake.url, token: readCredentials().bigdataPaasToken });
  const launched = await paas.launch("reference", "1.0.0", { size: 2 });
  if (!launched.ok) throw new Error(`launch failed: ${launched.status}`);

  const job = await paas.waitForQueueJob(queueIdOf(launched.data.url), stepWait());
  expect(job).toMatchObject({ ok: true, reason: "reached", value: { status: "registered" } });
  const ref = job.ok && "url" in job.value && job.value.url ? clusterRefOf(job.value.url) : undefined;
  expect(ref).toMatchObject({ product: "reference", version: "1.0.0", id: "1" });

  const ready = await paas.waitForCluster(ref!, ["ready"], stepWait());
  expect(ready).toMatchObject({ ok: true, value: { data: { status: "ready" } } });
  expect(await paas.destroy(ref!)).toMatchObject({ ok: true, data: { message: "success" } });
  expect(await paas.waitForCluster(ref!, ["ready"], stepWait())).toMatchObject({ ok: false, reason: "failed-state" });
  expect(fake.violations).toEqual([]);
});

test("a failed queue job ends the wait with the 404 the server answers (its url key is never written)", async () => {
  fake.reset();
  fake.applyProviderState("queue job 3f2c9a7e5b1d4c6f8a0e2b4d6f8a1c3e failed", {});
  const paas = createBigdataPaasClient({ baseUrl: fake.url, token: readCredentials().bigdataPaasToken });
  const job = await paas.waitForQueueJob("3f2c9a7e5b1d4c6f8a0e2b4d6f8a1c3e", stepWait());
  expect(job).toMatchObject({ ok: false, reason: "error", last: { ok: false, status: 404, error: { error: "Key not found" } } });
});

test("a launch of an unknown product is accepted, and its job stays pending until the deadline", async () => {
  fake.reset();
  const paas = createBigdataPaasClient({ baseUrl: fake.url, token: readCredentials().bigdataPaasToken });
  const launched = await paas.launch("nope", "1.0", { size: 1 });
  expect(launched).toMatchObject({ ok: true, status: 202 });
  const job = await paas.waitForQueueJob(queueIdOf(launched.ok ? launched.data.url : ""), { deadlineMs: 50, initialDelayMs: 1, sleep: async () => fake.advance(1) });
  expect(job).toMatchObject({ ok: false, reason: "deadline" });
  expect(fake.violations).toEqual([]);
});

test("a refused connection is a network result, not an exception", async () => {
  const paas = createBigdataPaasClient({ baseUrl: "http://127.0.0.1:9", token: "x" });
  expect(await paas.getQueueJob("3f2c9a7e5b1d4c6f8a0e2b4d6f8a1c3e")).toMatchObject({ ok: false, kind: "network", status: 0 });
});
