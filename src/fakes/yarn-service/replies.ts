/**
 * The answers of ApiServer: every body is a ServiceStatus (`diagnostics`, sometimes `state`,
 * `code` 404004 for a missing service, `uri` on create), null fields omitted; 204 has no body.
 */
import type { FakeReply } from "../runtime/types.js";
import type { ServiceState } from "./model.js";

export interface ServiceStatus {
  diagnostics?: string;
  state?: ServiceState;
  code?: number;
  uri?: string;
}

/** `definition.errorBody`: the runtime's own errors (413, malformed JSON, unknown path) as a ServiceStatus. */
export function formatErrorBody(_status: number, message: string, extra?: Record<string, unknown>): ServiceStatus {
  return typeof extra?.code === "number" ? { diagnostics: message, code: extra.code } : { diagnostics: message };
}

export function replyStatus(status: number, diagnostics: string, state?: ServiceState): FakeReply {
  return { status, body: state ? { diagnostics, state } : { diagnostics } };
}

export const NO_CONTENT: FakeReply = { status: 204 };

/** GET's FileNotFound answer; the fake uses it wherever a named service is missing. */
export function replyNotFound(name: string): FakeReply {
  return { status: 404, body: { diagnostics: `Service ${name} not found`, code: 404004 } };
}
