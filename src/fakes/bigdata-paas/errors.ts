/**
 * Error bodies in the format of app/errors.py: {status, error, message}, with the real
 * error names and messages; requests that break the spec get the 4xx the real routes give.
 */
import type { Finding } from "../../validate/finding.js";
import type { FakeReply, FakeRequest, HandlerContext } from "../runtime/types.js";
import type { BigdataState } from "./model.js";

const ERROR_NAMES: Record<number, string> = {
  400: "bad request",
  401: "unauthorized",
  404: "not found",
  405: "method not supported",
  413: "request entity too large",
  500: "internal server error",
};

export const INVALID_RESOURCE_URI = "invalid resource URI";

/** definition.errorBody: `extra.error` names another error (e.g. "Key not found"). */
export function createErrorBody(status: number, message: string, extra?: Record<string, unknown>) {
  const error = typeof extra?.error === "string" ? extra.error : (ERROR_NAMES[status] ?? "error");
  // The runtime's own 404/405 for unrouted requests get the real server's fixed texts.
  if (status === 404 && error === "not found") return { status, error, message: INVALID_RESOURCE_URI };
  if (status === 405) return { status, error, message: "the method is not supported" };
  return { status, error, message };
}

/** kvstore.KeyDoesNotExist ("Key <k> does not exist", kvstore.py get/recurse) -> errors.py 404 "Key not found". */
export function replyKeyNotFound(context: HandlerContext<BigdataState>, key: string): FakeReply {
  return context.error(404, keyMissingMessage(key), { error: "Key not found" });
}

/** The text of kvstore's KeyDoesNotExist (also carried by registry.KeyDoesNotExist). */
export function keyMissingMessage(key: string): string {
  return `Key ${key} does not exist`;
}

/**
 * definition.invalidRequest (the launch is handled in launch.ts: it is always queued). Flask
 * routes any text to `<id>`, so a path value the spec rejects is a lookup that finds nothing:
 * 404. A body the spec rejects (or one that is not JSON where JSON is expected, as get_json()
 * returns None) is the code's abort(400) (endpoints.py register_product, set_product_logo_url);
 * the real page is Flask's HTML, the fake answers the JSON form the spec also declares. A
 * template upload with another content type than JSON or YAML raises UnboundLocalError in
 * set_product_template (500 upstream); the fake answers 400 (no 5xx for a client mistake).
 */
export function replyInvalidRequest(findings: Finding[], request: FakeRequest, context: HandlerContext<BigdataState>): FakeReply {
  if (findings.some((f) => f.pointer.startsWith("/path/"))) {
    if (request.operationId === "getQueueJob") return replyKeyNotFound(context, `queue/${request.params.id ?? ""}/status`);
    return context.error(404, INVALID_RESOURCE_URI);
  }
  return context.error(400, findings.map(describeFinding).slice(0, 3).join("; "));
}

function describeFinding(finding: Finding): string {
  const params = finding.expected as { missingProperty?: string } | undefined;
  if (finding.keyword === "required" && params?.missingProperty) return `missing required field: ${params.missingProperty}`;
  return finding.message;
}
