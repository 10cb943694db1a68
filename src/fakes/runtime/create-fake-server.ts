/**
 * Run a fake definition as an HTTP server: route by the spec, authenticate, parse and
 * validate the request against the spec, hand it to the API's handler (or answer from the
 * spec's examples), and in self-check mode validate every response it sends.
 * A client mistake never produces a 5xx, and a handler error never stops the server.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApiId } from "../../spec/apis.js";
import { readCredentials, type Credentials } from "../../spec/credentials.js";
import { OperatorError } from "../../spec/operator-error.js";
import type { SpecValidator } from "../../validate/spec-validator.js";
import { loadValidatedSpec } from "../../validate/validated-spec.js";
import { isFailure, type Finding } from "../../validate/finding.js";
import { isJsonMediaType, pickMediaType } from "../../validate/media-type.js";
import { FakeClock, type ClockMode } from "./fake-clock.js";
import { readBody, parseJsonBody, DEFAULT_MAX_BODY_BYTES } from "./read-body.js";
import { exampleReply } from "./example-reply.js";
import { handleControl } from "./control.js";
import type { FakeDefinition, FakeReply, FakeRequest, HandlerContext } from "./types.js";

export interface FakeServerOptions {
  port?: number;
  host?: string;
  /** `real` (default): time passes with the wall clock; `manual`: only advance() moves it. */
  clock?: ClockMode;
  /** Clock time per lifecycle step (default 500 ms). */
  stepMs?: number;
  /** Validate every response against the spec and record violations. */
  selfCheck?: boolean;
  maxBodyBytes?: number;
  credentials?: Credentials;
  /** One line per request (default: none). */
  log?: (line: string) => void;
  /** Serve another spec file than specs/<id>.yaml (tests of the runtime itself). */
  specPath?: string;
}

export interface Violation {
  operationId: string;
  method: string;
  path: string;
  status: number;
  findings: Finding[];
}

export interface RunningFake<S = unknown> {
  id: ApiId;
  url: string;
  port: number;
  operationCount: number;
  readonly state: S;
  readonly clock: FakeClock;
  /** Self-check findings (responses that break the spec) and handler crashes. */
  readonly violations: Violation[];
  advance(steps?: number): void;
  /** Advance until no lifecycle work is pending. */
  settle(): void;
  reset(): void;
  applyProviderState(name: string, params?: Record<string, unknown>): void;
  close(): Promise<void>;
}

/** The spec's compiled validator, shared with every other user of the spec in this process. */
const validatorFor = async (idOrPath: string): Promise<SpecValidator> => (await loadValidatedSpec(idOrPath)).validator;

export async function startFake<S>(definition: FakeDefinition<S>, options: FakeServerOptions = {}): Promise<RunningFake<S>> {
  const validator = await validatorFor(options.specPath ?? definition.id);
  const clock = new FakeClock(options.clock ?? "real", options.stepMs ?? 500);
  const credentials = options.credentials ?? readCredentials();
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const violations: Violation[] = [];
  const contentType = definition.contentType ?? "application/json";

  const baseContext = (origin: string): Omit<HandlerContext<S>, "state"> => ({
    credentials,
    now: () => clock.now(),
    after: (steps, job) => clock.after(steps, job),
    origin,
    error: (status, message, extra) => ({ status, body: definition.errorBody(status, message, extra) }),
    example: (operationId, status, name) => exampleReply(validator, operationId, status, name),
  });
  let state = definition.createState(credentials, baseContext("http://127.0.0.1"));
  // One context object per origin, reused by every request; `state` always reads the current state.
  const contexts = new Map<string, HandlerContext<S>>();
  const contextFor = (origin: string): HandlerContext<S> => {
    let context = contexts.get(origin);
    if (!context) {
      if (contexts.size > 64) contexts.clear();
      context = Object.defineProperty(baseContext(origin), "state", { get: () => state, enumerable: true }) as HandlerContext<S>;
      contexts.set(origin, context);
    }
    return context;
  };

  const fake = {
    reset() {
      clock.clear();
      state = definition.createState(credentials, baseContext("http://127.0.0.1"));
    },
    applyProviderState(name: string, params: Record<string, unknown> = {}) {
      const handler = definition.providerStates?.[name];
      if (!handler) throw new Error(`unknown provider state "${name}"`);
      handler(contextFor("http://127.0.0.1"), params);
    },
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    // Names the kit's fakes to the conformance runner (src/conform/detect-target.ts).
    res.setHeader("x-cluster-api-contracts", "fake");
    const origin = `http://${req.headers.host ?? "127.0.0.1"}`;
    const context = contextFor(origin);
    const send = (reply: FakeReply, request?: FakeRequest) => {
      const status = reply.status;
      const headers: Record<string, string> = { ...(reply.headers ?? {}) };
      let payload: string | undefined;
      if (reply.body !== undefined) {
        const type = reply.contentType ?? contentType;
        headers["content-type"] = type;
        payload = isJsonMediaType(type) ? JSON.stringify(reply.body) : String(reply.body);
      }
      if (options.selfCheck && request) {
        // Warnings (an unlisted x-known-values value) are not violations.
        const findings = validator.validateResponse(request.operationId, {
          status,
          headers: lowerKeys(headers),
          body: reply.body,
          contentType: headers["content-type"],
        }).filter(isFailure);
        if (findings.length > 0) {
          violations.push({ operationId: request.operationId, method: request.method, path: request.path, status, findings });
        }
      }
      res.writeHead(status, headers);
      res.end(req.method === "HEAD" ? undefined : payload);
      options.log?.(`[${definition.id}] ${req.method} ${req.url} -> ${status} (${(performance.now() - started).toFixed(1)} ms)`);
    };
    const fail = (status: number, message: string, extra?: Record<string, unknown>, request?: FakeRequest) =>
      send({ status, body: definition.errorBody(status, message, extra), headers: extra?.allow ? { allow: String(extra.allow) } : undefined }, request);

    try {
      const url = splitUrl(req.url ?? "/");
      if (url.pathname.startsWith("/__fake/")) {
        const bodyResult = await readBody(req, maxBodyBytes);
        const reply = handleControl(url.pathname, req.method ?? "GET", bodyResult.ok ? bodyResult.text : "", {
          reset: () => fake.reset(),
          advance: (steps) => clock.advance(steps),
          applyProviderState: (name, params) => fake.applyProviderState(name, params),
          providerStates: () => Object.keys(definition.providerStates ?? {}),
          now: () => clock.now(),
        });
        res.writeHead(reply.status, { "content-type": "application/json" });
        res.end(JSON.stringify(reply.body));
        return;
      }
      const method = req.method === "HEAD" ? "GET" : (req.method ?? "GET");
      const { match, allowed } = validator.router.match(method, url.pathname);
      if (!match) {
        await drain(req);
        if (allowed.length > 0) return fail(405, `method ${req.method} is not allowed on ${url.pathname}`, { allow: allowed.join(", ") });
        return fail(404, `no resource at ${url.pathname}`);
      }
      const request: FakeRequest = {
        operationId: match.operation.operationId,
        operation: match.operation,
        method,
        path: url.pathname,
        params: match.pathParams,
        query: url.search ? queryOf(new URLSearchParams(url.search)) : {},
        headers: req.headers as Record<string, string | undefined>,
        body: undefined,
        contentType: req.headers["content-type"],
      };
      clock.runDue();
      const denied = definition.authenticate(request, context);
      if (denied) {
        await drain(req);
        return send(denied, request);
      }
      const bodyResult = hasBody(req) ? await readBody(req, maxBodyBytes) : ({ ok: true, text: "" } as const);
      if (!bodyResult.ok) {
        if (bodyResult.reason === "too-large") res.setHeader("connection", "close");
        return fail(413, `request body is larger than ${maxBodyBytes} bytes`, undefined, request);
      }
      if (bodyResult.text.length > 0) {
        const requestBody = match.operation.operation.requestBody;
        const declared = requestBody?.$ref ? undefined : requestBody?.content;
        const mediaKey = pickMediaType(declared ?? { "application/json": {} }, request.contentType);
        const raw = definition.rawBodyOperations?.includes(request.operationId) ?? false;
        if (!raw && (isJsonMediaType(request.contentType) || (mediaKey && isJsonMediaType(mediaKey) && !request.contentType))) {
          const parsed = parseJsonBody(bodyResult.text);
          if (!parsed.ok) return fail(400, parsed.message, undefined, request);
          request.body = parsed.value;
        } else {
          request.body = bodyResult.text;
        }
      }
      const findings = validator.validateRequest(request.operationId, {
        pathParams: request.params,
        query: request.query,
        headers: request.headers,
        body: request.body,
        contentType: request.contentType ?? (request.body === undefined ? undefined : "application/json"),
      }).filter(isFailure);
      if (findings.length > 0) {
        const reply = definition.invalidRequest?.(findings, request, context) ?? defaultInvalid(findings, definition);
        return send(reply, request);
      }
      const handler = definition.handlers[request.operationId];
      const reply = handler ? handler(request, context) : exampleReply(validator, request.operationId);
      return send(reply, request);
    } catch (error) {
      violations.push({
        operationId: "(handler)",
        method: req.method ?? "",
        path: req.url ?? "",
        status: 500,
        findings: [{ pointer: "", keyword: "crash", message: String((error as Error)?.stack ?? error) }],
      });
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": contentType });
        res.end(JSON.stringify(definition.errorBody(500, "internal error in the fake")));
      }
    }
  };

  const server: Server = createHttpServer((req, res) => void handle(req, res));
  server.keepAliveTimeout = 5000;
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(new OperatorError("PORT_IN_USE", `${definition.id}: port ${options.port} on ${host} is already in use`, "stop what holds it or pass --port"));
      } else reject(new OperatorError("ENVIRONMENT", `${definition.id}: cannot listen on ${host}:${options.port}: ${error.message}`));
    });
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    id: definition.id,
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    operationCount: validator.operations.length,
    get state() {
      return state;
    },
    clock,
    violations,
    advance: (steps = 1) => clock.advance(steps),
    settle: () => clock.settle(),
    reset: fake.reset,
    applyProviderState: fake.applyProviderState,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function defaultInvalid<S>(findings: Finding[], definition: FakeDefinition<S>): FakeReply {
  const contentTypeProblem = findings.find((f) => f.keyword === "content-type");
  if (contentTypeProblem) return { status: 415, body: definition.errorBody(415, contentTypeProblem.message) };
  const message = findings.map((f) => f.message).slice(0, 5).join("; ");
  return { status: 400, body: definition.errorBody(400, `invalid request: ${message}`, { findings }) };
}

/** Path and query of a request target, without building a WHATWG URL on the hot path. */
function splitUrl(target: string): { pathname: string; search: string } {
  const mark = target.indexOf("?");
  const raw = mark < 0 ? target : target.slice(0, mark);
  // An absolute-form target ("http://host/path") is reduced to its path.
  const pathname = raw.startsWith("/") ? raw : new URL(raw, "http://fake.invalid").pathname;
  return { pathname, search: mark < 0 ? "" : target.slice(mark + 1) };
}

function queryOf(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

/** Whether a request carries a body at all (a declared length or chunked transfer). */
function hasBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return req.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0");
}

function drain(req: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    if (req.readableEnded) return resolve();
    req.on("end", () => resolve());
    req.on("error", () => resolve());
    req.resume();
  });
}
