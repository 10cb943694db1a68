/** The JSON report of passed, failed (known, stale, warning) and incomplete runs matches its documented schema. */
import { Ajv2020 } from "ajv/dist/2020.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { JSON_REPORT_SCHEMA } from "../../src/reporters/json-reporter.js";
import { startApiFake } from "../../src/fakes/start-fakes.js";
import type { RunningFake } from "../../src/fakes/runtime/create-fake-server.js";
import { FAULTS, startFaultProxy } from "../support/fault-proxy.js";
import { conform } from "../support/conform-run.js";

const validate = new Ajv2020({ strict: false }).compile(JSON_REPORT_SCHEMA);
let fake: RunningFake<any>;

beforeAll(async () => {
  fake = await startApiFake("yarn-service", { port: 0, clock: "real", stepMs: 10 });
});

afterAll(async () => {
  await fake?.close();
});

test("known, stale and incomplete reports validate against JSON_REPORT_SCHEMA", async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "conform-schema-")), "d.yaml");
  writeFileSync(file, "differences:\n  - { operation: getVersion, check: response_schema, reason: known }\n  - { operation: getVersion, check: status_documented, reason: stale }\n");
  const proxy = await startFaultProxy(fake.url, FAULTS["wrong-type"]);
  try {
    const mixed = await conform(["--api", "yarn-service", "--base-url", proxy.url, "--operation", "getVersion", "--phases", "examples", "--expect-differences", file]);
    expect(mixed.report.summary).toMatchObject({ verdict: "failed", known: 1, stale: 1 });
    expect(validate(mixed.report), JSON.stringify(validate.errors)).toBe(true);
  } finally {
    await proxy.close();
  }
  const incomplete = await conform(["--api", "yarn-service", "--base-url", fake.url, "--rate-limit", "200", "--deadline", "0.2"]);
  expect(incomplete.report.summary.verdict).toBe("incomplete");
  expect(validate(incomplete.report), JSON.stringify(validate.errors)).toBe(true);
}, 60_000);
