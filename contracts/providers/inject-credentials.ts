/**
 * The verifier's request filter: put the real credentials (from the environment) where the
 * pact has placeholders, in headers, the query and the path. Anything else, including the
 * deliberately wrong or missing credentials of auth-failure interactions, passes untouched.
 */
import type { IncomingMessage } from "node:http";
import type { Credentials } from "../../src/spec/credentials.js";
import { PLACEHOLDERS } from "../consumers/placeholders.js";

type Field = keyof typeof PLACEHOLDERS;

/** Placeholder -> real value, for every credential. */
export function replacementsFor(credentials: Credentials): Map<string, string> {
  return new Map((Object.keys(PLACEHOLDERS) as Field[]).map((field) => [PLACEHOLDERS[field], credentials[field]]));
}

/** Replace placeholders in one request (headers, and the path and query of its URL). */
export function injectCredentials(req: IncomingMessage, replacements: Map<string, string>): void {
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string" && replacements.has(value)) req.headers[name] = replacements.get(value);
  }
  const url = req.url ?? "/";
  let rewritten = url;
  for (const [placeholder, real] of replacements) rewritten = rewritten.split(encodeURIComponent(placeholder)).join(encodeURIComponent(real));
  req.url = rewritten;
}

/** As an express-style middleware, the form the Pact Verifier's `requestFilter` takes. */
export function credentialFilter(credentials: Credentials) {
  const replacements = replacementsFor(credentials);
  return (req: IncomingMessage, _res: unknown, next: () => void) => {
    injectCredentials(req, replacements);
    next();
  };
}
