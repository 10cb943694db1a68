/**
 * Byte-exact HTTP forwarding for the proxy and the replay fall-through: the request goes on
 * with its method, target and headers as received (only Host and the hop-by-hop headers are
 * the connection's own), and the answer comes back as status, raw header list and body bytes,
 * so it can be returned unchanged. Nothing is parsed or re-serialized on the way.
 */
import { request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import { request as httpsRequest } from "node:https";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { isJsonMediaType } from "../validate/media-type.js";

export interface RawResponse {
  status: number;
  statusMessage: string;
  /** Name, value, name, value, ... exactly as received. */
  rawHeaders: string[];
  body: Buffer;
}

/** Headers that belong to one connection, never forwarded in either direction. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "proxy-authenticate", "te", "trailer", "upgrade"]);

export function readBody(req: IncomingMessage, maxBytes = 16 * 1024 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new Error(`request body larger than ${maxBytes} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Send `req` (with its already-read body) to `base` + the request target; resolve with the raw answer. */
export function forwardRaw(base: URL, req: IncomingMessage, body: Buffer, timeoutMs = 60_000): Promise<RawResponse> {
  const target = new URL(base.href);
  const basePath = target.pathname.replace(/\/+$/, "");
  const headers: string[] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    const lower = name.toLowerCase();
    if (HOP_BY_HOP.has(lower) || lower === "host" || lower === "content-length" || lower === "transfer-encoding") continue;
    headers.push(name, req.rawHeaders[i + 1]!);
  }
  headers.push("Host", target.host);
  if (body.length > 0 || req.headers["content-length"] !== undefined) headers.push("Content-Length", String(body.length));
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(
      {
        protocol: target.protocol,
        hostname: target.hostname.replace(/^\[|\]$/g, ""),
        port: target.port || undefined,
        method: req.method,
        path: basePath + (req.url ?? "/"),
        headers: headers as unknown as Record<string, string>,
        timeout: timeoutMs,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (c: Buffer) => chunks.push(c));
        incoming.on("end", () =>
          resolve({ status: incoming.statusCode ?? 502, statusMessage: incoming.statusMessage ?? "", rawHeaders: incoming.rawHeaders, body: Buffer.concat(chunks) }),
        );
        incoming.on("error", reject);
      },
    );
    outgoing.on("timeout", () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    outgoing.on("error", reject);
    outgoing.end(body.length > 0 ? body : undefined);
  });
}

/** Return a raw answer to the client unchanged (hop-by-hop headers are this connection's own). */
export function writeRaw(res: ServerResponse, raw: RawResponse): void {
  const headers: string[] = [];
  for (let i = 0; i < raw.rawHeaders.length; i += 2) {
    if (!HOP_BY_HOP.has(raw.rawHeaders[i]!.toLowerCase())) headers.push(raw.rawHeaders[i]!, raw.rawHeaders[i + 1]!);
  }
  res.writeHead(raw.status, raw.statusMessage, headers);
  res.end(raw.body);
}

/** Lower-case header map (repeated headers as arrays), without the names in `drop`. */
export function headerMap(rawHeaders: string[], drop: ReadonlySet<string> = new Set()): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!.toLowerCase();
    if (drop.has(name) || HOP_BY_HOP.has(name)) continue;
    const value = rawHeaders[i + 1]!;
    const seen = out[name];
    out[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}

/** The body as a value: parsed JSON for a JSON media type that parses, text otherwise, undefined when empty. */
export function bodyValue(bytes: Buffer, contentType: string | undefined, contentEncoding?: string): unknown {
  const decoded = decode(bytes, contentEncoding);
  if (decoded.length === 0) return undefined;
  const text = decoded.toString("utf8");
  if (isJsonMediaType(contentType)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

function decode(bytes: Buffer, encoding: string | undefined): Buffer {
  try {
    switch ((encoding ?? "").trim().toLowerCase()) {
      case "gzip":
      case "x-gzip":
        return gunzipSync(bytes);
      case "deflate":
        return inflateSync(bytes);
      case "br":
        return brotliDecompressSync(bytes);
      default:
        return bytes;
    }
  } catch {
    return bytes;
  }
}
