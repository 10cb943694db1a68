/**
 * Serve the specs with Prism, all in this one process: one Prism HTTP server per API,
 * Prism's own routing, validation, security checks and response negotiation unchanged.
 * An API can instead be proxied to a real upstream (every exchange judged against the spec and
 * optionally recorded) or served from recordings first; then a front server owns the port
 * (src/mock/front-server.ts). With `watch`, a changed spec file is loaded again in place.
 */
import { PassThrough } from "node:stream";
import { deferFakerLoading } from "./defer-faker.js";
import { loadServedSpec, watchAndReload } from "./served-spec.js";
import { checkUpstream } from "./check-upstream.js";
import { startFrontServer, type FrontStages } from "./front-server.js";
import { createProxyStage, describeTarget } from "./proxy-traffic.js";
import { loadReplayStage } from "./replay-recordings.js";
import { ViolationTally } from "./violation-tally.js";
import { specPathFor, type ApiId } from "../spec/apis.js";
import { OperatorError } from "../spec/operator-error.js";
import { createExchangeMasker, credentialNames, recordingSecrets, type ExchangeMasker } from "../evidence/mask-exchange.js";
import type { RecordingFolder } from "../evidence/record-exchanges.js";

export type MockLogLevel = "quiet" | "normal" | "verbose";

export interface MockApi {
  id: ApiId;
  port: number;
  specPath?: string;
  /** Forward every request to this upstream base URL instead of mocking it. */
  proxy?: string;
  /** Write each proxied exchange into this folder (needs `proxy`). */
  record?: string;
  /** Answer recorded calls from this folder of recordings; Prism answers the rest. */
  replay?: string;
}

export interface MockOptions {
  apis: MockApi[];
  host: string;
  dynamic?: boolean;
  seed?: string;
  logLevel?: MockLogLevel;
  /** Receives one formatted line per log record (default: stdout). */
  log?: (line: string) => void;
  /** Reload a spec when its file changes, on the same port. */
  watch?: boolean;
  /** Values never printed or recorded (default: the credential variables in force). */
  secrets?: readonly string[];
}

export interface RunningMock {
  id: ApiId;
  url: string;
  port: number;
  specPath: string;
  operationCount: number;
  /** mock: Prism; proxy: forwarded to `upstream`; replay: recordings first, then Prism. */
  mode: "mock" | "proxy" | "replay";
  upstream?: string;
}

export interface MockSet {
  mocks: RunningMock[];
  /** Calls and violations seen by the proxied APIs. */
  tally: ViolationTally;
  close(): Promise<void>;
}

const PINO_LEVELS: Record<MockLogLevel, string> = { quiet: "error", normal: "info", verbose: "debug" };

/** Prism's three packages (about 2 s of CPU to load). */
async function loadPrism() {
  deferFakerLoading();
  const [{ getHttpOperationsFromSpec }, { createServer }, { createLogger }] = await Promise.all([
    import("@stoplight/prism-http"),
    import("@stoplight/prism-http-server"),
    import("@stoplight/prism-core"),
  ]);
  return { getHttpOperationsFromSpec, createServer, createLogger };
}

export async function startMocks(options: MockOptions): Promise<MockSet> {
  // Prism loads only when an API is mocked or replayed: a proxy forwards and judges without it.
  const prism = options.apis.some((api) => !api.proxy) ? await loadPrism() : undefined;
  const usePrism = () => {
    if (!prism) throw new Error("Prism was not loaded: every API is proxied");
    return prism;
  };
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const level = options.logLevel ?? "normal";
  const secrets = options.secrets ?? recordingSecrets();
  const tally = new ViolationTally();
  for (const api of options.apis) {
    if (api.record && !api.proxy) throw new OperatorError("USAGE", `${api.id}: recording needs --proxy (only real traffic is recorded)`);
    if (api.replay && api.proxy) throw new OperatorError("USAGE", `${api.id}: --replay and --proxy exclude each other`);
    if (api.proxy) await checkUpstream(api.id, api.proxy);
  }
  const loaded = await Promise.all(
    options.apis.map(async (api) => {
      const specPath = api.specPath ?? specPathFor(api.id);
      try {
        const spec = await loadServedSpec(specPath, { prism: !api.proxy, validator: Boolean(api.proxy), convert: (file) => usePrism().getHttpOperationsFromSpec(file) });
        return { ...api, specPath, spec };
      } catch (error) {
        throw new OperatorError("SPEC_INVALID", `${api.id}: Prism could not load ${specPath}: ${oneLine(error)}`);
      }
    }),
  );
  const recordDirs = options.apis.flatMap((a) => (a.record ? [a.record] : []));
  // Recording writes YAML manifests; the parser loads only when something is recorded.
  const recorder = recordDirs.length > 0 ? await import("../evidence/record-exchanges.js") : undefined;
  const sequence = recorder?.createSequence(await recorder.lastRecordingNumber(recordDirs));
  const closers: Array<() => Promise<void>> = [];
  const recordings: RecordingFolder[] = [];
  const mocks: RunningMock[] = [];
  const closeAll = async () => {
    await Promise.allSettled(closers.map((close) => close()));
    await Promise.allSettled(recordings.map((r) => r.flush()));
  };
  try {
    for (const api of loaded) {
      const startPrism = (port: number, host: string) => {
        const { createServer, createLogger } = usePrism();
        const server = createServer(api.spec.prismOperations, {
          cors: true,
          config: {
            checkSecurity: true,
            validateRequest: true,
            validateResponse: true,
            errors: false,
            upstreamProxy: undefined,
            isProxy: false,
            mock: { dynamic: Boolean(options.dynamic), ignoreExamples: false, ...(options.seed ? { seed: options.seed } : {}) },
          } as any,
          components: { logger: createMockLogger(createLogger, api.id, level, log, createExchangeMasker(credentialNames(), secrets)) },
        });
        closers.push(() => server.close());
        return listenPrism(server, api.id, port, host);
      };
      let port: number;
      let mode: RunningMock["mode"] = "mock";
      if (!api.proxy && !api.replay) {
        port = await startPrism(api.port, options.host);
      } else {
        const masker = createExchangeMasker(credentialNames(api.proxy ? api.spec.validator().document : undefined), secrets);
        const stages: FrontStages = {};
        if (api.proxy) {
          mode = "proxy";
          const upstream = new URL(api.proxy);
          let recording: RecordingFolder | undefined;
          if (api.record) {
            recording = await recorder!.openRecordingFolder(api.record, { upstreamHost: upstream.host, masker, sequence: sequence! });
            recordings.push(recording);
          }
          stages.proxy = createProxyStage({ api: api.id, upstream, validator: api.spec.validator, masker, tally, log, logCalls: level !== "quiet", recording });
        } else {
          mode = "replay";
          stages.replay = await loadReplayStage(api.replay!, masker);
          stages.prism = new URL(`http://127.0.0.1:${await startPrism(0, "127.0.0.1")}`);
        }
        const front = await startFrontServer({ api: api.id, host: options.host, port: api.port, stages, masker, log, logCalls: level !== "quiet" });
        closers.push(front.close);
        port = front.port;
      }
      if (options.watch) closers.push(watchAndReload(api.id, api.spec, log));
      const mock: RunningMock = {
        id: api.id,
        port,
        url: `http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${port}`,
        specPath: api.specPath,
        get operationCount() {
          return api.spec.operationCount;
        },
        mode,
        ...(api.proxy ? { upstream: api.proxy } : {}),
      };
      mocks.push(mock);
    }
  } catch (error) {
    await closeAll();
    throw error;
  }
  return { mocks, tally, close: closeAll };
}

async function listenPrism(server: { listen(port: number, host: string): Promise<string> }, id: ApiId, port: number, host: string): Promise<number> {
  let address: string;
  try {
    address = await server.listen(port, host);
  } catch (error) {
    const text = oneLine(error);
    if (/EADDRINUSE/.test(text)) {
      throw new OperatorError("PORT_IN_USE", `${id}: port ${port} on ${host} is already in use`, "stop what holds it or pass --port");
    }
    throw new OperatorError("ENVIRONMENT", `${id}: cannot listen on ${host}:${port}: ${text}`);
  }
  return Number(address.match(/:(\d+)$/)?.[1] ?? port);
}

/** Prism logs through pino; turn its JSON records into short lines tagged with the API id. */
function createMockLogger(
  createLogger: typeof import("@stoplight/prism-core").createLogger,
  id: ApiId,
  level: MockLogLevel,
  log: (line: string) => void,
  masker: ExchangeMasker,
) {
  const stream = new PassThrough();
  let buffered = "";
  stream.on("data", (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    let newline: number;
    while ((newline = buffered.indexOf("\n")) >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      const formatted = formatRecord(id, line, level, masker);
      if (formatted) log(masker.maskText(formatted));
    }
  });
  return createLogger(id, { level: PINO_LEVELS[level] }, stream);
}

function formatRecord(id: ApiId, line: string, level: MockLogLevel, masker: ExchangeMasker): string | undefined {
  let record: any;
  try {
    record = JSON.parse(line);
  } catch {
    return undefined;
  }
  const input = record.input;
  if (record.msg === "Request received" && input) {
    // Credentials in the query (user.name, token, ...) are masked by name, as in recordings.
    const url = new URL(`http://mock.invalid${input.url?.path ?? "/"}`);
    for (const [k, v] of flattenQuery(input.url?.query ?? {})) url.searchParams.append(k, v);
    return `[${id}] ${describeTarget(masker, String(input.method).toUpperCase(), url)}`;
  }
  if (level === "normal" && record.level < 40 && !/Violation/.test(record.msg ?? "")) return undefined;
  return `[${id}]   ${record.msg}`;
}

function flattenQuery(query: Record<string, string | string[]>): Array<[string, string]> {
  return Object.entries(query).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x] as [string, string]) : [[k, v] as [string, string]]));
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0] ?? text;
}
