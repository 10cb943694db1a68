/**
 * Typed client for the YARN Service API (specs/yarn-service.yaml) on openapi-fetch.
 * The caller is named with `?user.name=` (simple auth), added by a middleware from the
 * `user` option or YARN_USER. Every call returns an ApiResult; HTTP errors are never thrown.
 *
 *   const yarn = createYarnServiceClient({ baseUrl: "http://rm:8088" });
 *   const created = await yarn.create(service);
 *   if (created.ok) await yarn.waitForState("hello-world", ["STABLE"], { deadlineMs: 300_000 });
 */
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "../generated/yarn-service.js";
import { readClientCredentials as readCredentials } from "./credentials.js";
import { toResult } from "./result.js";
import { waitUntil, type WaitOptions } from "./wait-until.js";

export type { components, operations, paths } from "../generated/yarn-service.js";
export type { ApiResult } from "./result.js";
export type { WaitOptions, WaitOutcome } from "./wait-until.js";

export type Service = components["schemas"]["Service"];
export type ServiceState = components["schemas"]["ServiceState"];
export type ServiceStatus = components["schemas"]["ServiceStatus"];

export interface YarnServiceClientOptions {
  /** ResourceManager web address, e.g. http://rm.example.com:8088 */
  baseUrl: string;
  /** The caller (`?user.name=`); default YARN_USER. */
  user?: string;
  fetch?: (request: Request) => Promise<Response>;
}

/** Adds `?user.name=<user>` to every request (non-secure clusters trust it). */
export function userNameMiddleware(user: string): Middleware {
  return {
    async onRequest({ request }) {
      const url = new URL(request.url);
      url.searchParams.set("user.name", user);
      // Rebuild with the body read out: re-wrapping a Request hands its body stream over, which
      // is fragile under load (requests sent without their body).
      const body = request.body ? await request.arrayBuffer() : undefined;
      return new Request(url, { method: request.method, headers: request.headers, body, signal: request.signal });
    },
  };
}

const SERVICE = "/app/v1/services/{service_name}" as const;

export function createYarnServiceClient(options: YarnServiceClientOptions) {
  const api = createClient<paths>({ baseUrl: options.baseUrl, ...(options.fetch ? { fetch: options.fetch } : {}) });
  api.use(userNameMiddleware(options.user ?? readCredentials().yarnUser));
  const at = (name: string) => ({ params: { path: { service_name: name } } });

  const get = (name: string) => toResult(api.GET(SERVICE, at(name)));
  return {
    /** The raw openapi-fetch client, for calls this wrapper does not cover. */
    api,
    version: () => toResult(api.GET("/app/v1/services/version")),
    list: () => toResult(api.GET("/app/v1/services")),
    get,
    create: (service: Service) => toResult(api.POST("/app/v1/services", { body: service })),
    /** Set one component's container count (202/200 answer; the service goes FLEX, then STABLE). */
    flex: (name: string, component: string, containers: number) =>
      toResult(
        api.PUT("/app/v1/services/{service_name}/components/{component_name}", {
          params: { path: { service_name: name, component_name: component } },
          body: { number_of_containers: containers },
        }),
      ),
    stop: (name: string) => toResult(api.PUT(SERVICE, { ...at(name), body: { state: "STOPPED" } })),
    start: (name: string) => toResult(api.PUT(SERVICE, { ...at(name), body: { state: "STARTED" } })),
    destroy: (name: string) => toResult(api.DELETE(SERVICE, at(name))),
    /** Poll the service until its state is one of `states` (FAILED ends the wait early). */
    waitForState: (name: string, states: readonly ServiceState[], wait: WaitOptions = {}) =>
      waitUntil(() => get(name), { done: (s) => s?.state !== undefined && states.includes(s.state), failed: (s) => s?.state === "FAILED" }, wait),
  };
}

export type YarnServiceClient = ReturnType<typeof createYarnServiceClient>;
