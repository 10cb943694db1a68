/**
 * npm run bench:mock: (a) time until all four APIs answer and peak resident memory, for this
 * kit's one-process mock versus four `prism mock` CLI processes started in parallel; (b)
 * requests per second and p99 latency on a documented GET, versus a bare `prism mock` of the
 * same spec. Prints ratios and writes them to BENCHMARKS.md.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { API_IDS, PROJECT_ROOT, specPathFor } from "../src/spec/apis.js";
import { treeRssMiB } from "../src/bench/process-tree.js";
import { runLoad, type LoadResult } from "../src/bench/load.js";
import { describeMachine, formatMachine } from "../src/bench/machine.js";
import { markdownTable, writeBenchmarkSection } from "../src/bench/benchmarks-file.js";

const PRISM_CLI = path.join(PROJECT_ROOT, "node_modules/@stoplight/prism-cli/dist/index.js");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 5);
const GET_PATH = "/app/v1/services/sleeper?user.name=alice";

interface StartResult {
  readyMs: number;
  peakRssMiB: number;
}

async function answering(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(500) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/** Start the processes, poll until every URL answers, then keep sampling memory briefly. */
async function measureStart(start: () => ChildProcess[], urls: string[]): Promise<{ result: StartResult; children: ChildProcess[] }> {
  const t0 = performance.now();
  const children = start();
  const pids = children.map((c) => c.pid!);
  let peak = 0;
  const pending = new Set(urls);
  while (pending.size > 0) {
    peak = Math.max(peak, treeRssMiB(pids));
    await Promise.all([...pending].map(async (url) => ((await answering(url)) ? pending.delete(url) : undefined)));
    if (performance.now() - t0 > 60_000) throw new Error(`not all of ${urls.join(", ")} answered within 60 s`);
  }
  const readyMs = performance.now() - t0;
  for (let i = 0; i < 10; i++) {
    peak = Math.max(peak, treeRssMiB(pids));
    await new Promise((r) => setTimeout(r, 100));
  }
  return { result: { readyMs, peakRssMiB: peak }, children };
}

async function stop(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 3000).unref();
        }),
    ),
  );
}

const ourMock = (basePort: number) => () => [
  spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts/mock.ts"), "--port", String(basePort), "--quiet"], {
    cwd: PROJECT_ROOT,
    stdio: "ignore",
  }),
];
const prismCli = (id: string, port: number) =>
  spawn(process.execPath, [PRISM_CLI, "mock", "-p", String(port), "-h", "127.0.0.1", specPathFor(id as any)], { cwd: PROJECT_ROOT, stdio: "ignore" });
const fourPrism = (basePort: number) => () => API_IDS.map((id, i) => prismCli(id, basePort + i));
const urlsFor = (basePort: number) => API_IDS.map((_, i) => `http://127.0.0.1:${basePort + i}/`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function startupRounds(): Promise<{ ours: StartResult; prism: StartResult }> {
  const ours: StartResult[] = [];
  const prism: StartResult[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const a = await measureStart(fourPrism(5110), urlsFor(5110));
    await stop(a.children);
    prism.push(a.result);
    const b = await measureStart(ourMock(5120), urlsFor(5120));
    await stop(b.children);
    ours.push(b.result);
    console.log(`round ${round + 1}: kit ${b.result.readyMs.toFixed(0)} ms / ${b.result.peakRssMiB.toFixed(0)} MiB, 4x prism ${a.result.readyMs.toFixed(0)} ms / ${a.result.peakRssMiB.toFixed(0)} MiB`);
  }
  const pick = (list: StartResult[]) => ({ readyMs: median(list.map((r) => r.readyMs)), peakRssMiB: median(list.map((r) => r.peakRssMiB)) });
  return { ours: pick(ours), prism: pick(prism) };
}

async function throughput(): Promise<{ ours: LoadResult; prism: LoadResult }> {
  const run = async (starter: () => ChildProcess[], url: string) => {
    const { children } = await measureStart(starter, [url]);
    await runLoad({ url, connections: 10, durationSec: 1 }); // warm-up
    const result = await runLoad({ url, connections: 10, durationSec: LOAD_SECONDS });
    await stop(children);
    return result;
  };
  const yarnIndex = API_IDS.indexOf("yarn-service");
  const prism = await run(() => [prismCli("yarn-service", 5131)], `http://127.0.0.1:5131${GET_PATH}`);
  const ours = await run(() => [spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts/mock.ts"), "--api", "yarn-service", "--port", "5141", "--quiet"], { cwd: PROJECT_ROOT, stdio: "ignore" })], `http://127.0.0.1:5141${GET_PATH}`);
  void yarnIndex;
  return { ours, prism };
}

const machine = describeMachine();
console.log(`bench:mock on ${formatMachine(machine)}; ${ROUNDS} start-up rounds, ${LOAD_SECONDS} s load`);
// The first start after a spec change converts the specs for Prism; later starts read the cache.
rmSync(path.join(PROJECT_ROOT, "node_modules/.cache/cluster-api-contracts"), { recursive: true, force: true });
const cold = await measureStart(ourMock(5150), urlsFor(5150));
await stop(cold.children);
console.log(`first start (no operations cache): kit ${cold.result.readyMs.toFixed(0)} ms`);
const start = await startupRounds();
const load = await throughput();
const ratio = (a: number, b: number) => (b === 0 ? "n/a" : (a / b).toFixed(2));
const table = markdownTable(
  ["measure", "npm run mock (one process)", "baseline", "ratio (kit / baseline)", "goal"],
  [
    ["all four APIs answering, first start without the operations cache (ms)", cold.result.readyMs.toFixed(0), `${start.prism.readyMs.toFixed(0)} (4 prism mock CLIs)`, ratio(cold.result.readyMs, start.prism.readyMs), "<= 0.50 and < 1500 ms"],
    ["all four APIs answering (median ms)", start.ours.readyMs.toFixed(0), `${start.prism.readyMs.toFixed(0)} (4 prism mock CLIs)`, ratio(start.ours.readyMs, start.prism.readyMs), "<= 0.50 and < 1500 ms"],
    ["peak resident memory (MiB)", start.ours.peakRssMiB.toFixed(0), `${start.prism.peakRssMiB.toFixed(0)} (4 prism mock CLIs)`, ratio(start.ours.peakRssMiB, start.prism.peakRssMiB), "<= 1.00"],
    [`GET ${GET_PATH} req/s`, load.ours.rps.toFixed(0), `${load.prism.rps.toFixed(0)} (bare prism mock)`, ratio(load.ours.rps, load.prism.rps), ">= 0.90"],
    [`GET ${GET_PATH} p99 ms`, String(load.ours.p99Ms), `${load.prism.p99Ms} (bare prism mock)`, ratio(load.ours.p99Ms, load.prism.p99Ms), "<= 1.10"],
  ],
);
console.log(table);
await writeBenchmarkSection(
  "mock",
  `## mock (\`npm run bench:mock\`)\n\nMachine: ${formatMachine(machine)}. Start-up: median of ${ROUNDS} rounds, measured from spawn to the first answer of every API, memory summed over the process tree; the first row is one start with the operations cache (node_modules/.cache) emptied, as after a spec change or on a fresh clone. The kit's time is for \`node --import tsx scripts/mock.ts\` (what \`npm run mock\` runs, without npm's own start-up). Load: autocannon, 10 connections, ${LOAD_SECONDS} s, after a 1 s warm-up.\n\n${table}`,
);
process.exit(0);
