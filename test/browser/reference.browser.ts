/**
 * The API reference in a real browser: `npm run docs` builds the pages into a temporary folder;
 * each page renders its operations, state machines (inline SVG) and source decisions from
 * file://, logs no error and requests nothing but itself; `--serve` serves them on localhost.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDocsCommand } from "../../src/cli/docs.js";
import { collectStateMachines, readSourceNotes } from "../../src/docs/reference-extras.js";
import { API_IDS } from "../../src/spec/apis.js";
import { loadSpec } from "../../src/spec/load-spec.js";
import { chromiumMissing, foreignRequests, launchChromium, openWatched, type Browser } from "./chromium.js";

const missing = chromiumMissing();
if (missing) console.warn(`test:browser: skipping the API reference checks: ${missing}`);

const SCREENSHOTS = path.resolve("reports", "screenshots");

describe.skipIf(missing !== undefined)("API reference in Chromium", () => {
  let out: string;
  let browser: Browser;

  beforeAll(async () => {
    out = mkdtempSync(path.join(tmpdir(), "reference-"));
    const printed: string[] = [];
    const result = await runDocsCommand(["--out", out], { stdout: (t) => void printed.push(t) });
    expect(result.code).toBe(0);
    expect(printed.join("")).toContain("index.html");
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it.each(API_IDS)("%s renders operations, state machines and source decisions offline", async (api) => {
    const document = (await loadSpec(api)).document;
    const url = pathToFileURL(path.join(out, `${api}.html`)).href;
    const watched = await openWatched(browser, url);
    const { page } = watched;
    // Redoc has rendered when the API title heading is there.
    await page.locator("h1", { hasText: String(document.info.title) }).first().waitFor({ timeout: 30_000 });
    const body = await page.locator("#redoc").innerText();
    const firstOperation = Object.values<any>(document.paths).flatMap((item) => Object.values<any>(item)).find((op) => op?.summary)?.summary as string;
    expect(body).toContain(firstOperation);

    const machines = collectStateMachines(document);
    expect(machines.length).toBeGreaterThan(0);
    expect(await page.locator("svg.state-graph").count()).toBe(machines.length);
    expect(body).toContain("State transitions");
    const notes = readSourceNotes(document);
    expect(notes.length).toBeGreaterThan(0);
    expect(body).toContain("Source decisions");
    expect(body).toContain(notes[0]!.topic);

    expect(watched.consoleErrors).toEqual([]);
    expect(foreignRequests(watched, (u) => u === url)).toEqual([]);
    if (api === "yarn-service") {
      await page.locator("h2", { hasText: machines[0]!.name }).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SCREENSHOTS, "reference-state-graph.png") });
    }
    await page.close();
  });

  it("the index links every page, and --serve serves them on localhost", async () => {
    const printed: string[] = [];
    const { server } = await runDocsCommand(["--out", out, "--serve", "--port", "0"], { stdout: (t) => void printed.push(t) });
    try {
      const ready = printed.join("").match(/docs: serving .* at (http:\/\/127\.0\.0\.1:\d+\/) \(Ctrl-C to stop\)/);
      expect(ready).not.toBeNull();
      const origin = ready![1]!;
      const watched = await openWatched(browser, origin);
      const { page } = watched;
      expect(await page.locator("li a").count()).toBe(API_IDS.length);
      await page.locator("a[href='nhn-kubernetes.html']").click();
      await page.locator("svg.state-graph").first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(SCREENSHOTS, "reference-served.png") });
      expect(watched.consoleErrors).toEqual([]);
      expect(foreignRequests(watched, (u) => u.startsWith(origin))).toEqual([]);
      expect(watched.requests).toContain(`${origin}nhn-kubernetes.html`);
      await page.close();
    } finally {
      await server!.close();
    }
  });
});
