/**
 * Lint a spec file: swagger-parser validation, Redocly's `recommended` rules, and ours. Both
 * libraries load on the first lint, not when this module is imported.
 */
import type { OpenApiDocument } from "./load-spec.js";
import { checkSpecRules } from "./spec-rules.js";
import { collectExamples } from "./collect-examples.js";
import { createSpecValidator } from "../validate/spec-validator.js";

export interface LintProblem {
  source: "swagger-parser" | "redocly" | "rules" | "examples";
  severity: "error" | "warn";
  rule: string;
  message: string;
  where: string;
}

export async function lintSpec(file: string, document: OpenApiDocument): Promise<LintProblem[]> {
  const [{ default: SwaggerParser }, { createConfig, lint }] = await Promise.all([import("@apidevtools/swagger-parser"), import("@redocly/openapi-core")]);
  const problems: LintProblem[] = [];
  try {
    await SwaggerParser.validate(structuredClone(document) as any);
  } catch (error) {
    problems.push({ source: "swagger-parser", severity: "error", rule: "validate", message: String((error as Error).message), where: file });
  }
  const config = await createConfig({ extends: ["recommended"] });
  for (const p of await lint({ ref: file, config })) {
    if (p.ignored) continue;
    problems.push({
      source: "redocly",
      severity: p.severity === "error" ? "error" : "warn",
      rule: p.ruleId,
      message: p.message,
      where: p.location[0]?.pointer ?? file,
    });
  }
  for (const p of checkSpecRules(document)) {
    problems.push({ source: "rules", severity: "error", rule: p.rule, message: p.message, where: p.where });
  }
  const validator = createSpecValidator(document);
  for (const example of collectExamples(document)) {
    for (const finding of validator.validateAt(example.schemaPointer, example.value)) {
      const severity = finding.severity === "warning" ? "warn" : "error";
      problems.push({ source: "examples", severity, rule: "example-valid", message: finding.message, where: example.at });
    }
  }
  return problems;
}
