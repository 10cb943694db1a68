/**
 * Pact files are committed and published: none may contain a credential in force (the
 * environment's values, or the local defaults when unset). Clients in consumer tests use
 * the placeholders of contracts/consumers/placeholders.ts instead.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { readCredentials, secretValues } from "../src/spec/credentials.js";
import { PLACEHOLDERS } from "./consumers/placeholders.js";
import { readPacts } from "./providers/verify-provider.js";

const secrets = secretValues(readCredentials());

/** The secrets that occur in a text, in any of the forms a pact may hold them. */
function secretsIn(text: string, values: string[]): string[] {
  return values.filter((s) => text.includes(s) || text.includes(JSON.stringify(s).slice(1, -1)) || text.includes(encodeURIComponent(s)));
}

test("there are secrets to look for", () => {
  expect(secrets.length).toBeGreaterThan(0);
});

test("no placeholder equals a credential in force (the verifier could not tell them apart)", () => {
  expect(Object.values(PLACEHOLDERS).filter((p) => secrets.includes(p))).toEqual([]);
});

test.each(readPacts().map((p) => [path.basename(p.file), p.file]))("%s contains no secret", (_name, file) => {
  const found = secretsIn(readFileSync(file, "utf8"), secrets);
  expect(found.map((s) => `${s.slice(0, 2)}*** (${s.length} chars)`)).toEqual([]);
});

test("the scan finds a secret that is there", () => {
  const leaked = JSON.stringify({ request: { headers: { "x-auth-token": [secrets[0]] } } });
  expect(secretsIn(leaked, secrets)).toContain(secrets[0]);
});
