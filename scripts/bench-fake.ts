/**
 * npm run bench:fake: requests per second and p99 latency for a GET and a create on the
 * yarn-service fake (full request validation on), against a bare node:http server that
 * returns a fixed JSON body, measured in the same run. Writes the ratios to BENCHMARKS.md.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { startApiFake } from "../src/fakes/start-fakes.js";
import { readCredentials } from "../src/spec/credentials.js";
import { runLoad, type LoadResult } from "../src/bench/load.js";
import { describeMachine, formatMachine } from "../src/bench/machine.js";
import { markdownTable, writeBenchmarkSection } from "../src/bench/benchmarks-file.js";

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 5);
const CONNECTIONS = 10;
const user = readCredentials().yarnUser;

const FIXED = JSON.stringify({ name: "hello-world", version: "1.0.0", state: "STABLE", components: [{ name: "hello", number_of_containers: 2 }] });
const bare = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(req.method === "POST" ? 202 : 200, { "content-type": "application/json" });
    res.end(FIXED);
  });
});
await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;

const fake = await startApiFake("yarn-service", { port: 0, clock: "real", stepMs: 500 });
fake.applyProviderState("service hello-world exists", {});

const createBody = () =>
  JSON.stringify({
    name: "bench-[<id>]",
    version: "1.0.0",
    components: [{ name: "sleeper", number_of_containers: 1, launch_command: "sleep 900000", resource: { cpus: 1, memory: "256" } }],
  });

async function measure(baseUrl: string, kind: "get" | "create"): Promise<LoadResult> {
  const common = { connections: CONNECTIONS, durationSec: SECONDS };
  if (kind === "get") {
    await runLoad({ url: `${baseUrl}/app/v1/services/hello-world?user.name=${user}`, ...common, durationSec: 1 });
    return runLoad({ url: `${baseUrl}/app/v1/services/hello-world?user.name=${user}`, ...common });
  }
  return runLoad({
    url: `${baseUrl}/app/v1/services?user.name=${user}`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: createBody(),
    uniqueIds: true,
    ...common,
  });
}

const machine = describeMachine();
console.log(`bench:fake on ${formatMachine(machine)}; autocannon ${CONNECTIONS} connections, ${SECONDS} s per measure`);
const rows: string[][] = [];
for (const kind of ["get", "create"] as const) {
  const baseline = await measure(bareUrl, kind);
  const ours = await measure(fake.url, kind);
  if (ours.non2xx > 0 || ours.errors > 0) console.log(`warning: ${kind} on the fake saw ${ours.non2xx} non-2xx answers and ${ours.errors} errors`);
  const label = kind === "get" ? "GET /app/v1/services/hello-world" : "POST /app/v1/services (create, distinct names)";
  rows.push([label, ours.rps.toFixed(0), baseline.rps.toFixed(0), (ours.rps / baseline.rps).toFixed(2), String(ours.p99Ms), String(baseline.p99Ms), ">= 0.40"]);
  console.log(`${kind}: fake ${ours.rps.toFixed(0)} req/s p99 ${ours.p99Ms} ms; bare ${baseline.rps.toFixed(0)} req/s p99 ${baseline.p99Ms} ms`);
}
const table = markdownTable(["request", "fake req/s", "bare node:http req/s", "ratio", "fake p99 ms", "bare p99 ms", "goal (ratio)"], rows);
console.log(table);
await writeBenchmarkSection(
  "fake",
  `## fake (\`npm run bench:fake\`)\n\nMachine: ${formatMachine(machine)}. The yarn-service fake in-process with full request validation (routing, auth, JSON parsing, Ajv against the spec); the baseline is a bare node:http server answering a fixed JSON body, in the same process and run. autocannon, ${CONNECTIONS} connections, ${SECONDS} s each.\n\n${table}`,
);
await fake.close();
bare.close();
process.exit(0);
