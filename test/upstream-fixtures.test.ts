/**
 * Every upstream example and recorded exchange under test/fixtures/upstream/<api>/ is judged with
 * its spec and must get the verdict the real server gives, as recorded in the manifest.
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../src/spec/load-spec.js";
import { isApiId } from "../src/spec/apis.js";
import { createSpecValidator, type SpecValidator } from "../src/validate/spec-validator.js";
import { loadAllManifests, UPSTREAM_FIXTURES_DIR, checkManifestShape } from "../src/evidence/manifest.js";
import { judgeFixture } from "../src/evidence/judge-fixture.js";

const manifests = await loadAllManifests(UPSTREAM_FIXTURES_DIR);
const validators = new Map<string, SpecValidator>();
for (const manifest of manifests) {
  if (isApiId(manifest.api)) validators.set(manifest.api, createSpecValidator((await loadSpec(manifest.api)).document));
}

describe("upstream fixture manifests", () => {
  it("exist only in folders named after an API", () => {
    for (const manifest of manifests) expect(isApiId(manifest.api), manifest.dir).toBe(true);
  });

  it("reject a malformed entry with a reason", () => {
    expect(checkManifestShape({ fixtures: [{ file: "a.json", operation: "x", kind: "body", verdict: "ok", status: "200" }] })).toEqual([
      "fixtures[0] (a.json): kind must be one of request, response, exchange",
      "fixtures[0] (a.json): verdict must be accepted or rejected",
      "fixtures[0] (a.json): status must be an integer",
      "fixtures[0] (a.json): reason is missing",
      "fixtures[0] (a.json): source.repository is missing",
    ]);
  });
});

for (const manifest of manifests) {
  describe(`upstream fixtures: ${manifest.api}`, () => {
    const validator = validators.get(manifest.api)!;
    const files = new Set<string>();

    it.each(manifest.fixtures.map((entry) => [entry.file, entry] as const))("%s", (_name, entry) => {
      expect(files.has(entry.file), `listed twice: ${entry.file}`).toBe(false);
      files.add(entry.file);
      const file = path.join(manifest.dir, entry.file);
      expect(existsSync(file), `missing file ${file}`).toBe(true);
      expect(() => validator.getOperation(entry.operation)).not.toThrow();
      const judgement = judgeFixture(validator, entry, readFileSync(file, "utf8"));
      const detail = judgement.unparsable ?? judgement.errors.map((f) => f.message).join("; ");
      expect(judgement.verdict, `${entry.file}: ${detail || "no findings"} (${entry.reason})`).toBe(entry.verdict);
      if (entry.kind !== "request" && !entry.upstreamWrong) expect(entry.verdict).toBe("accepted");
    });
  });
}
