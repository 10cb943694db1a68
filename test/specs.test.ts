import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { API_IDS, PROJECT_ROOT } from "../src/spec/apis.js";
import { loadSpec } from "../src/spec/load-spec.js";
import { lintSpec } from "../src/spec/lint-spec.js";
import { indexOperations } from "../src/spec/index-operations.js";

const specFiles = readdirSync(path.join(PROJECT_ROOT, "specs")).filter((f) => f.endsWith(".yaml"));

/** The operation count each spec must reach: every documented operation of its API. */
const MIN_OPERATIONS: Record<string, number> = {
  "yarn-service": 11,
  "nhn-kubernetes": 34,
  "hadoop-eco": 5,
  "bigdata-paas": 22,
};

test("every API has a spec", () => {
  expect(specFiles.sort()).toEqual(API_IDS.map((id) => `${id}.yaml`).sort());
});

describe.each(specFiles)("%s", (file) => {
  // Both tests read the same file: load (parse, resolve, bundle) it once.
  let loaded: ReturnType<typeof loadSpec> | undefined;
  const load = () => (loaded ??= loadSpec(path.join(PROJECT_ROOT, "specs", file)));

  test("is lint-clean: swagger-parser, Redocly recommended, project rules, every example valid", async () => {
    const spec = await load();
    const problems = await lintSpec(spec.path, spec.document);
    const lines = problems.map((p) => `${p.severity} ${p.source}/${p.rule} at ${p.where}: ${p.message}`);
    expect(lines).toEqual([]);
  }, 30_000);

  test("is OpenAPI 3.1 with the expected operation count", async () => {
    const spec = await load();
    expect(spec.document.openapi).toMatch(/^3\.1\./);
    const id = file.replace(/\.yaml$/, "");
    expect(indexOperations(spec.document).length).toBeGreaterThanOrEqual(MIN_OPERATIONS[id] ?? 1);
  });
});
