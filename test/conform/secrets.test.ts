/**
 * No credential ever appears in output: with distinctive secrets in the environment and a
 * provider that echoes them back in broken answers, the console, the JSON report, the JUnit
 * file, the curl lines and error messages all show *** instead.
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import { readCredentials } from "../../src/spec/credentials.js";
import { startApiFake } from "../../src/fakes/start-fakes.js";
import type { RunningFake } from "../../src/fakes/runtime/create-fake-server.js";
import { startFaultProxy, type Fault } from "../support/fault-proxy.js";
import { conform } from "../support/conform-run.js";

const env = {
  ...process.env,
  HADOOP_ECO_CREDENTIAL_ID: "SECRET-ID-5b8f0c2a-only-in-env",
  HADOOP_ECO_CREDENTIAL_SECRET: "S3cr3t/with+special&chars'\"quoted",
  HADOOP_ECO_API_KEY: "SECRET-APIKEY-91d7e4",
  BIGDATA_PAAS_TOKEN: "SECRET-PAAS-TOKEN-77aa",
  NHN_KUBERNETES_TOKEN: "SECRET-NKS-TOKEN-1234",
};
const SECRETS = [env.HADOOP_ECO_CREDENTIAL_ID, env.HADOOP_ECO_CREDENTIAL_SECRET, env.HADOOP_ECO_API_KEY];

/** Answer every 2xx with a body that breaks the schema and quotes the request's credentials. */
const ECHO: Fault = {
  description: "echo credentials in a broken body",
  response(request, response) {
    if (response.status < 300) {
      response.body = JSON.stringify({ leaked: { id: request.headers["credential-id"], secret: request.headers["credential-secret"], key: request.headers["hadoop-eco-api-key"] } });
      response.headers["content-type"] = "application/json";
    }
  },
};

let fake: RunningFake<any>;

beforeAll(async () => {
  fake = await startApiFake("hadoop-eco", { port: 0, clock: "real", stepMs: 10, credentials: readCredentials(env) });
});

afterAll(async () => {
  await fake?.close();
});

/** Distinctive pieces of each secret: found in any encoding (shell-quoted, JSON, XML) a leak would take. */
const FRAGMENTS = ["SECRET-ID-5b8f0c2a", "S3cr3t", "special", "SECRET-APIKEY-91d7e4"];
const leaks = (text: string | undefined) => [...SECRETS, ...FRAGMENTS].filter((s) => (text ?? "").includes(s));

test("console, JSON, JUnit and curl lines mask every secret", async () => {
  const proxy = await startFaultProxy(fake.url, ECHO);
  try {
    const run = await conform(["--api", "hadoop-eco", "--base-url", proxy.url, "--phases", "examples,negative"], { env });
    expect(run.code).toBe(1);
    expect(run.report.failures.length).toBeGreaterThan(0);
    const curls = run.report.failures.map((f: any) => f.curl ?? "").join("\n");
    expect(curls).toContain("Credential-Secret: ***");
    expect(JSON.stringify(run.report)).toContain("***");
    for (const text of [run.stdout, run.stderr, JSON.stringify(run.report), run.junit, curls]) expect(leaks(text)).toEqual([]);
  } finally {
    await proxy.close();
  }
}, 30_000);

test("error messages mask secrets too", async () => {
  const run = await conform(["--api", "hadoop-eco", "--base-url", `http://127.0.0.1:9/${env.HADOOP_ECO_API_KEY}`], { env });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("***");
  expect(leaks(run.stderr + run.stdout)).toEqual([]);
});

test("a dry run prints no secret", async () => {
  const run = await conform(["--api", "hadoop-eco", "--base-url", "http://127.0.0.1:9", "--dry-run"], { env });
  expect(run.code).toBe(0);
  expect(leaks(run.stdout)).toEqual([]);
});
