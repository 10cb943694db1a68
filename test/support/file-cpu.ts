/**
 * Setup file (every project): with FILE_CPU_LOG set, appends one JSON line per test file with
 * the CPU its worker spent on it (from the first hook to the last) and the CPU of the child
 * processes it started and reaped in that time (Linux /proc/self/stat: utime+stime,
 * cutime+cstime). A worker runs one file at a time, so the numbers belong to that file; its
 * module imports come before the first hook and are not counted. `npm run bench:tests` reads
 * the log. Without the variable, or without /proc, it does nothing.
 */
import { appendFileSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
import { processCpu, type ProcessCpu } from "../../src/bench/process-cpu.js";

const log = process.env.FILE_CPU_LOG;

if (log && processCpu()) {
  let start: ProcessCpu = { own: 0, children: 0 };
  let startedAt = 0;
  beforeAll(() => {
    start = processCpu()!;
    startedAt = performance.now();
  });
  afterAll(({}, suite) => {
    const end = processCpu()!;
    const file = "filepath" in suite ? suite.filepath : suite.file.filepath;
    appendFileSync(log, `${JSON.stringify({ file, cpu: end.own - start.own, children: end.children - start.children, wall: (performance.now() - startedAt) / 1000 })}\n`);
  });
}
