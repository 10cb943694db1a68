/**
 * The runner's default way to send a request: node:http and node:https over keep-alive agents.
 * Node's fetch (undici) spends about three times the CPU per request on its web streams and
 * Response objects (a local server: 1.3 ms against 0.5 ms), which was most of what a run against
 * a local fake spent; a run sends hundreds of requests. What goes out is exactly the prepared
 * request: its method, headers and body, no added `accept-encoding` (a server that compresses
 * anyway is decoded), no added content type. Redirects are not followed. A failure carries the
 * socket's code (ECONNREFUSED, ECONNRESET, ...); an abort rejects with the signal's reason.
 */
import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";
import type { PreparedRequest } from "./http-request.js";

export interface RawAnswer {
  status: number;
  /** Header names in lower case; repeated headers joined with ", " (as fetch's Headers does). */
  headers: Record<string, string>;
  text: string;
}

const agents = { "http:": new http.Agent({ keepAlive: true }), "https:": new https.Agent({ keepAlive: true }) };

const DECODERS: Record<string, (data: Buffer) => Buffer> = {
  gzip: (d) => zlib.gunzipSync(d),
  "x-gzip": (d) => zlib.gunzipSync(d),
  deflate: (d) => zlib.inflateSync(d),
  br: (d) => zlib.brotliDecompressSync(d),
};

export function sendOverHttp(request: PreparedRequest, signal: AbortSignal): Promise<RawAnswer> {
  const url = new URL(request.url);
  const protocol = url.protocol as keyof typeof agents;
  if (!(protocol in agents)) return Promise.reject(new Error(`unsupported protocol ${url.protocol}`));
  const headers: Record<string, string> = { ...request.headers };
  if (request.body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === "content-length")) {
    headers["content-length"] = String(Buffer.byteLength(request.body));
  }
  const send = protocol === "https:" ? https.request : http.request;
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const req = send(url, { method: request.method, headers, agent: agents[protocol], signal }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", (error) => reject(signal.aborted ? signal.reason : error));
      res.on("end", () => {
        const answer: Record<string, string> = {};
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          const name = res.rawHeaders[i]!.toLowerCase();
          const value = res.rawHeaders[i + 1]!;
          answer[name] = name in answer ? `${answer[name]}, ${value}` : value;
        }
        try {
          resolve({ status: res.statusCode!, headers: answer, text: decode(Buffer.concat(chunks), answer["content-encoding"]).toString("utf8") });
        } catch (error) {
          reject(new Error(`cannot decode the ${answer["content-encoding"]} answer: ${(error as Error).message}`));
        }
      });
    });
    req.on("error", (error) => reject(signal.aborted ? signal.reason : error));
    req.end(request.body);
  });
}

function decode(body: Buffer, encoding: string | undefined): Buffer {
  if (!encoding || body.length === 0) return body;
  // Codings apply in the order listed, so they come off in reverse.
  return encoding
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding && coding !== "identity")
    .reverse()
    .reduce((data, coding) => {
      const decoder = DECODERS[coding];
      if (!decoder) throw new Error(`unknown content coding ${coding}`);
      return decoder(data);
    }, body);
}
