/**
 * npm run bench:tests [-- --from <vitest-json>] [--label <name>] : where `npm test`'s time goes. Runs the whole
 * suite with Vitest's JSON reporter (or reads a report written earlier), and writes the wall
 * time, the CPU of the whole run (user + sys of Vitest and every process under it), the load
 * average around the run and a per-file table (slowest first) to BENCHMARKS.md. A file's time
 * is the sum of its tests' durations (its own set-up and imports come on top); files run in
 * parallel, so the column adds up to more than the wall time. The CPU columns come from
 * test/support/file-cpu.ts: the worker's CPU for the file and that of the processes it started.
 * The suite is CPU-bound on 2 cores, so CPU is the number to cut.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../src/spec/apis.js";
import { describeMachine, formatMachine } from "../src/bench/machine.js";
import { processCpu } from "../src/bench/process-cpu.js";
import { markdownTable, writeBenchmarkSection } from "../src/bench/benchmarks-file.js";

interface VitestJson {
  startTime: number;
  numTotalTests: number;
  numFailedTests: number;
  testResults: Array<{ name: string; startTime: number; endTime: number; assertionResults: Array<{ duration?: number }> }>;
}

const CPU_LOG = path.join(PROJECT_ROOT, ".tmp", "file-cpu.jsonl");
let cpuSeconds: number | undefined;
const args = process.argv.slice(2);
const fromIndex = args.indexOf("--from");
const label = args.includes("--label") ? (args[args.indexOf("--label") + 1] ?? "current") : "current";
const note = args.includes("--note") ? ` ${args[args.indexOf("--note") + 1] ?? ""}` : "";
const loadBefore = os.loadavg()[0]!;
let wallSeconds: number | undefined;
let reportFile: string;
if (fromIndex >= 0) {
  reportFile = path.resolve(args[fromIndex + 1]!);
} else {
  reportFile = path.join(PROJECT_ROOT, ".tmp", "vitest-timings.json");
  mkdirSync(path.dirname(CPU_LOG), { recursive: true });
  rmSync(CPU_LOG, { force: true });
  const before = processCpu()?.children;
  const started = performance.now();
  spawnSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules", "vitest", "vitest.mjs"), "run", "--reporter=json", `--outputFile=${reportFile}`], { cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, FILE_CPU_LOG: CPU_LOG } });
  wallSeconds = (performance.now() - started) / 1000;
  const after = processCpu()?.children;
  if (before !== undefined && after !== undefined) cpuSeconds = after - before;
}
const loadAfter = os.loadavg()[0]!;
const report = JSON.parse(readFileSync(reportFile, "utf8")) as VitestJson;
const fileCpu = new Map<string, { cpu: number; children: number }>();
if (fromIndex < 0 && existsSync(CPU_LOG)) {
  for (const line of readFileSync(CPU_LOG, "utf8").split("\n").filter(Boolean)) {
    const entry = JSON.parse(line) as { file: string; cpu: number; children: number };
    fileCpu.set(entry.file, entry);
  }
}
const files = report.testResults
  .map((f) => ({
    file: path.relative(PROJECT_ROOT, f.name),
    tests: f.assertionResults.length,
    seconds: f.assertionResults.reduce((sum, t) => sum + (t.duration ?? 0), 0) / 1000,
    span: (f.endTime - f.startTime) / 1000,
    cpu: fileCpu.get(f.name),
  }))
  .sort((a, b) => b.span - a.span);
const end = Math.max(...report.testResults.map((f) => f.endTime));
const wall = wallSeconds ?? (end - report.startTime) / 1000;
const cpu = (n: number | undefined) => (n === undefined ? "-" : n.toFixed(1));
const rows = files.map((f) => [`\`${f.file}\``, String(f.tests), f.span.toFixed(1), f.seconds.toFixed(1), cpu(f.cpu?.cpu), cpu(f.cpu?.children)]);
const machine = describeMachine();
const load = wallSeconds === undefined ? "load average not measured (report read from a file)" : `1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`;
const cpuText = cpuSeconds === undefined ? "CPU not measured" : `CPU ${cpuSeconds.toFixed(1)} s (user + sys, every process of the run)`;
const summary = `${report.numTotalTests} tests in ${files.length} files, ${report.numFailedTests} failed; wall ${wall.toFixed(1)} s; ${cpuText}; ${load}`;
await writeBenchmarkSection(
  `tests-${label}`,
  `## tests, ${label} (\`npm run bench:tests${fromIndex >= 0 ? " -- --from <report>" : ""}\`)\n\nMachine: ${formatMachine(machine)}. ${summary}.${note} "span" is the file's first start to last end as Vitest reports it (set-up and waiting for a worker included); "tests" is the sum of its tests' own durations. "worker CPU s" is what the worker spent on the file after importing it, "children CPU s" what the processes it started spent (test/support/file-cpu.ts). Produced by \`npx vitest run --reporter=json --outputFile=.tmp/vitest-timings.json\` and this script.\n\n${markdownTable(["file", "tests", "span s", "test time s", "worker CPU s", "children CPU s"], rows)}`,
);
console.log(`bench:tests (${label}): ${summary}`);
for (const r of rows.slice(0, 12)) console.log(`  ${r[0]!.padEnd(60)} ${r[2]!.padStart(6)} s  cpu ${r[4]} + ${r[5]} s`);
