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
  /** A binary min-heap ordered by (at, seq), so due work is found without scanning. */
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
    this.push({ at: this.now() + Math.max(0, steps) * this.stepMs, seq: this.seq++, run });
  }

  /** Move time forward by whole steps and run what became due. */
  advance(steps = 1): void {
    this.offset += Math.max(0, steps) * this.stepMs;
    this.runDue();
  }

  /** Run every due job in time order; jobs may schedule more, which run too when due. */
  runDue(): void {
    for (let guard = 0; guard < 1_000_000; guard++) {
      const next = this.jobs[0];
      if (!next || next.at > this.now()) return;
      this.pop();
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

  private push(job: Job): void {
    const heap = this.jobs;
    heap.push(job);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private pop(): void {
    const heap = this.jobs;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && before(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heap.length && before(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
  }
}

function before(a: Job, b: Job): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
