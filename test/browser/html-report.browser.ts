/**
 * The HTML conformance report in a real browser: a conform run against the BigData PaaS fake
 * behind a proxy that reports a cluster state the spec's x-state-transitions do not allow,
 * written with --report-html, opened from file://. The page shows the failure, the matrix and
 * the workflows, logs no error, requests nothing but itself, and never shows the token.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runConformCommand } from "../../src/cli/conform.js";
import { startApiFake } from "../../src/fakes/start-fakes.js";
import { readCredentials } from "../../src/spec/credentials.js";
import { FAULTS, startFaultProxy } from "../support/fault-proxy.js";
import { chromiumMissing, foreignRequests, launchChromium, openWatched, type Browser } from "./chromium.js";

const missing = chromiumMissing();
if (missing) console.warn(`test:browser: skipping the HTML report checks: ${missing}`);

export const SCREENSHOTS = path.resolve("reports", "screenshots");
const SECRET = "browser-secret-token-7f3a";

describe.skipIf(missing !== undefined)("HTML conformance report in Chromium", () => {
  let dir: string;
  let reportPath: string;
  let exitCode: number;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "html-report-"));
    reportPath = path.join(dir, "report.html");
    const env = { BIGDATA_PAAS_TOKEN: SECRET };
    const fake = await startApiFake("bigdata-paas", { port: 0, clock: "real", stepMs: 10, credentials: readCredentials(env) });
    const proxy = await startFaultProxy(fake.url, FAULTS["undeclared-transition"]);
    try {
      exitCode = await runConformCommand(
        ["--api", "bigdata-paas", "--base-url", proxy.url, "--phases", "examples,workflows", "--wait-timeout", "5", "--report-html", reportPath],
        { env, stdout: () => {}, stderr: () => {} },
      );
    } finally {
      await proxy.close();
      await fake.close();
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows the injected failure, the matrix and the workflows, offline and without errors", async () => {
    expect(exitCode).toBe(1);
    const html = readFileSync(reportPath, "utf8");
    expect(html).not.toContain(SECRET);

    const url = pathToFileURL(reportPath).href;
    const watched = await openWatched(browser, url);
    const { page } = watched;
    await expect(page.title()).resolves.toBe("conform bigdata-paas: failed");
    expect(await page.locator(".verdict").innerText()).toBe("FAILED");

    const row = page.locator("tr.row", { hasText: "getCluster" });
    await expect(row.getAttribute("class")).resolves.toBe("row failed");
    expect(await row.locator("td.cell.failed").count()).toBeGreaterThan(0);

    const failure = page.locator("#failures details.finding", { hasText: "state_transition" }).first();
    const text = await failure.innerText();
    expect(text).toContain("getCluster");
    expect(text).toContain("Violated rule");
    expect(text).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/bigdata\/api\/v1\/clusters\//);
    expect(text).toContain("x-auth-token: ***");
    expect(text).toContain("HTTP 200");
    expect(text).toMatch(/curl -i -X GET .*'x-auth-token: \*\*\*' 'http:\/\/127\.0\.0\.1:\d+\/bigdata\/api\/v1\/clusters\//);

    const workflows = page.locator("#workflows details.workflow");
    expect(await workflows.count()).toBeGreaterThan(0);
    await workflows.first().locator("summary").click();
    expect(await workflows.first().locator("table.steps tbody tr").count()).toBeGreaterThan(0);

    // The inline script works: hiding rows without findings leaves the failing one visible.
    await page.locator("#only-problems").check();
    expect(await row.isVisible()).toBe(true);
    const passedRows = page.locator("tr.row.passed");
    if ((await passedRows.count()) > 0) expect(await passedRows.first().isVisible()).toBe(false);
    await page.locator("#only-problems").uncheck();

    expect(await page.locator("body").innerText()).not.toContain(SECRET);
    expect(watched.consoleErrors).toEqual([]);
    expect(foreignRequests(watched, (u) => u === url)).toEqual([]);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, "html-report.png"), fullPage: false });
    await page.close();
  });
});
