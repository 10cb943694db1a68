/**
 * Setup file (every project): with FILE_CPU_LOG set, appends one JSON line per test file with
 * the CPU its worker spent on it (from the first hook to the last) and the CPU of the child
 * processes it started and reaped in that time (Linux /proc/self/stat: utime+stime,
 * cutime+cstime). A worker runs one file at a time, so the numbers belong to that file; its
 * module imports come before the first hook and are not counted. `npm run bench:tests` reads
 * the log. Without the variable, or without /proc, it does nothing.
 */
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";

const log = process.env.FILE_CPU_LOG;
const ticksPerSecond = 100; // USER_HZ on Linux

/** [own CPU s, reaped children's CPU s] of this process so far. */
function cpuSeconds(): [number, number] {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
  const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]) / ticksPerSecond) as [number, number, number, number];
  return [utime + stime, cutime + cstime];
}

if (log && existsSync("/proc/self/stat")) {
  let start: [number, number] = [0, 0];
  let startedAt = 0;
  beforeAll(() => {
    start = cpuSeconds();
    startedAt = performance.now();
  });
  afterAll(({}, suite) => {
    const end = cpuSeconds();
    const file = "filepath" in suite ? suite.filepath : suite.file.filepath;
    appendFileSync(log, `${JSON.stringify({ file, cpu: end[0] - start[0], children: end[1] - start[1], wall: (performance.now() - startedAt) / 1000 })}\n`);
  });
}
