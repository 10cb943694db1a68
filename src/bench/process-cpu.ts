/** CPU time of this process and of its reaped children, read from /proc/self/stat (Linux). */
import { existsSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export interface ProcessCpu {
  /** utime + stime of this process, in seconds. */
  own: number;
  /** cutime + cstime: the child processes this one has waited for, in seconds. */
  children: number;
}

/** This process's CPU so far, or undefined where there is no /proc. */
export function processCpu(): ProcessCpu | undefined {
  if (!existsSync("/proc/self/stat")) return undefined;
  const stat = readFileSync("/proc/self/stat", "utf8");
  // Fields after the command name (which may hold spaces or ")"), from field 3 (state) on.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]) / TICKS_PER_SECOND) as [number, number, number, number];
  return { own: utime + stime, children: cutime + cstime };
}
