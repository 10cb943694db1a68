/**
 * `npm run bench:conform`: the conformance runner against the YARN fake, and in the same run
 * the same spec and target under Dredd and Specmatic (installed into .bench/ by this script,
 * never as project dependencies). Reports wall time, checks per second, false alarms against
 * the conforming fake, and how many injected faults (test/support/fault-proxy.ts) each tool
 * detects. Writes the "conform" section of BENCHMARKS.md.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import { PROJECT_ROOT } from "../src/spec/apis.js";
import { startApiFake } from "../src/fakes/start-fakes.js";
import { prepareRun } from "../src/conform/plan.js";
import { runConformance } from "../src/conform/run-conformance.js";
import type { ConformOptions } from "../src/conform/options.js";
import { describeMachine, formatMachine } from "../src/bench/machine.js";
import { markdownTable, writeBenchmarkSection } from "../src/bench/benchmarks-file.js";
import { FAULTS, startFaultProxy, type FaultName } from "../test/support/fault-proxy.js";

const BENCH = path.join(PROJECT_ROOT, ".bench");
const API = "yarn-service";
const YARN_FAULTS = (Object.keys(FAULTS) as FaultName[]).filter((f) => f !== "undeclared-transition");

interface ToolRun {
  ok: boolean;
  wallMs: number;
  checks: number;
  failed: number;
  /** Names of failing tests/checks, to compare a faulty target against the clean one. */
  failures: Set<string>;
  note?: string;
}

interface Tool {
  name: string;
  run(url: string): Promise<ToolRun>;
}

function prepareScratch(): string | undefined {
  mkdirSync(BENCH, { recursive: true });
  if (!existsSync(path.join(BENCH, "package.json"))) writeFileSync(path.join(BENCH, "package.json"), '{"name":"bench-scratch","private":true}\n');
  const need = ["dredd", "specmatic"].filter((p) => !existsSync(path.join(BENCH, "node_modules", p, "package.json")));
  if (need.length > 0) {
    console.log(`installing ${need.join(", ")} into .bench/ ...`);
    const result = spawnSync("npm", ["install", "--prefix", BENCH, "--no-audit", "--no-fund", ...need], { encoding: "utf8" });
    if (result.status !== 0) return `npm install failed: ${(result.stderr || result.stdout).split("\n").slice(-3).join(" ")}`;
  }
  const document = parse(readFileSync(path.join(PROJECT_ROOT, "specs", `${API}.yaml`), "utf8"));
  writeFileSync(path.join(BENCH, `${API}.json`), JSON.stringify(document));
  // Specmatic refuses the SPNEGO scheme (OAS9999); its copy keeps only the user.name scheme.
  const forSpecmatic = structuredClone(document);
  delete forSpecmatic.components.securitySchemes.spnego;
  forSpecmatic.security = [{ userName: [] }];
  writeFileSync(path.join(BENCH, `${API}.specmatic.json`), JSON.stringify(forSpecmatic));
  writeFileSync(
    path.join(BENCH, "dredd-hooks.cjs"),
    [
      "// Dredd does not apply apiKey schemes: add the YARN user; test 2xx transactions only.",
      'const hooks = require("hooks");',
      "hooks.beforeEach((t, done) => {",
      '  t.fullPath += (t.fullPath.includes("?") ? "&" : "?") + "user.name=yarn-user";',
      "  t.request.uri = t.fullPath;",
      "  if (Number(t.expected.statusCode) >= 300) t.skip = true;",
      "  done();",
      "});",
      "",
    ].join("\n"),
  );
  return undefined;
}

function runProcess(command: string, args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 180_000): Promise<{ code: number | null; output: string; wallMs: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: BENCH, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output, wallMs: performance.now() - started });
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ code: -1, output: String(error), wallMs: performance.now() - started });
    });
  });
}

const conformTool: Tool = {
  name: "conform (this kit)",
  async run(url) {
    const options: ConformOptions = { api: API, baseUrl: url, waitTimeoutSeconds: 2, workers: 4 };
    const started = performance.now();
    const run = await prepareRun(options);
    const failures = new Set<string>();
    const summary = await runConformance(run, options, (e) => {
      if (e.type === "check" && e.outcome === "failed") failures.add(`${e.check} ${e.operationId}`);
    });
    return { ok: true, wallMs: performance.now() - started, checks: summary.checks, failed: summary.failed, failures };
  },
};

const dreddTool: Tool = {
  name: "Dredd 14 (examples, 2xx)",
  async run(url) {
    const bin = path.join(BENCH, "node_modules", ".bin", "dredd");
    const result = await runProcess(bin, [`${API}.json`, url, "--hookfiles=dredd-hooks.cjs", "--loglevel=warning"]);
    const plain = result.output.replace(/\u001b\[[0-9;]*m/g, "");
    const m = plain.match(/complete: (\d+) passing, (\d+) failing, (\d+) errors, (\d+) skipped, (\d+) total/);
    if (!m) return { ok: false, wallMs: result.wallMs, checks: 0, failed: 0, failures: new Set(), note: plain.split("\n").filter(Boolean).slice(-2).join(" ") };
    const failures = new Set([...plain.matchAll(/^fail: (\S+ \(\d+\) \S+)/gm)].map((x) => x[1]!));
    return { ok: true, wallMs: result.wallMs, checks: Number(m[1]) + Number(m[2]) + Number(m[3]), failed: Number(m[2]) + Number(m[3]), failures };
  },
};

const specmaticTool: Tool = {
  name: "Specmatic 2 (contract tests)",
  async run(url) {
    const jar = path.join(BENCH, "node_modules", "specmatic", "specmatic.jar");
    const limit = { MAX_TEST_REQUEST_COMBINATIONS: "1", SPECMATIC_GENERATIVE_TESTS: "false" };
    const result = await runProcess("java", ["-DMAX_TEST_REQUEST_COMBINATIONS=1", "-DSPECMATIC_GENERATIVE_TESTS=false", "-jar", jar, "test", `--testBaseURL=${url}`, `${API}.specmatic.json`], limit);
    const m = result.output.match(/Tests run: (\d+), Successes: (\d+), Failures: (\d+), WIP: \d+, Errors: (\d+)/);
    if (!m) return { ok: false, wallMs: result.wallMs, checks: 0, failed: 0, failures: new Set(), note: result.output.split("\n").filter(Boolean).slice(-2).join(" ").slice(0, 200) };
    const failures = new Set([...result.output.matchAll(/^Testing scenario "([^"]+)"[\s\S]*?(?:status (\d+) but response contained status (\d+))?/gm)].map((x) => `${x[1]} ${x[2] ?? ""}/${x[3] ?? ""}`));
    const failedLines = new Set([...result.output.matchAll(/^(.{0,300}) has FAILED$/gm)].map((x) => x[1]!));
    return { ok: true, wallMs: result.wallMs, checks: Number(m[1]), failed: Number(m[3]) + Number(m[4]), failures: failedLines.size > 0 ? failedLines : failures };
  },
};

const ALL_APIS = ["hadoop-eco", "yarn-service", "nhn-kubernetes", "bigdata-paas"] as const;
const FOUR_API_STEP_MS = 20;

/**
 * The whole kit as a CI job runs it: `npm run fake` (a child process) and one
 * `npm run conform` process per API, every phase on, one after the other. Wall time includes
 * each conform process's start-up.
 */
async function measureFourApiRun(): Promise<{ wallMs: number; rows: string[][] }> {
  const fakes = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts/fake.ts"), "--port", "0", "--quiet", "--step-ms", String(FOUR_API_STEP_MS)], { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "inherit"] });
  const table = await new Promise<string>((resolve, reject) => {
    let seen = "";
    fakes.stdout!.on("data", (d) => {
      seen += d;
      if (/^ready:/m.test(seen)) resolve(seen);
    });
    fakes.once("exit", (code) => reject(new Error(`npm run fake exited with ${code}`)));
  });
  const rows: string[][] = [];
  const started = performance.now();
  try {
    for (const api of ALL_APIS) {
      const url = table.match(new RegExp(`${api}\\s+(http://\\S+)`))![1]!;
      const t0 = performance.now();
      const result = spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts/conform.ts"), "--api", api, "--base-url", url], { cwd: PROJECT_ROOT, encoding: "utf8" });
      const summary = result.stdout.match(/(\d+) checks, (\d+) passed, (\d+) failed/);
      rows.push([api, String(Math.round(performance.now() - t0)), summary?.[1] ?? "?", summary?.[3] ?? "?", String(result.status)]);
    }
  } finally {
    fakes.kill("SIGTERM");
  }
  return { wallMs: performance.now() - started, rows };
}

async function main(): Promise<void> {
  const machine = describeMachine();
  const installProblem = prepareScratch();
  const fake = await startApiFake(API, { port: 0, clock: "real", stepMs: 10 });
  const tools = installProblem ? [conformTool] : [conformTool, dreddTool, specmaticTool];
  const rows: string[][] = [];
  const results: Array<{ tool: Tool; clean: ToolRun; detected: number; faultNotes: string[] }> = [];
  try {
    for (const tool of tools) {
      fake.reset();
      const proxy = await startFaultProxy(fake.url, undefined);
      const clean = await tool.run(proxy.url);
      await proxy.close();
      console.log(`${tool.name}: ${clean.ok ? `${clean.checks} checks, ${clean.failed} failed in ${Math.round(clean.wallMs)} ms` : `did not run: ${clean.note}`}`);
      let detected = 0;
      const faultNotes: string[] = [];
      if (clean.ok) {
        for (const fault of YARN_FAULTS) {
          fake.reset();
          const faulty = await startFaultProxy(fake.url, FAULTS[fault]);
          const run = await tool.run(faulty.url);
          await faulty.close();
          const fresh = [...run.failures].filter((f) => !clean.failures.has(f));
          const caught = run.ok && (fresh.length > 0 || run.failed > clean.failed);
          if (caught) detected++;
          faultNotes.push(`${fault}:${caught ? "yes" : "no"}`);
        }
        console.log(`  faults detected: ${detected}/${YARN_FAULTS.length} (${faultNotes.join(", ")})`);
      }
      results.push({ tool, clean, detected, faultNotes });
    }
  } finally {
    await fake.close();
  }
  const base = results[0]!.clean;
  for (const { tool, clean, detected } of results) {
    if (!clean.ok) {
      rows.push([tool.name, "-", "-", "-", "-", "-", `could not run: ${clean.note ?? "unknown"}`]);
      continue;
    }
    const perSecond = clean.checks / (clean.wallMs / 1000);
    rows.push([
      tool.name,
      String(Math.round(clean.wallMs)),
      String(clean.checks),
      perSecond.toFixed(0),
      String(clean.failed),
      `${detected}/${YARN_FAULTS.length}`,
      tool === conformTool ? "1.00 / 1.00" : `${(clean.wallMs / base.wallMs).toFixed(2)} / ${(perSecond / (base.checks / (base.wallMs / 1000))).toFixed(2)}`,
    ]);
  }
  if (installProblem) rows.push(["Dredd, Specmatic", "-", "-", "-", "-", "-", `could not run: ${installProblem}`]);
  const table = markdownTable(["tool", "wall ms", "checks", "checks/s", "failures on the conforming fake (false alarms)", "injected faults detected", "ratio to conform (wall / checks/s)"], rows);
  const four = await measureFourApiRun();
  four.rows.push(["all four", String(Math.round(four.wallMs)), String(four.rows.reduce((n, r) => n + Number(r[2]), 0)), String(four.rows.reduce((n, r) => n + Number(r[3]), 0)), "goal: < 20000 ms"]);
  const fourTable = markdownTable(["API", "wall ms (incl. process start)", "checks", "failed", "exit code"], four.rows);
  console.log(`\n${fourTable}`);
  const section = [
    "## conform (`npm run bench:conform`)",
    "",
    `Machine: ${formatMachine(machine)}. Target: the yarn-service fake (clock real, step 10 ms) behind the fault proxy, fresh state per run. conform runs every phase (examples, coverage, negative, workflows) with its default checks, in-process; Dredd 14 and Specmatic 2 run as child processes (their start-up is included: Dredd is a Node CLI, Specmatic a JVM). Dredd gets the spec as JSON (its YAML parser rejects the file), a hook adding \`user.name\` and testing 2xx transactions only; Specmatic gets a copy without the SPNEGO scheme it refuses (OAS9999) and no generative combinations. A fault counts as detected when the tool reports a failure it does not report against the clean target. Faults: ${YARN_FAULTS.join(", ")}.`,
    "",
    table,
    "",
    `Full run of every API against \`npm run fake -- --step-ms ${FOUR_API_STEP_MS}\` (one conform process per API, every phase and the workflows):`,
    "",
    fourTable,
  ].join("\n");
  console.log(`\n${table}`);
  await writeBenchmarkSection("conform", section);
  console.log("\nwrote the conform section of BENCHMARKS.md");
}

await main();
