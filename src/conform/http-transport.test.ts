/** The runner's node:http transport against a local server: what it sends, what it reads, how it fails. */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, expect, test } from "vitest";
import { describeNetworkError } from "./http-client.js";
import { sendOverHttp } from "./http-transport.js";

let server: Server;
let base = "";
let seen: { method?: string; headers: IncomingMessage["headers"]; body: string } | undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      seen = { method: req.method, headers: req.headers, body };
      if (req.url === "/gzip") return void res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" }).end(gzipSync('{"packed":true}'));
      if (req.url === "/hang") return; // never answers
      res.writeHead(303, [["Location", "/elsewhere"], ["X-Twice", "a"], ["X-Twice", "b"], ["Content-Type", "text/plain"]]).end("see other");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test("sends exactly the request's method, headers and body, and follows no redirect", async () => {
  const answer = await sendOverHttp({ method: "POST", url: `${base}/x`, headers: { accept: "application/json", "x-auth-token": "t" }, body: "not json" }, new AbortController().signal);
  expect(seen).toMatchObject({ method: "POST", body: "not json" });
  expect(seen!.headers["content-type"]).toBeUndefined();
  expect(seen!.headers["accept-encoding"]).toBeUndefined();
  expect(seen!.headers["content-length"]).toBe("8");
  expect(answer.status).toBe(303);
  expect(answer.headers).toMatchObject({ location: "/elsewhere", "x-twice": "a, b", "content-type": "text/plain" });
  expect(answer.text).toBe("see other");
});

test("a compressed answer is decoded", async () => {
  const answer = await sendOverHttp({ method: "GET", url: `${base}/gzip`, headers: {} }, new AbortController().signal);
  expect(JSON.parse(answer.text)).toEqual({ packed: true });
});

test("an abort rejects with the signal's reason; a refused connection carries its code", async () => {
  const controller = new AbortController();
  const pending = sendOverHttp({ method: "GET", url: `${base}/hang`, headers: {} }, controller.signal);
  controller.abort(new Error("stop"));
  await expect(pending).rejects.toThrow("stop");
  const refused = await sendOverHttp({ method: "GET", url: "http://127.0.0.1:1/", headers: {} }, new AbortController().signal).catch((error: unknown) => error);
  expect(describeNetworkError(refused)).toMatch(/^ECONNREFUSED: connect ECONNREFUSED 127\.0\.0\.1:1$/);
});

test("a TLS failure is described by its code and message", () => {
  expect(describeNetworkError(Object.assign(new Error("self-signed certificate"), { code: "DEPTH_ZERO_SELF_SIGNED_CERT" }))).toBe("DEPTH_ZERO_SELF_SIGNED_CERT: self-signed certificate");
});

test("a protocol other than http and https is refused", async () => {
  await expect(sendOverHttp({ method: "GET", url: "ftp://127.0.0.1/", headers: {} }, new AbortController().signal)).rejects.toThrow("unsupported protocol ftp:");
});
