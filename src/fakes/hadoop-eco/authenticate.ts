/**
 * Authentication: every call needs `Credential-ID` and `Credential-Secret` equal to
 * HADOOP_ECO_CREDENTIAL_ID / HADOOP_ECO_CREDENTIAL_SECRET (401 when missing or wrong).
 * Operations whose spec security names `HadoopEcoApiKey` (the job-cluster calls) also need the
 * `Hadoop-Eco-Api-Key` header (401 when missing). Whether the key belongs to the cluster is
 * checked by the handlers after the cluster lookup (404 first, then 403 "no permission").
 */
import { timingSafeEqual } from "node:crypto";
import type { FakeReply, FakeRequest, HandlerContext } from "../runtime/types.js";
import { MESSAGES } from "./errors.js";
import type { Cluster, HadoopEcoState } from "./model.js";

export function authenticateRequest(request: FakeRequest, context: HandlerContext<HadoopEcoState>): FakeReply | undefined {
  const { hadoopEcoCredentialId, hadoopEcoCredentialSecret } = context.credentials;
  const id = request.headers["credential-id"];
  const secret = request.headers["credential-secret"];
  if (!equalSecret(id, hadoopEcoCredentialId) || !equalSecret(secret, hadoopEcoCredentialSecret)) {
    return context.error(401, MESSAGES.badCredentials);
  }
  if (needsApiKey(request) && !request.headers["hadoop-eco-api-key"]) return context.error(401, MESSAGES.badApiKey);
  return undefined;
}

export function needsApiKey(request: FakeRequest): boolean {
  return request.operation.security.some((requirement) => "HadoopEcoApiKey" in requirement);
}

/** The key was issued for this cluster (Open API clusters have none). */
export function holdsApiKey(cluster: Cluster, request: FakeRequest): boolean {
  return cluster.apiKey !== undefined && equalSecret(request.headers["hadoop-eco-api-key"], cluster.apiKey);
}

function equalSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
