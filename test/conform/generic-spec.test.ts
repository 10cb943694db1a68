/**
 * A spec outside the four APIs: credentials from CONFORM_AUTH_<SCHEME> and -H (masked
 * everywhere), x-known-values findings as warnings, --api/--spec mismatches refused.
 */
import { afterEach, expect, test } from "vitest";
import { conform } from "../support/conform-run.js";
import { startWidgetStore, WIDGET_SPEC, type WidgetStore } from "../support/widget-store.js";

const TOKEN = "widget-token-7f3a9c";
const TENANT = "tenant-secret-42b1";
let store: WidgetStore | undefined;

afterEach(async () => {
  await store?.close();
  store = undefined;
});

test("--spec without --api: CONFORM_AUTH_TOKENAUTH and a -H header from the environment, both masked", async () => {
  store = await startWidgetStore({ token: TOKEN, tenant: TENANT });
  const env = { ...process.env, CONFORM_AUTH_TOKENAUTH: TOKEN, WIDGET_TENANT: TENANT };
  const run = await conform(["--spec", WIDGET_SPEC, "--base-url", store.url, "-H", "X-Tenant: ${WIDGET_TENANT}"], { env });
  expect(run.stderr).toBe("");
  expect(run.code, run.stdout.slice(-2000)).toBe(0);
  expect(run.report.summary.checks).toBeGreaterThan(10);
  // credentials were really sent, and auth probes left them out
  expect(store.requests.some((r) => r.headers.authorization === `Bearer ${TOKEN}` && r.headers["x-tenant"] === TENANT)).toBe(true);
  expect(store.requests.some((r) => r.headers.authorization === undefined)).toBe(true);
  expect(run.report.operations.flatMap((o: any) => Object.keys(o.checks))).toContain("auth_enforced");
  for (const text of [run.stdout, JSON.stringify(run.report), run.junit]) {
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(TENANT);
  }
});

test("an unset ${VAR} in -H is a usage error", async () => {
  const run = await conform(["--spec", WIDGET_SPEC, "--base-url", "http://127.0.0.1:9/api", "-H", "X-Tenant: ${NO_SUCH_VARIABLE_XYZ}"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/header X-Tenant: environment variable NO_SUCH_VARIABLE_XYZ is not set/);
});

test("a curl line of a failure masks the -H value", async () => {
  store = await startWidgetStore({ token: TOKEN, brokenList: true });
  const env = { ...process.env, WIDGET_TOKEN: TOKEN };
  const run = await conform(["--spec", WIDGET_SPEC, "--base-url", store.url, "-H", "Authorization: Bearer ${WIDGET_TOKEN}", "--phases", "examples"], { env });
  expect(run.code).toBe(1);
  const curl = run.report.failures.find((f: any) => f.operationId === "listWidgets")?.curl;
  expect(curl).toMatch(/Authorization: (Bearer )?\*\*\*/);
  expect(run.stdout).toContain("reproduce: curl");
  for (const text of [run.stdout, JSON.stringify(run.report), run.junit]) expect(text).not.toContain(TOKEN);
  expect(store.requests.some((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
});

test("a value outside x-known-values is a warning, not a failure", async () => {
  store = await startWidgetStore({ token: TOKEN, state: "melting" });
  const run = await conform(["--spec", WIDGET_SPEC, "--base-url", store.url, "--phases", "examples"], { env: { ...process.env, CONFORM_AUTH_TOKENAUTH: TOKEN } });
  expect(run.code).toBe(0);
  expect(run.report.summary.verdict).toBe("passed");
  expect(run.report.summary.failed).toBe(0);
  expect(run.report.summary.warnings).toBeGreaterThan(0);
  expect(run.report.warnings[0]).toMatchObject({ outcome: "warning", keyword: "x-known-values", check: "response_schema" });
  expect(run.stdout).toMatch(/WARNINGS \(\d+\)/);
  expect(run.stdout).toMatch(/PASSED: .* \d+ warnings/);
  expect(run.junit).toContain('<property name="outcome" value="warning"/>');
});

test("wrong CONFORM_AUTH_ credentials stop the run before it starts (exit 2, one line)", async () => {
  store = await startWidgetStore({ token: TOKEN });
  const run = await conform(["--spec", WIDGET_SPEC, "--base-url", store.url], { env: { ...process.env, CONFORM_AUTH_TOKENAUTH: "wrong-token-value" } });
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/credentials rejected: security scheme TokenAuth \(from CONFORM_AUTH_TOKENAUTH\) got 401 on GET \/widgets/);
  expect(store.requests.length).toBeLessThanOrEqual(2);
});

test("--api with a --spec of another API is refused unless --force", async () => {
  const refused = await conform(["--api", "yarn-service", "--spec", "specs/nhn-kubernetes.yaml", "--base-url", "http://127.0.0.1:9", "--dry-run"]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/--spec specs\/nhn-kubernetes.yaml .* does not look like --api yarn-service/);
  expect(refused.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
  const forced = await conform(["--api", "yarn-service", "--spec", "specs/nhn-kubernetes.yaml", "--base-url", "http://127.0.0.1:9", "--dry-run", "--force"]);
  expect(forced.code).toBe(0);
  const same = await conform(["--api", "yarn-service", "--spec", "specs/yarn-service.yaml", "--base-url", "http://127.0.0.1:9", "--dry-run"]);
  expect(same.code).toBe(0);
}, 60_000);
