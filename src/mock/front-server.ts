/**
 * The server in front of an API when the mock proxies or replays: it owns the public port and
 * passes each request through its stages in order: replay (a recorded answer), proxy (the
 * upstream), Prism (listening on a loopback port of its own, reached byte for byte). A failure
 * inside a stage answers 502 with one line; the server never stops for it.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { OperatorError } from "../spec/operator-error.js";
import type { ExchangeMasker } from "../evidence/mask-exchange.js";
import { bodyValue, forwardRaw, readBody, writeRaw } from "./forward-raw.js";
import type { ProxyStage } from "./proxy-traffic.js";
import { describeTarget, queryMap } from "./proxy-traffic.js";
import type { ReplayStage } from "./replay-recordings.js";

export interface FrontStages {
  replay?: ReplayStage;
  proxy?: ProxyStage;
  /** Prism's own loopback address, for whatever no earlier stage answered. */
  prism?: URL;
}

export interface FrontServer {
  port: number;
  close(): Promise<void>;
}

export async function startFrontServer(options: {
  api: string;
  host: string;
  port: number;
  stages: FrontStages;
  masker: ExchangeMasker;
  log: (line: string) => void;
  /** Print a line per replayed call. */
  logCalls?: boolean;
}): Promise<FrontServer> {
  const { api, stages, masker } = options;
  const server: Server = createServer((req, res) => {
    void (async () => {
      try {
        const body = await readBody(req);
        const url = new URL(req.url ?? "/", "http://mock.invalid");
        if (stages.replay) {
          const query = queryMap(url.searchParams);
          const value = bodyValue(body, req.headers["content-type"], req.headers["content-encoding"]);
          const file = stages.replay.answer(String(req.method), url.pathname, query, value, res);
          if (file) {
            if (options.logCalls !== false) options.log(masker.maskText(`[${api}] ${describeTarget(masker, String(req.method), url)} -> ${res.statusCode} replayed ${file}`));
            return;
          }
        }
        if (stages.proxy) return await stages.proxy.handle(req, body, res);
        if (stages.prism) return writeRaw(res, await forwardRaw(stages.prism, req, body));
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("no stage serves this request\n");
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        const target = describeTarget(masker, String(req.method), new URL(req.url ?? "/", "http://mock.invalid"));
        options.log(masker.maskText(`[${api}] ${target} -> 502: ${reason}`));
        if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
        res.end(masker.maskText(`mock: ${reason}\n`));
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(new OperatorError("PORT_IN_USE", `${api}: port ${options.port} on ${options.host} is already in use`, "stop what holds it or pass --port"));
      } else {
        reject(new OperatorError("ENVIRONMENT", `${api}: cannot listen on ${options.host}:${options.port}: ${error.message}`));
      }
    });
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
