/**
 * A tiny API outside the kit's four (spec: test/fixtures/conform/widget-store.yaml) for the
 * generic-spec tests: bearer token, an optional required header, a state value that can be
 * set outside the spec's x-known-values. Records every request it gets.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/spec/apis.js";

export const WIDGET_SPEC = path.join(PROJECT_ROOT, "test", "fixtures", "conform", "widget-store.yaml");

export interface WidgetStore {
  url: string;
  requests: Array<{ method: string; url: string; headers: Record<string, string | string[] | undefined> }>;
  close(): Promise<void>;
}

export async function startWidgetStore(options: { token: string; tenant?: string; state?: string; brokenList?: boolean }): Promise<WidgetStore> {
  const requests: WidgetStore["requests"] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? "/", "http://x");
    const match = url.pathname.match(/^\/api\/widgets(?:\/([^/]+))?$/);
    if (!match) return send(404, { message: "no such path" });
    if (req.method !== "GET") return send(405, { message: "method not allowed" }, { allow: "GET" });
    if (req.headers.authorization !== `Bearer ${options.token}`) return send(401, { message: "unauthorized" });
    if (options.tenant && req.headers["x-tenant"] !== options.tenant) return send(401, { message: "unknown tenant" });
    const widget = { id: "w1", state: options.state ?? "ready" };
    if (!match[1]) return send(200, options.brokenList ? { widgets: "none" } : [widget]);
    return match[1] === "w1" ? send(200, widget) : send(404, { message: "not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
