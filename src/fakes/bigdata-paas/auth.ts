/**
 * The `restricted(role='ROLE_USER')` decorator: header x-auth-token must equal
 * BIGDATA_PAAS_TOKEN. GET /products/{name} is open (security: [] in the spec, as in the code).
 * The launch route checks the token inside its queued job instead (see launch.ts).
 */
import type { Credentials } from "../../spec/credentials.js";
import type { FakeReply, FakeRequest, HandlerContext } from "../runtime/types.js";
import type { BigdataState } from "./model.js";

/** The user of IGNORE_AUTH development mode, used when the token does not name one. */
export const DEFAULT_USER = "test";

/** The refusal message of decorators.py for a token, or undefined when it is accepted. */
export function tokenRefusal(token: string | undefined, credentials: Credentials): string | undefined {
  // decorators.py _no_token: no x-auth-token header.
  if (token === undefined || token.length === 0) return "no token has been provided";
  // decorators.py _unauthorized: the signature does not match (the fake knows one token).
  if (token !== credentials.bigdataPaasToken) return "please provide a valid authentication token";
  return undefined;
}

export function authenticate(request: FakeRequest, context: HandlerContext<BigdataState>): FakeReply | undefined {
  const security = request.operation.operation.security as unknown[] | undefined;
  if (Array.isArray(security) && security.length === 0) return undefined;
  // endpoints.py: @asynchronous wraps @restricted on launch_cluster, so the token is checked inside the job.
  if (request.operationId === "launchCluster") return undefined;
  const refusal = tokenRefusal(request.headers["x-auth-token"], context.credentials);
  return refusal === undefined ? undefined : context.error(401, refusal);
}

/**
 * The user clusters are launched for. A real token has five colon-separated fields, the
 * first the base64 user name; any other token (the local default) stands for `test`.
 */
export function readTokenUser(credentials: Credentials): string {
  const fields = credentials.bigdataPaasToken.split(":");
  if (fields.length !== 5) return DEFAULT_USER;
  const user = Buffer.from(fields[0]!, "base64").toString("utf8");
  return /^[A-Za-z0-9._-]{1,64}$/.test(user) ? user : DEFAULT_USER;
}
