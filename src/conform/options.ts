/** What a conformance run is told to do (the CLI fills it from flags; tests fill it directly). */
import type { CasePhase } from "../generate/test-case.js";
import type { Difference } from "./differences.js";
import type { TargetTraits } from "./target-kinds.js";

export interface ConformOptions {
  /** One of the four API ids, or any id when `specPath` is given. */
  api: string;
  baseUrl: string;
  specPath?: string;
  /** Check names to run (default: every check that is on by default). */
  checks?: string[];
  excludeChecks?: string[];
  /** Only these operations (default: all). */
  operations?: string[];
  phases?: CasePhase[];
  maxExamples?: number;
  seed?: number;
  timeoutMs?: number;
  rateLimit?: number;
  workers?: number;
  allowMutations?: boolean;
  /** Only GET/HEAD/OPTIONS, whatever the host. */
  readOnly?: boolean;
  /** Total deadline of the run in seconds. */
  deadlineSeconds?: number;
  /** Upper bound of any one polling step's wait in seconds (overrides x-deadline when smaller). */
  waitTimeoutSeconds?: number;
  /**
   * Teardown bound in seconds after an interrupt, the deadline or a lost target (default
   * DEFAULTS.stopCleanupSeconds); a complete run's teardown gets the longer of this and
   * DEFAULTS.cleanupSeconds. A look-up before a delete gives up after half of it without a change.
   */
  teardownTimeoutSeconds?: number;
  maxResponseTimeMs?: number;
  /** Workflow file (default contracts/workflows/<api>.arazzo.yaml). */
  workflowsPath?: string;
  /** Environment the credentials come from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Replaceable fetch, for tests of the safety gate (no network). */
  fetch?: typeof fetch;
  /** Aborts the run early (Ctrl-C); cleanup still runs. */
  signal?: AbortSignal;
  /** Headers sent with every request (-H); a header named like a credential's replaces it. */
  headers?: Record<string, string>;
  /** What kind of target this is (default: real, everything runs). */
  target?: TargetTraits;
  /** --expect-differences entries. */
  differences?: Difference[];
  /** Credentials of a foreign spec's schemes: scheme name -> value (CONFORM_AUTH_<SCHEME>). */
  schemeValues?: Record<string, { value: string; source: string }>;
}

export const DEFAULTS = {
  phases: ["examples", "coverage", "negative", "workflows"] as CasePhase[],
  maxExamples: 12,
  seed: 1,
  timeoutMs: 10_000,
  workers: 4,
  deadlineSeconds: 900,
  waitTimeoutSeconds: 600,
  maxResponseTimeMs: 2_000,
  /** Teardown budget after a complete run. */
  cleanupSeconds: 60,
  /** Teardown budget after an interrupt, the deadline or a lost target (--teardown-timeout). */
  stopCleanupSeconds: 10,
} as const;
