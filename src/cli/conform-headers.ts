/**
 * -H 'Name: value' (repeatable, also `header:`/`headers:` in the config file). `${VAR}` in a
 * value reads the environment; every value read from the environment is a secret (masked in
 * all output). Values of credential-like headers (Authorization, Cookie, *token*, *key*,
 * *secret*) are masked even when written literally.
 */
import { OperatorError } from "../spec/operator-error.js";

export interface ParsedHeaders {
  headers: Record<string, string>;
  /** Values to mask everywhere. */
  secrets: string[];
}

const CREDENTIAL_LIKE = /^(authorization|proxy-authorization|cookie)$|token|key|secret|password|credential/i;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function parseHeaders(specs: readonly string[], env: NodeJS.ProcessEnv): ParsedHeaders {
  const headers: Record<string, string> = {};
  const secrets: string[] = [];
  for (const spec of specs) {
    const colon = spec.indexOf(":");
    const name = colon > 0 ? spec.slice(0, colon).trim() : "";
    if (!name || !TOKEN.test(name)) throw new OperatorError("USAGE", `header "${spec.replace(/:.*$/, ": ...")}" is not 'Name: value'`, "e.g. -H 'X-Tenant: ${TENANT}'");
    let fromEnv = false;
    const value = spec.slice(colon + 1).trim().replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, variable: string) => {
      const found = env[variable];
      if (found === undefined || found === "") throw new OperatorError("USAGE", `header ${name}: environment variable ${variable} is not set`, `export ${variable}=... or write the value in the header`);
      fromEnv = true;
      secrets.push(found);
      return found;
    });
    for (const existing of Object.keys(headers)) if (existing.toLowerCase() === name.toLowerCase()) delete headers[existing];
    headers[name] = value;
    if (fromEnv || CREDENTIAL_LIKE.test(name)) {
      secrets.push(value);
      const bare = value.replace(/^(bearer|basic|token)\s+/i, "");
      if (bare !== value) secrets.push(bare);
    }
  }
  return { headers, secrets: secrets.filter((s) => s.length >= 4) };
}
