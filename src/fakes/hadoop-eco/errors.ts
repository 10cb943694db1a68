/**
 * The fake's error answers, in the spec's inferred error format `{code, message}`, with the
 * messages of the spec's examples where it has them.
 */
import type { Finding } from "../../validate/finding.js";
import type { FakeReply, FakeRequest, HandlerContext } from "../runtime/types.js";
import type { HadoopEcoState } from "./model.js";

export const MESSAGES = {
  badCredentials: "invalid Credential-ID or Credential-Secret",
  badApiKey: "invalid Hadoop-Eco-Api-Key",
  noPermission: "no permission for this cluster",
  clusterNotFound: "cluster not found",
  requestNotFound: "request not found",
  notTerminated: "cluster is not in Terminated state",
  nameTaken: "a cluster with this name already exists",
} as const;

export function buildErrorBody(status: number, message: string): { code: number; message: string } {
  return { code: status, message };
}

/** The runtime found the request breaks the spec: 415 for the content type, else 400. */
export function answerInvalidRequest(findings: Finding[], _request: FakeRequest, context: HandlerContext<HadoopEcoState>): FakeReply {
  const contentType = findings.find((f) => f.keyword === "content-type");
  if (contentType) return context.error(415, `Content-Type must be application/json (${contentType.message})`);
  const details = findings.slice(0, 3).map((f) => f.message).join("; ");
  return context.error(400, `request information error: ${details}`);
}
