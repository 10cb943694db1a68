/**
 * Test projects, run in this order (sequence.groupOrder):
 *   0  pact-consumer  Pact consumer tests, alone on one worker: they write contracts/pacts/*.json,
 *                     and the pact mock server can miss a match under CPU load
 *                     (pact-foundation/pact-reference#535); dist/ builds beside them
 *   1  main           everything that only reads the pacts group 0 wrote: the provider
 *                     verification (contracts/providers/*.provider.test.ts), every pact against
 *                     its spec and for secrets (*.spec-check.test.ts, contracts/*.test.ts), and
 *                     the unit and end-to-end tests (src/**, test/**), in the same two workers
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** The clients package by its name, from its source (the tool's dist imports its built files). */
const clients = fileURLToPath(new URL("./packages/clients/", import.meta.url));

/** Setup file of the project that runs after the consumers: wait for the global setup's build. */
const AWAIT_DIST = ["./test/support/await-dist.ts"];

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@cluster-api-contracts\/clients$/, replacement: `${clients}src/index.ts` },
      { find: /^@cluster-api-contracts\/clients\/([a-z-]+)$/, replacement: `${clients}src/$1.ts` },
    ],
  },
  test: {
    // Builds dist/ (tsc -b, incremental) once per run, beside the Pact consumers (group 0): the
    // tests that start the tool as a process run the built bin, which loads in about half the
    // CPU of the sources through tsx. The main project waits for it (AWAIT_DIST).
    globalSetup: ["./test/support/build-dist.ts"],
    // Per-file CPU for `npm run bench:tests` (a no-op unless FILE_CPU_LOG is set).
    setupFiles: ["./test/support/file-cpu.ts"],
    // Transformed modules are kept in node_modules/.experimental-vitest-cache between runs.
    experimental: { fsModuleCache: true },
    // Two workers on two cores: the suite is CPU-bound (tests wait little since the teardown bound
    // is an option and commands start lazily), and every worker loads the whole module graph, so
    // a third one cost more CPU than its overlap saved (79 s -> 67 s wall on an idle machine).
    maxWorkers: 2,
    // No optimising compiler in the workers either (test/support/run-cli.ts says why): the suite
    // runs most code a few times, and TurboFan's compiles cost more CPU than they saved
    // (measured: about a tenth of the suite's CPU). The garbage collector works on the main
    // thread only: with two workers and their child processes on two cores, its helper threads
    // only competed for them (four back-to-back pairs: 35.1-40.4 s against 35.8-44.1 s).
    execArgv: ["--no-opt", "--single-threaded-gc"],
    projects: [
      {
        extends: true,
        test: {
          name: "main",
          setupFiles: AWAIT_DIST,
          include: [
            "test/**/*.test.ts",
            "src/**/*.test.ts",
            "packages/*/src/**/*.test.ts",
            "contracts/providers/**/*.provider.test.ts",
            "contracts/providers/**/*.spec-check.test.ts",
            "contracts/*.test.ts",
          ],
          sequence: { groupOrder: 1 },
          // Files share each worker's module graph: the specs, Ajv validators, Prism and Pact's
          // core load once per worker instead of once per file (the pact checks used to run in
          // workers of their own: two more start-ups and module graphs, 2-5 s more wall time).
          // No test mocks modules or changes process state.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "pact-consumer",
          include: ["contracts/consumers/**/*.test.ts"],
          sequence: { groupOrder: 0 },
          maxWorkers: 1,
          // One worker keeps Pact's native core and the clients loaded across the five files.
          isolate: false,
        },
      },
    ],
  },
});
