/**
 * Payloads from the source documents as table rows: each is validated against its
 * operation's request or response schema and must be accepted, or rejected at the named place.
 */
import { describe, expect, test } from "vitest";
import type { SpecValidator } from "../../src/validate/spec-validator.js";

export type Kind = { request: true } | { response: number };

export interface SeedCase {
  name: string;
  operationId: string;
  kind: Kind;
  payload: unknown;
  /** undefined = valid; a JSON pointer = rejected there; "required:<name>" = rejected for a missing property. */
  rejectedAt?: string;
}

function validate(validator: SpecValidator, c: SeedCase) {
  const body = c.payload === undefined ? undefined : JSON.parse(JSON.stringify(c.payload)); // drops undefined keys, as the wire would
  return "request" in c.kind
    ? validator.validateRequestBody(c.operationId, body)
    : validator.validateResponseBody(c.operationId, c.kind.response, body);
}

export function testSeedCases(title: string, validator: SpecValidator, cases: SeedCase[]): void {
  describe(title, () => {
    test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      const findings = validate(validator, c);
      if (c.rejectedAt === undefined) {
        expect(findings).toEqual([]);
        return;
      }
      expect(findings.length).toBeGreaterThan(0);
      if (c.rejectedAt.startsWith("required:")) {
        const missing = c.rejectedAt.slice("required:".length);
        expect(findings.some((f) => f.keyword === "required" && (f.expected as { missingProperty?: string })?.missingProperty === missing)).toBe(true);
      } else {
        expect(findings.map((f) => f.pointer)).toContain(c.rejectedAt);
      }
    });
  });
}
