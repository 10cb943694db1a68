/**
 * Non-secure cluster authentication: the caller names itself with `?user.name=` and the
 * ResourceManager trusts it. Without one (or with a name no account could have) the RM's
 * authentication filter answers 401 with its HTML page and `WWW-Authenticate: PseudoAuth`
 * (simple auth with anonymous access disabled). Services belong to the user who created them;
 * another user gets 403 (AccessControlException) as a ServiceStatus.
 */
import type { FakeReply, FakeRequest, HandlerContext } from "../runtime/types.js";
import { expireLifetime } from "./lifecycle.js";
import type { ServiceRecord, YarnState } from "./model.js";
import { replyNotFound, replyStatus } from "./replies.js";

const USER_NAME = /^[A-Za-z_][A-Za-z0-9._-]{0,254}$/;

const UNAUTHORIZED_PAGE =
  "<html><head><title>Error 401 Authentication required</title></head><body><h2>HTTP ERROR 401</h2><p>Authentication required</p></body></html>";

/** The `user.name` query value (the first one when repeated), or undefined. */
export function readCaller(request: FakeRequest): string | undefined {
  const raw = request.query["user.name"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value !== undefined && USER_NAME.test(value) ? value : undefined;
}

export function authenticateCaller(request: FakeRequest): FakeReply | undefined {
  if (readCaller(request)) return undefined;
  return { status: 401, body: UNAUTHORIZED_PAGE, contentType: "text/html", headers: { "www-authenticate": "PseudoAuth" } };
}

export type Lookup = { service: ServiceRecord; reply?: undefined } | { service?: undefined; reply: FakeReply };

/** The named service if it exists and the caller owns it; otherwise the 404 or 403 answer. */
export function lookupService(request: FakeRequest, context: HandlerContext<YarnState>, name: string): Lookup {
  const service = context.state.services.get(name);
  // ServiceApiUtil.loadService's FileNotFoundException: 404 on GET/PUT service (ApiServer.getService/updateService);
  // the component calls answer it with 500 upstream (an IOException), the fake with 404 everywhere.
  if (!service) return { reply: replyNotFound(name) };
  const caller = readCaller(request)!;
  // Another user's service: the fake's stand-in for the RM's access check (AccessControlException, 403).
  if (service.owner !== caller) {
    return { reply: replyStatus(403, `Permission denied: user=${caller} is not allowed to access service ${name}`) };
  }
  expireLifetime(service, context.now());
  return { service };
}
