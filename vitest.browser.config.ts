/**
 * `npm run test:browser`: the HTML conformance report and the API reference opened in Debian's
 * Chromium (playwright-core, no browser download). Separate from `npm test`: it needs a browser
 * and writes screenshots to reports/screenshots/.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "browser",
    include: ["test/browser/**/*.browser.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
