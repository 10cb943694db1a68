/**
 * Every interaction of every committed pact agrees with its provider's spec. Findings are
 * printed with their codes; warnings are shown, errors fail the test.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { comparePactWithSpec, formatFinding } from "./compare-with-spec.js";
import { readPacts } from "./verify-provider.js";

const pacts = readPacts();

test("contracts/pacts holds pacts to check", () => {
  expect(pacts.length).toBeGreaterThan(0);
});

test.each(pacts.map((p) => [path.basename(p.file), p.file]))("%s agrees with its spec", async (_name, file) => {
  const findings = await comparePactWithSpec(JSON.parse(readFileSync(file, "utf8")));
  for (const finding of findings) console.log(formatFinding(finding));
  expect(findings.filter((f) => f.type === "error").map(formatFinding)).toEqual([]);
});
