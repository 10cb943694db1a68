/**
 * The proxy stage: forward a request to the upstream, return its answer unchanged, then judge
 * the exchange against the spec (src/evidence/validate-exchange), print each violation as one
 * line, count it, and record the exchange when asked. Validation never delays or alters what
 * the client receives.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { SpecValidator } from "../validate/spec-validator.js";
import type { RecordedExchange } from "../evidence/manifest.js";
import type { ExchangeMasker } from "../evidence/mask-exchange.js";
import type { RecordingFolder } from "../evidence/record-exchanges.js";
import { UNROUTED, validateExchange, type ExchangeVerdict } from "../evidence/validate-exchange.js";
import { bodyValue, forwardRaw, headerMap, writeRaw } from "./forward-raw.js";
import { formatViolation, type ViolationTally } from "./violation-tally.js";

export interface ProxyStage {
  upstream: URL;
  handle(req: IncomingMessage, body: Buffer, res: ServerResponse): Promise<void>;
}

export interface ProxyStageOptions {
  api: string;
  upstream: URL;
  /** The validator in force (a watched spec swaps it). */
  validator: () => SpecValidator;
  masker: ExchangeMasker;
  tally: ViolationTally;
  log: (line: string) => void;
  /** Print a line per call (violations and failures are always printed). */
  logCalls?: boolean;
  recording?: RecordingFolder;
  timeoutMs?: number;
}

const REQUEST_DROP = new Set(["host", "content-length", "transfer-encoding"]);
/** The stored body is decoded, so its length and encoding headers no longer describe it. */
const RESPONSE_DROP = new Set(["content-length", "transfer-encoding", "content-encoding"]);

export function createProxyStage(options: ProxyStageOptions): ProxyStage {
  const { api, upstream, masker, tally } = options;
  const log = (line: string) => options.log(masker.maskText(line));
  return {
    upstream,
    async handle(req, body, res) {
      const startedAt = new Date();
      const started = performance.now();
      const url = new URL(req.url ?? "/", "http://mock.invalid");
      const query = queryMap(url.searchParams);
      const target = describeTarget(masker, String(req.method), url);
      let raw;
      try {
        raw = await forwardRaw(upstream, req, body, options.timeoutMs);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        const operation = options.validator().router.match(String(req.method).toLowerCase(), url.pathname).match?.operation.operationId ?? UNROUTED;
        tally.addUpstreamFailure(api, operation);
        log(`[${api}] ${target} -> upstream ${upstream.host} failed: ${reason}`);
        if (!res.headersSent) {
          res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
          res.end(masker.maskText(`mock proxy: upstream ${upstream.host} did not answer: ${reason}\n`));
        }
        return;
      }
      writeRaw(res, raw);
      const durationMs = Math.round(performance.now() - started);
      const requestHeaders = headerMap(req.rawHeaders, REQUEST_DROP);
      const upstreamHeaders = headerMap(raw.rawHeaders);
      const contentEncoding = first(upstreamHeaders["content-encoding"]);
      const exchange: RecordedExchange = {
        request: {
          method: String(req.method),
          path: url.pathname,
          query,
          headers: requestHeaders,
          ...withBody(bodyValue(body, first(requestHeaders["content-type"]), first(requestHeaders["content-encoding"]))),
        },
        response: {
          status: raw.status,
          headers: headerMap(raw.rawHeaders, RESPONSE_DROP),
          ...withBody(bodyValue(raw.body, first(upstreamHeaders["content-type"]), contentEncoding)),
        },
        timing: { startedAt: startedAt.toISOString(), durationMs },
      };
      masker.learnFrom(exchange);
      let verdict: ExchangeVerdict;
      try {
        verdict = validateExchange(options.validator(), exchange);
      } catch (error) {
        // The client has its answer already; a judging failure is reported, never thrown.
        log(`[${api}] ${target}: could not be judged: ${String((error as Error)?.message ?? error).split("\n")[0]}`);
        verdict = { violations: [] };
      }
      const operation = verdict.operationId ?? UNROUTED;
      tally.addCall(api, operation, verdict.violations);
      // Lines are printed before this returns to the event loop, so they precede any later call's.
      let recorded = "";
      if (options.recording) {
        const { file, written } = options.recording.write(exchange, verdict.operationId);
        recorded = ` recorded ${file}`;
        written.catch((error) => log(`[${api}] NOT recorded ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`));
      }
      if (options.logCalls !== false) log(`[${api}] ${target} -> ${raw.status} ${operation} (${durationMs} ms)${recorded}`);
      for (const v of verdict.violations) log(formatViolation(api, v));
    },
  };
}

export function queryMap(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/** "GET /path?user.name=***" for a log line: credentials masked by name and by value. */
export function describeTarget(masker: ExchangeMasker, method: string, url: URL): string {
  const masked = masker.maskTarget(url.pathname, queryMap(url.searchParams));
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(masked.query)) for (const item of [v].flat()) params.append(k, item);
  const search = params.toString().replace(/=%2A%2A%2A/g, "=***");
  return `${method} ${masked.path}${search ? `?${search}` : ""}`;
}

function withBody(body: unknown): { body?: unknown } {
  return body === undefined ? {} : { body };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
