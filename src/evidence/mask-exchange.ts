/**
 * Secrets in recorded exchanges. Two layers, as everywhere in this kit: credential headers and
 * query parameters are replaced by "***" by NAME (the spec's apiKey schemes plus the usual
 * credential headers), and every known secret VALUE (the credential variables in force, plus
 * each value just masked by name) is replaced wherever else it appears, in all the encodings
 * src/reporters/output.ts knows. What is masked is never written.
 */
import { createOutput, secretVariants } from "../reporters/output.js";
import { CREDENTIAL_VARS, readCredentials, secretValues } from "../spec/credentials.js";
import type { OpenApiDocument } from "../spec/load-spec.js";
import type { RecordedExchange } from "./manifest.js";

export const MASK = "***";

/** Header names that carry credentials in any API (lower case). */
const CREDENTIAL_HEADERS = ["authorization", "proxy-authorization", "cookie", "set-cookie", "x-auth-token", "x-subject-token", "credential-id", "credential-secret", "hadoop-eco-api-key"];
/** Query parameter names that carry credentials or identities in any API. */
const CREDENTIAL_QUERY = ["user.name", "token", "access_token", "api_key", "apikey"];

export interface CredentialNames {
  headers: Set<string>;
  query: Set<string>;
}

/** The credential header and query names for one spec: its apiKey schemes plus the fixed lists. */
export function credentialNames(document?: OpenApiDocument): CredentialNames {
  const names: CredentialNames = { headers: new Set(CREDENTIAL_HEADERS), query: new Set(CREDENTIAL_QUERY) };
  for (const scheme of Object.values<any>(document?.components?.securitySchemes ?? {})) {
    if (scheme?.type !== "apiKey" || typeof scheme.name !== "string") continue;
    if (scheme.in === "header") names.headers.add(scheme.name.toLowerCase());
    if (scheme.in === "query") names.query.add(scheme.name);
  }
  return names;
}

/**
 * The values never written to a recording: the secret credentials in force (defaults
 * included) and every credential variable that is set in the environment.
 */
export function recordingSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const values = new Set(secretValues(readCredentials(env)));
  for (const v of CREDENTIAL_VARS) {
    const value = env[v.name];
    if (value && value.length >= 4) values.add(value);
  }
  return [...values].sort((a, b) => b.length - a.length);
}

export interface ExchangeMasker {
  /** The exchange as the JSON text of a recording, every secret replaced by "***". */
  maskExchange(exchange: RecordedExchange): string;
  /** Learn the credential values an exchange carries (by name), so later output masks them too. */
  learnFrom(exchange: RecordedExchange): void;
  /** A line of output with every secret seen so far masked. */
  maskText(text: string): string;
  /** Mask a request target (path and query) the way recordings store it, for replay matching. */
  maskTarget(path: string, query: Record<string, string | string[]>): { path: string; query: Record<string, string | string[]> };
}

export function createExchangeMasker(names: CredentialNames, secrets: readonly string[]): ExchangeMasker {
  const learned = new Set<string>(secrets);
  let output = createOutput([...learned]);
  const learn = (value: string) => {
    if (value.length < 4 || value === MASK || learned.has(value)) return;
    learned.add(value);
    output = createOutput([...learned]);
  };
  const maskQuery = (query: Record<string, string | string[]>) =>
    Object.fromEntries(
      Object.entries(query).map(([k, v]) => {
        if (!names.query.has(k)) return [k, v];
        for (const item of [v].flat()) learn(item);
        return [k, Array.isArray(v) ? v.map(() => MASK) : MASK];
      }),
    );
  const maskHeaders = (headers: Record<string, string | string[]> | undefined) =>
    headers &&
    Object.fromEntries(
      Object.entries(headers).map(([k, v]) => {
        if (!names.headers.has(k.toLowerCase())) return [k, v];
        for (const item of [v].flat()) {
          learn(item);
          // "Bearer <token>", "Negotiate <blob>": the credential part alone is a secret too.
          const credential = item.match(/^\S+\s+(\S{4,})$/)?.[1];
          if (credential) learn(credential);
        }
        return [k, Array.isArray(v) ? v.map(() => MASK) : MASK];
      }),
    );
  return {
    maskExchange(exchange) {
      const masked: RecordedExchange = {
        request: { ...exchange.request, query: maskQuery(exchange.request.query ?? {}), headers: maskHeaders(exchange.request.headers) },
        response: { ...exchange.response, headers: maskHeaders(exchange.response.headers) },
        ...(exchange.timing ? { timing: exchange.timing } : {}),
      };
      return output.mask(`${JSON.stringify(masked, null, 2)}\n`);
    },
    learnFrom(exchange) {
      maskQuery(exchange.request.query ?? {});
      maskHeaders(exchange.request.headers);
      maskHeaders(exchange.response.headers);
    },
    maskText: (text) => output.mask(text),
    maskTarget(path, query) {
      const masked = maskQuery(query);
      return {
        path: output.mask(path),
        query: Object.fromEntries(Object.entries(masked).map(([k, v]) => [k, Array.isArray(v) ? v.map(output.mask) : output.mask(v)])),
      };
    },
  };
}

/**
 * Why a recording file may not be stored: a known secret value in any encoding, or a
 * credential header or query parameter whose value is not "***". One line each.
 */
export function findSecretsInRecording(text: string, exchange: RecordedExchange | undefined, names: CredentialNames, secrets: readonly string[]): string[] {
  const problems: string[] = [];
  if (secretVariants(secrets).some((v) => text.includes(v))) {
    problems.push("contains the value of a credential variable (or an encoding of it)");
  }
  if (exchange) {
    const check = (where: string, map: Record<string, string | string[]> | undefined, isCredential: (name: string) => boolean) => {
      for (const [name, value] of Object.entries(map ?? {})) {
        if (isCredential(name) && [value].flat().some((v) => v !== MASK)) problems.push(`${where} ${name} is not masked`);
      }
    };
    check("request header", exchange.request?.headers, (n) => names.headers.has(n.toLowerCase()));
    check("request query parameter", exchange.request?.query, (n) => names.query.has(n));
    check("response header", exchange.response?.headers, (n) => names.headers.has(n.toLowerCase()));
  }
  return problems;
}
