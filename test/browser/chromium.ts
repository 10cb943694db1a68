/**
 * Debian's Chromium driven by playwright-core (no browser download): a fresh profile per
 * launch, no background networking, and a page watcher that records every request the page
 * makes and every console error it logs.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Why the browser tests cannot run here, or undefined when they can. */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} not found (install it with: apt-get install -y chromium)`;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), "chromium-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Watched {
  page: Page;
  /** Every URL the page requested (the page itself included). */
  requests: string[];
  consoleErrors: string[];
}

export async function openWatched(browser: Browser, url: string): Promise<Watched> {
  const page = await browser.context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (request) => void requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => void consoleErrors.push(`pageerror: ${error.message}`));
  await page.goto(url, { waitUntil: "load" });
  return { page, requests, consoleErrors };
}

/** Requests other than the page itself (data: and blob: URLs stay in the page). */
export function foreignRequests(watched: Watched, allowed: (url: string) => boolean): string[] {
  return watched.requests.filter((url) => !url.startsWith("data:") && !url.startsWith("blob:") && !allowed(url));
}
