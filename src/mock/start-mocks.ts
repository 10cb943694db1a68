/**
 * Serve the specs with Prism, all in this one process: one Prism HTTP server per API,
 * Prism's own routing, validation, security checks and response negotiation unchanged.
 */
import { PassThrough } from "node:stream";
import { deferFakerLoading } from "./defer-faker.js";
import { loadOperations } from "./operations-cache.js";
import { specPathFor, type ApiId } from "../spec/apis.js";
import { OperatorError } from "../spec/operator-error.js";

export type MockLogLevel = "quiet" | "normal" | "verbose";

export interface MockOptions {
  apis: Array<{ id: ApiId; port: number; specPath?: string }>;
  host: string;
  dynamic?: boolean;
  seed?: string;
  logLevel?: MockLogLevel;
  /** Receives one formatted line per log record (default: stdout). */
  log?: (line: string) => void;
}

export interface RunningMock {
  id: ApiId;
  url: string;
  port: number;
  specPath: string;
  operationCount: number;
}

export interface MockSet {
  mocks: RunningMock[];
  close(): Promise<void>;
}

const PINO_LEVELS: Record<MockLogLevel, string> = { quiet: "error", normal: "info", verbose: "debug" };

export async function startMocks(options: MockOptions): Promise<MockSet> {
  deferFakerLoading();
  const [{ getHttpOperationsFromSpec }, { createServer }, { createLogger }] = await Promise.all([
    import("@stoplight/prism-http"),
    import("@stoplight/prism-http-server"),
    import("@stoplight/prism-core"),
  ]);
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const level = options.logLevel ?? "normal";
  const loaded = await Promise.all(
    options.apis.map(async (api) => {
      const specPath = api.specPath ?? specPathFor(api.id);
      try {
        return { ...api, specPath, operations: await loadOperations(specPath, getHttpOperationsFromSpec) };
      } catch (error) {
        throw new OperatorError("SPEC_INVALID", `${api.id}: Prism could not load ${specPath}: ${oneLine(error)}`);
      }
    }),
  );
  const started: Array<{ server: { close(): Promise<void> }; mock: RunningMock }> = [];
  try {
    for (const api of loaded) {
      const server = createServer(api.operations, {
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
        components: { logger: createMockLogger(createLogger, api.id, level, log) },
      });
      let address: string;
      try {
        address = await server.listen(api.port, options.host);
      } catch (error) {
        const text = oneLine(error);
        if (/EADDRINUSE/.test(text)) {
          throw new OperatorError("PORT_IN_USE", `${api.id}: port ${api.port} on ${options.host} is already in use`, "stop what holds it or pass --port");
        }
        throw new OperatorError("ENVIRONMENT", `${api.id}: cannot listen on ${options.host}:${api.port}: ${text}`);
      }
      const port = Number(address.match(/:(\d+)$/)?.[1] ?? api.port);
      started.push({
        server,
        mock: {
          id: api.id,
          port,
          url: `http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${port}`,
          specPath: api.specPath,
          operationCount: api.operations.length,
        },
      });
    }
  } catch (error) {
    await Promise.allSettled(started.map((s) => s.server.close()));
    throw error;
  }
  return {
    mocks: started.map((s) => s.mock),
    close: async () => {
      await Promise.allSettled(started.map((s) => s.server.close()));
    },
  };
}

/** Prism logs through pino; turn its JSON records into short lines tagged with the API id. */
function createMockLogger(createLogger: typeof import("@stoplight/prism-core").createLogger, id: ApiId, level: MockLogLevel, log: (line: string) => void) {
  const stream = new PassThrough();
  let buffered = "";
  stream.on("data", (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    let newline: number;
    while ((newline = buffered.indexOf("\n")) >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      const formatted = formatRecord(id, line, level);
      if (formatted) log(formatted);
    }
  });
  return createLogger(id, { level: PINO_LEVELS[level] }, stream);
}

function formatRecord(id: ApiId, line: string, level: MockLogLevel): string | undefined {
  let record: any;
  try {
    record = JSON.parse(line);
  } catch {
    return undefined;
  }
  const input = record.input;
  if (record.msg === "Request received" && input) {
    const query = new URLSearchParams(flattenQuery(input.url?.query ?? {})).toString();
    return `[${id}] ${String(input.method).toUpperCase()} ${input.url?.path ?? ""}${query ? `?${query}` : ""}`;
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
