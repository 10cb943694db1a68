/**
 * A fault-injecting HTTP proxy for conformance tests: it forwards every request to a fake and
 * breaks exactly one thing on the way back (or on the way in), chosen from FAULTS. Loopback
 * only; close() stops it.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { httpCall } from "./http-call.js";

export interface ProxiedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ProxiedRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string;
}

interface FaultState {
  /** Last 200 body per GET path, for "still readable after delete". */
  lastOk: Map<string, ProxiedResponse>;
  deleted: Set<string>;
}

export interface Fault {
  description: string;
  /** Change the request before it is forwarded. */
  request?(request: ProxiedRequest): void;
  /** Change the response before it is returned. */
  response?(request: ProxiedRequest, response: ProxiedResponse, state: FaultState): void;
}

const json = (response: ProxiedResponse) => {
  try {
    return JSON.parse(response.body);
  } catch {
    return undefined;
  }
};
const isPath = (request: ProxiedRequest, pattern: RegExp) => pattern.test(request.url.pathname);

/** One fault per name; each breaks one rule a conforming API keeps. */
export const FAULTS = {
  "wrong-type": {
    description: "YARN version: hadoop_version becomes a number",
    response(request, response) {
      if (request.method === "GET" && isPath(request, /\/services\/version$/) && response.status === 200) {
        response.body = JSON.stringify({ ...json(response), hadoop_version: 336 });
      }
    },
  },
  "missing-field": {
    description: "YARN version: the required hadoop_version is dropped",
    response(request, response) {
      if (request.method === "GET" && isPath(request, /\/services\/version$/) && response.status === 200) {
        const { hadoop_version: _dropped, ...rest } = json(response) ?? {};
        response.body = JSON.stringify({ ...rest, build: "x" });
      }
    },
  },
  "undocumented-status": {
    description: "YARN version answers 418",
    response(request, response) {
      if (isPath(request, /\/services\/version$/) && response.status === 200) response.status = 418;
    },
  },
  "wrong-content-type": {
    description: "YARN version answers text/plain",
    response(request, response) {
      if (isPath(request, /\/services\/version$/) && response.status === 200) response.headers["content-type"] = "text/plain";
    },
  },
  "server-error": {
    description: "YARN version answers 503",
    response(request, response) {
      if (isPath(request, /\/services\/version$/)) {
        response.status = 503;
        response.body = JSON.stringify({ diagnostics: "upstream unavailable" });
        response.headers["content-type"] = "application/json";
      }
    },
  },
  "accept-invalid": {
    description: "YARN create answers 202 to input the fake refused with 400",
    response(request, response) {
      if (request.method === "POST" && isPath(request, /\/app\/v1\/services$/) && response.status === 400) {
        response.status = 202;
        response.body = JSON.stringify({ diagnostics: "Application ID: application_1_0001", uri: "/app/v1/services/x", state: "ACCEPTED" });
      }
    },
  },
  "ignore-auth": {
    description: "YARN: a request without user.name is forwarded as if it had one",
    request(request) {
      if (!request.url.searchParams.has("user.name")) request.url.searchParams.set("user.name", "yarn-user");
    },
  },
  "still-readable": {
    description: "YARN: a destroyed service still answers 200 with its last body",
    response(request, response, state) {
      const path = request.url.pathname;
      if (request.method === "DELETE" && response.status < 300) state.deleted.add(path);
      if (request.method !== "GET") return;
      if (response.status === 200) state.lastOk.set(path, { ...response, headers: { ...response.headers } });
      const last = state.lastOk.get(path);
      if (response.status === 404 && state.deleted.has(path) && last) Object.assign(response, { ...last, headers: { ...last.headers } });
    },
  },
  "undeclared-state": {
    description: "YARN: a service reports the undeclared state EXPLODED instead of STABLE",
    response(request, response) {
      if (request.method === "GET" && isPath(request, /\/app\/v1\/services\/[^/]+$/) && response.status === 200) {
        const body = json(response);
        if (body?.state === "STABLE") response.body = JSON.stringify({ ...body, state: "EXPLODED" });
      }
    },
  },
  "undeclared-transition": {
    description: "PaaS: a destroyed cluster reports `registered` again (destroyed is final)",
    response(request, response) {
      if (request.method === "GET" && isPath(request, /\/clusters\/[^/]+\/[^/]+\/[^/]+\/[^/]+$/) && response.status === 200) {
        const body = json(response);
        if (body?.data?.status === "destroyed") response.body = JSON.stringify({ ...body, data: { ...body.data, status: "registered" } });
      }
    },
  },
} satisfies Record<string, Fault>;

export type FaultName = keyof typeof FAULTS;

export interface FaultProxy {
  url: string;
  close(): Promise<void>;
}

export async function startFaultProxy(target: string, fault: Fault | undefined): Promise<FaultProxy> {
  const state: FaultState = { lastOk: new Map(), deleted: new Set() };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readAll(req);
      const request: ProxiedRequest = {
        method: req.method ?? "GET",
        url: new URL(req.url ?? "/", target),
        headers: Object.fromEntries(Object.entries(req.headers).filter(([k]) => !["host", "connection", "content-length"].includes(k)).map(([k, v]) => [k, String(v)])),
        body,
      };
      fault?.request?.(request);
      try {
        const upstream = await httpCall(request.url.href, { method: request.method, headers: request.headers, body: ["GET", "HEAD"].includes(request.method) ? undefined : body });
        const headers: Record<string, string> = {};
        upstream.headers.forEach((value, name) => {
          if (!["content-length", "connection", "keep-alive", "transfer-encoding", "content-encoding"].includes(name)) headers[name] = value;
        });
        const response: ProxiedResponse = { status: upstream.status, headers, body: upstream.text };
        fault?.response?.(request, response, state);
        res.writeHead(response.status, response.headers);
        res.end(response.body);
      } catch (error) {
        res.writeHead(502, { "content-type": "text/plain" });
        res.end(`proxy: ${(error as Error).message}`);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", () => resolve(""));
  });
}
