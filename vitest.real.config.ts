/**
 * `npm run test:real`: the real OpenStack Magnum 15.0.1 (Debian packages, installed when
 * missing) as the conformance target. Each file starts its own Magnum (one per auth mode; the
 * two files run in parallel). Files are named *.real.ts so `npm test` never picks them up.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "real",
    include: ["test/real/**/*.real.ts"],
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
