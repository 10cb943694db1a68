/** All generated cases of a spec for the selected phases and operations, in a stable order. */
import type { OpenApiDocument } from "../spec/load-spec.js";
import type { OperationInfo } from "../spec/index-operations.js";
import type { SpecValidator } from "../validate/spec-validator.js";
import { createRng, subSeed } from "./prng.js";
import type { GenerateContext } from "./generate-context.js";
import type { ParameterOverrides } from "./operation-inputs.js";
import { exampleCases } from "./example-cases.js";
import { coverageCases } from "./coverage-cases.js";
import { negativeCases } from "./negative-cases.js";
import { authCases, unknownMethodCases } from "./probe-cases.js";
import type { CasePhase, TestCase } from "./test-case.js";

export interface GenerateOptions {
  seed: number;
  phases: ReadonlySet<CasePhase>;
  maxExamples: number;
  operations: OperationInfo[];
  overrides: ParameterOverrides;
  credentialParams: ReadonlySet<string>;
  /** Generate the no-credentials / wrong-credentials probes (negative phase). */
  authProbes: boolean;
  /** Whether a wrong credential value can be told from a right one (false for e.g. a user name). */
  wrongCredentialsMeaningful: (op: OperationInfo) => boolean;
  /** Generate undocumented-method probes (coverage phase). */
  methodProbes: boolean;
}

export function generateCases(document: OpenApiDocument, validator: SpecValidator, options: GenerateOptions): TestCase[] {
  const out: TestCase[] = [];
  const context = (label: string): GenerateContext => ({
    document,
    validator,
    rng: createRng(subSeed(options.seed, label)),
    maxExamples: options.maxExamples,
    overrides: options.overrides,
    credentialParams: options.credentialParams,
  });
  for (const op of options.operations) {
    const generated: Array<Omit<TestCase, "id">> = [];
    if (options.phases.has("examples")) generated.push(...exampleCases(op, context(`${op.operationId}/examples`)));
    if (options.phases.has("coverage")) generated.push(...coverageCases(op, context(`${op.operationId}/coverage`)));
    if (options.phases.has("negative")) {
      generated.push(...negativeCases(op, context(`${op.operationId}/negative`)));
      if (options.authProbes) generated.push(...authCases(op, context(`${op.operationId}/auth`), options.wrongCredentialsMeaningful(op)));
    }
    generated.forEach((c, i) => out.push({ id: `${op.operationId}/${c.phase}/${i + 1}`, ...c }));
  }
  if (options.phases.has("coverage") && options.methodProbes) {
    unknownMethodCases(options.operations, context("methods")).forEach((c, i) => out.push({ id: `${c.operationId}/method/${i + 1}`, ...c }));
  }
  return out;
}
