/**
 * Credentials applied per the spec's security schemes: pick the first security requirement
 * whose schemes all have a credential, and put each value where its scheme says (header,
 * query or cookie). Auth probes send the same request with none or with wrong values.
 */
import type { Credentials } from "../spec/credentials.js";
import type { OpenApiDocument } from "../spec/load-spec.js";
import type { OperationInfo } from "../spec/index-operations.js";
import { deref } from "../spec/resolve-ref.js";
import type { ApiProfile, SchemeCredential } from "./api-profiles.js";

export type AuthMode = "valid" | "none" | "wrong";

export interface AppliedCredentials {
  headers: Record<string, string>;
  query: Record<string, string>;
}

export interface ResolvedScheme {
  /** The security scheme's name in the spec. */
  scheme: string;
  location: "header" | "query" | "cookie";
  name: string;
  /** "Bearer " / "Basic " for http schemes. */
  prefix?: string;
  credential: SchemeCredential;
}

function resolveScheme(document: OpenApiDocument, profile: ApiProfile, schemeName: string): ResolvedScheme | undefined {
  const scheme = deref(document, document.components?.securitySchemes?.[schemeName]);
  if (!scheme) return undefined;
  if (scheme.type === "apiKey" && ["header", "query", "cookie"].includes(scheme.in)) {
    const credential = profile.schemes[schemeName] ?? profile.schemes[`${scheme.in}:${String(scheme.name).toLowerCase()}`];
    return credential ? { scheme: schemeName, location: scheme.in, name: scheme.name, credential } : undefined;
  }
  const kind = scheme.type === "http" ? String(scheme.scheme).toLowerCase() : "";
  if (kind === "bearer" || kind === "basic") {
    const credential = profile.schemes[schemeName];
    return credential ? { scheme: schemeName, location: "header", name: "Authorization", prefix: kind === "bearer" ? "Bearer " : "Basic ", credential } : undefined;
  }
  return undefined;
}

/** The schemes of the first requirement this profile can satisfy (empty when none or no security). */
export function usableSchemes(document: OpenApiDocument, profile: ApiProfile, op: OperationInfo): ResolvedScheme[] {
  for (const requirement of op.security) {
    const names = Object.keys(requirement);
    if (names.length === 0) return [];
    const resolved = names.map((n) => resolveScheme(document, profile, n));
    if (resolved.every((r) => r !== undefined)) return resolved as ResolvedScheme[];
  }
  return [];
}

export function applyCredentials(
  document: OpenApiDocument,
  profile: ApiProfile,
  op: OperationInfo,
  credentials: Credentials,
  mode: AuthMode,
): AppliedCredentials {
  const applied: AppliedCredentials = { headers: { ...profile.headers }, query: {} };
  if (mode === "none") return applied;
  for (const scheme of usableSchemes(document, profile, op)) {
    const real = credentialValue(scheme.credential, credentials);
    const value = mode === "wrong" && scheme.credential.wrongIsMeaningful ? `conform-wrong-${real.length}` : real;
    const rendered = scheme.prefix === "Basic " ? `Basic ${Buffer.from(value).toString("base64")}` : `${scheme.prefix ?? ""}${value}`;
    if (scheme.location === "header") applied.headers[scheme.name] = rendered;
    else if (scheme.location === "query") applied.query[scheme.name] = rendered;
    else applied.headers.Cookie = `${scheme.name}=${rendered}`;
  }
  return applied;
}

export function credentialValue(credential: SchemeCredential, credentials: Credentials): string {
  return credential.value ?? (credential.field ? credentials[credential.field] : "");
}

/** Whether a wrong-credentials probe tells anything for this operation. */
export function wrongCredentialsMeaningful(document: OpenApiDocument, profile: ApiProfile, op: OperationInfo): boolean {
  return usableSchemes(document, profile, op).some((s) => s.credential.wrongIsMeaningful);
}

/** Every parameter name credentials fill (lower-cased headers too), so generators leave them alone. */
export function credentialParameterNames(document: OpenApiDocument, profile: ApiProfile): Set<string> {
  const names = new Set<string>(Object.keys(profile.parameters));
  for (const [schemeName, raw] of Object.entries<any>(document.components?.securitySchemes ?? {})) {
    const scheme = deref(document, raw);
    if (scheme?.type === "apiKey" && typeof scheme.name === "string") {
      names.add(scheme.name);
      names.add(scheme.name.toLowerCase());
    }
    void schemeName;
  }
  for (const header of Object.keys(profile.headers)) {
    names.add(header);
    names.add(header.toLowerCase());
  }
  return names;
}

/** Path and query values that come from the environment (e.g. {cluster-id}). */
export function parameterOverrides(profile: ApiProfile, credentials: Credentials): Record<string, string> {
  return Object.fromEntries(Object.entries(profile.parameters).map(([name, field]) => [name, credentials[field]]));
}
