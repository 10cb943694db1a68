/**
 * npm run bench:fake: requests per second and p99 latency for a GET and a create on the
 * yarn-service fake (full request validation on), against a bare node:http server that
 * returns a fixed JSON body, measured in the same run. Both servers run in one child process;
 * the load comes from this process, so neither shares its event loop with the load generator.
 * Writes the ratios to BENCHMARKS.md.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { readCredentials } from "../src/spec/credentials.js";
import { runLoad, type LoadResult } from "../src/bench/load.js";
import { describeMachine, formatMachine } from "../src/bench/machine.js";
import { markdownTable, writeBenchmarkSection } from "../src/bench/benchmarks-file.js";

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 5);
const CONNECTIONS = 10;
const user = readCredentials().yarnUser;

let counter = 0;
const createBody = () =>
  JSON.stringify({
    name: `bench-${process.argv.includes("--serve") ? "probe" : "load"}-${counter++}`,
    version: "1.0.0",
    components: [{ name: "sleeper", number_of_containers: 1, launch_command: "sleep 900000", resource: { cpus: 1, memory: "256" } }],
  });

/**
 * Child mode: start the fake, capture its answers to the measured GET and create, then serve
 * those same bytes from a bare node:http server, so both send identical responses.
 */
async function serve(): Promise<void> {
  const { startApiFake } = await import("../src/fakes/start-fakes.js");
  const fake = await startApiFake("yarn-service", { port: 0, clock: "real", stepMs: 500 });
  fake.applyProviderState("service hello-world exists", {});
  const fixedGet = await (await fetch(`${fake.url}/app/v1/services/hello-world?user.name=${user}`)).text();
  const created = await fetch(`${fake.url}/app/v1/services?user.name=${user}`, { method: "POST", headers: { "content-type": "application/json" }, body: createBody() });
  const fixedCreate = await created.text();
  const bare = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(req.method === "POST" ? 202 : 200, { "content-type": "application/json" });
      res.end(req.method === "POST" ? fixedCreate : fixedGet);
    });
  });
  await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => process.exit(0));
  process.stdout.write(`${JSON.stringify({ bare: `http://127.0.0.1:${(bare.address() as AddressInfo).port}`, fake: fake.url, getBytes: fixedGet.length })}\n`);
}

async function startServers(): Promise<{ urls: { bare: string; fake: string }; stop: () => void }> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--serve"], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve, reject) => {
    let seen = "";
    child.stdout!.on("data", (d) => {
      seen += d;
      const end = seen.indexOf("\n");
      if (end >= 0) resolve(seen.slice(0, end));
    });
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { urls: JSON.parse(line), stop: () => child.kill("SIGTERM") };
}

async function measure(baseUrl: string, kind: "get" | "create"): Promise<LoadResult> {
  const common = { connections: CONNECTIONS, durationSec: SECONDS };
  if (kind === "get") {
    const url = `${baseUrl}/app/v1/services/hello-world?user.name=${user}`;
    await runLoad({ url, ...common, durationSec: 1 });
    return runLoad({ url, ...common });
  }
  return runLoad({
    url: `${baseUrl}/app/v1/services?user.name=${user}`,
    method: "POST",
    headers: { "content-type": "application/json" },
    nextBody: createBody,
    ...common,
  });
}

async function main(): Promise<void> {
  const machine = describeMachine();
  console.log(`bench:fake on ${formatMachine(machine)}; autocannon ${CONNECTIONS} connections, ${SECONDS} s per measure`);
  const servers = await startServers();
  const rows: string[][] = [];
  try {
    for (const kind of ["get", "create"] as const) {
      const baseline = await measure(servers.urls.bare, kind);
      const ours = await measure(servers.urls.fake, kind);
      if (ours.non2xx > 0 || ours.errors > 0) console.log(`warning: ${kind} on the fake saw ${ours.non2xx} non-2xx answers and ${ours.errors} errors`);
      const label = kind === "get" ? "GET /app/v1/services/hello-world" : "POST /app/v1/services (create, distinct names)";
      rows.push([label, ours.rps.toFixed(0), baseline.rps.toFixed(0), (ours.rps / baseline.rps).toFixed(2), String(ours.p99Ms), String(baseline.p99Ms), ">= 0.40"]);
      console.log(`${kind}: fake ${ours.rps.toFixed(0)} req/s p99 ${ours.p99Ms} ms; bare ${baseline.rps.toFixed(0)} req/s p99 ${baseline.p99Ms} ms`);
    }
  } finally {
    servers.stop();
  }
  const table = markdownTable(["request", "fake req/s", "bare node:http req/s", "ratio", "fake p99 ms", "bare p99 ms", "goal (ratio)"], rows);
  console.log(table);
  await writeBenchmarkSection(
    "fake",
    `## fake (\`npm run bench:fake\`)\n\nMachine: ${formatMachine(machine)}. The yarn-service fake with full request validation (routing, auth, JSON parsing, Ajv against the spec) and, in the same child process, a bare node:http server answering with fixed bytes: the very bodies the fake sent for the same GET and create; load from the parent process with autocannon, ${CONNECTIONS} connections, ${SECONDS} s each (GET after a 1 s warm-up; creates use a distinct service name per request).\n\n${table}`,
  );
}

if (process.argv.includes("--serve")) await serve();
else {
  await main();
  process.exit(0);
}
