/**
 * The profile a run uses: the API's own (src/conform/api-profiles.ts) plus what the operator
 * passed. A -H header named like a security scheme's header (or Authorization for http
 * schemes) becomes that scheme's credential, so auth probes leave it out or spoil it; other
 * -H headers go with every request. A spec outside the four APIs reads each scheme's value
 * from CONFORM_AUTH_<SCHEME NAME, upper case, non-alphanumerics as _>.
 */
import type { OpenApiDocument } from "../spec/load-spec.js";
import { deref } from "../spec/resolve-ref.js";
import type { ApiProfile, SchemeCredential } from "./api-profiles.js";

/** CONFORM_AUTH_<SCHEME>: the generic variable of one security scheme. */
export function genericVariable(schemeName: string): string {
  return `CONFORM_AUTH_${schemeName.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}`;
}

/** Where a scheme's credential goes: header name (lower case) for header/http schemes. */
function headerOf(raw: any): { header: string; prefix?: string } | undefined {
  if (raw?.type === "apiKey" && raw.in === "header" && typeof raw.name === "string") return { header: raw.name.toLowerCase() };
  const kind = raw?.type === "http" ? String(raw.scheme).toLowerCase() : "";
  if (kind === "bearer") return { header: "authorization", prefix: "bearer " };
  if (kind === "basic") return { header: "authorization", prefix: "basic " };
  return undefined;
}

export interface RunProfileInput {
  /** -H headers (values already expanded). */
  headers?: Record<string, string>;
  /** Whether the API is one of the four (its profile knows its credentials). */
  known: boolean;
  env: NodeJS.ProcessEnv;
}

export function buildRunProfile(base: ApiProfile, document: OpenApiDocument, input: RunProfileInput): ApiProfile {
  const schemes: Record<string, SchemeCredential> = { ...base.schemes };
  const headers: Record<string, string> = { ...base.headers };
  const claimed = new Set<string>();
  const defined = Object.entries<any>(document.components?.securitySchemes ?? {}).map(([name, raw]) => [name, deref(document, raw)] as const);
  for (const [name, raw] of defined) {
    const where = headerOf(raw);
    const given = where && Object.entries(input.headers ?? {}).find(([h]) => h.toLowerCase() === where.header);
    if (given && where) {
      const [header, value] = given;
      const bare = where.prefix && value.toLowerCase().startsWith(where.prefix) ? value.slice(where.prefix.length) : value;
      schemes[name] = { value: bare, source: `-H ${header}`, wrongIsMeaningful: true };
      claimed.add(header);
      continue;
    }
    if (input.known) continue;
    const variable = genericVariable(name);
    const value = input.env[variable];
    if (value) schemes[name] = { value, source: variable, wrongIsMeaningful: true };
  }
  for (const [header, value] of Object.entries(input.headers ?? {})) if (!claimed.has(header)) headers[header] = value;
  return { ...base, schemes, headers };
}

/** Secret values a profile's direct credentials add (and their base64 for Basic). */
export function profileSecrets(profile: ApiProfile): string[] {
  return Object.values(profile.schemes).flatMap((s) => (s.value ? [s.value, Buffer.from(s.value).toString("base64")] : []));
}
