/**
 * The clock a fake owns. Lifecycle work is scheduled on it in "steps"; in `real` mode time
 * also passes with the wall clock, in `manual` mode only `advance()` moves it, so tests drive
 * lifecycles deterministically without sleeping. Due jobs run before each request is handled.
 */

export type ClockMode = "real" | "manual";

interface Job {
  at: number;
  seq: number;
  run: () => void;
}

export class FakeClock {
  readonly mode: ClockMode;
  readonly stepMs: number;
  private readonly origin: number;
  private readonly realStart: number;
  private offset = 0;
  private jobs: Job[] = [];
  private seq = 0;

  constructor(mode: ClockMode, stepMs: number) {
    if (!Number.isFinite(stepMs) || stepMs < 0) throw new Error(`step must be a non-negative number of ms, got ${stepMs}`);
    this.mode = mode;
    this.stepMs = stepMs;
    this.origin = Date.now();
    this.realStart = performance.now();
  }

  /** Milliseconds since the epoch, as the fake sees them. */
  now(): number {
    const real = this.mode === "real" ? performance.now() - this.realStart : 0;
    return Math.floor(this.origin + real + this.offset);
  }

  /** Run `job` once `steps` steps have passed (0 = at the next request). */
  after(steps: number, run: () => void): void {
    this.jobs.push({ at: this.now() + Math.max(0, steps) * this.stepMs, seq: this.seq++, run });
  }

  /** Move time forward by whole steps and run what became due. */
  advance(steps = 1): void {
    this.offset += Math.max(0, steps) * this.stepMs;
    this.runDue();
  }

  /** Run every due job in time order; jobs may schedule more, which run too when due. */
  runDue(): void {
    for (let guard = 0; guard < 100_000; guard++) {
      const now = this.now();
      let next: Job | undefined;
      for (const job of this.jobs) {
        if (job.at <= now && (!next || job.at < next.at || (job.at === next.at && job.seq < next.seq))) next = job;
      }
      if (!next) return;
      this.jobs.splice(this.jobs.indexOf(next), 1);
      next.run();
    }
    throw new Error("fake clock: jobs keep scheduling themselves without end");
  }

  /** Jobs not yet run (for tests and for advancing until idle). */
  pending(): number {
    return this.jobs.length;
  }

  /** Advance step by step until no job is left (bounded). */
  settle(maxSteps = 1000): void {
    for (let i = 0; i < maxSteps && this.jobs.length > 0; i++) this.advance(1);
  }

  clear(): void {
    this.jobs = [];
  }
}
