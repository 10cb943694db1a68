/**
 * Plan a run: load the spec and workflows, choose checks and phases, generate the cases,
 * fill workflow inputs from the seed, and mark what the safety gate skips. Sends nothing.
 */
import { isApiId, API_IDS } from "../spec/apis.js";
import type { LoadedSpec } from "../spec/load-spec.js";
import { OperatorError } from "../spec/operator-error.js";
import type { OperationInfo } from "../spec/index-operations.js";
import { readCredentials, secretValues, type Credentials } from "../spec/credentials.js";
import type { SpecValidator } from "../validate/spec-validator.js";
import { generateCases } from "../generate/generate-cases.js";
import { createRng, subSeed } from "../generate/prng.js";
import type { CasePhase, TestCase } from "../generate/test-case.js";
import { API_PROFILES, profileFor, type ApiProfile } from "./api-profiles.js";
import { buildRunProfile, profileSecrets } from "./run-profile.js";
import type { TargetTraits } from "./target-kinds.js";
import { credentialParameterNames, parameterOverrides, usableSchemes, wrongCredentialsMeaningful } from "./apply-credentials.js";
import { CHECKS, type CheckDefinition } from "./checks/index.js";
import { createSafetyGate, type SafetyGate } from "./safety.js";
import { loadWorkflows } from "./workflows/load-workflows.js";
import type { ArazzoDocument, Workflow } from "./workflows/arazzo-types.js";
import { DEFAULTS, type ConformOptions } from "./options.js";
import { loadValidatedSpec } from "../validate/validated-spec.js";

export interface PlannedWorkflow {
  workflow: Workflow;
  inputs: Record<string, unknown>;
}

export interface PlanSkip {
  id: string;
  operationId: string;
  method: string;
  path: string;
  reason: string;
  workflowId?: string;
}

export interface Plan {
  api: string;
  baseUrl: string;
  seed: number;
  phases: CasePhase[];
  checks: CheckDefinition[];
  cases: TestCase[];
  workflows: PlannedWorkflow[];
  skipped: PlanSkip[];
  operations: OperationInfo[];
  /** Set when the target kind is known before the run (--target, config, detection). */
  target?: TargetTraits;
  /** Checks left out because of the target kind (with the reason), printed at the start. */
  notes: string[];
}

/** The plan plus what running it needs (never printed: it holds credentials). */
export interface PreparedRun {
  plan: Plan;
  spec: LoadedSpec;
  validator: SpecValidator;
  profile: ApiProfile;
  credentials: Credentials;
  secrets: string[];
  gate: SafetyGate;
  workflowDocument?: ArazzoDocument;
}

export async function prepareRun(options: ConformOptions): Promise<PreparedRun> {
  if (!options.specPath && !isApiId(options.api)) {
    throw new OperatorError("UNKNOWN_API", `unknown API "${options.api}"`, `choose from ${API_IDS.join(", ")}, or pass --spec <file>`);
  }
  const { spec, validator } = await loadValidatedSpec(options.specPath ?? options.api);
  const env = options.env ?? process.env;
  const profile = buildRunProfile(profileFor(options.api), spec.document, { headers: options.headers, known: options.api in API_PROFILES, env });
  const credentials = readCredentials(env);
  const seed = options.seed ?? DEFAULTS.seed;
  const phases = options.phases ?? [...DEFAULTS.phases];
  const checks = selectChecks(options.checks, options.excludeChecks);
  const operations = selectOperations(validator.operations, options.operations);
  const gate = createSafetyGate(options.baseUrl, Boolean(options.allowMutations), Boolean(options.readOnly));
  const enabled = new Set(checks.map((c) => c.name));

  const generated = generateCases(spec.document, validator, {
    seed,
    phases: new Set(phases),
    maxExamples: options.maxExamples ?? DEFAULTS.maxExamples,
    operations,
    overrides: parameterOverrides(profile, credentials),
    credentialParams: credentialParameterNames(spec.document, profile),
    authProbes: enabled.has("auth_enforced"),
    wrongCredentialsMeaningful: (op) => wrongCredentialsMeaningful(spec.document, profile, op),
    methodProbes: enabled.has("unknown_method"),
  }).filter((c) => c.kind !== "auth-wrong" || usableSchemes(spec.document, profile, validator.getOperation(c.operationId)).length > 0);

  const skipped: PlanSkip[] = [];
  const cases: TestCase[] = [];
  for (const c of generated) {
    const reason = gate.refuse(c.method);
    if (reason) skipped.push({ id: c.id, operationId: c.operationId, method: c.method, path: c.path, reason });
    else cases.push(c);
  }

  let workflowDocument: ArazzoDocument | undefined;
  const workflows: PlannedWorkflow[] = [];
  // The Arazzo lint and the criteria grammar check (Redocly, Respect) only when workflows run.
  const loaded = await loadWorkflows(spec.id, new Set(validator.operations.map((o) => o.operationId)), options.workflowsPath, phases.includes("workflows"));
  if (loaded) workflowDocument = loaded.document;
  if (phases.includes("workflows") && loaded) {
    const rng = createRng(subSeed(seed, "workflow-inputs"));
    const selected = new Set(operations.map((o) => o.operationId));
    for (const workflow of loaded.document.workflows.filter((w) => !w["x-teardown"])) {
      if (options.operations && !workflow.steps.some((s) => selected.has(s.operationId))) continue;
      const inputs = workflowInputs(workflow, rng.token(6));
      const mutating = workflow.steps.map((s) => validator.getOperation(s.operationId)).find((op) => gate.refuse(op.method));
      if (mutating) {
        skipped.push({ id: `workflow:${workflow.workflowId}`, operationId: mutating.operationId, method: mutating.method.toUpperCase(), path: mutating.path, reason: gate.refuse(mutating.method)!, workflowId: workflow.workflowId });
      } else workflows.push({ workflow, inputs });
    }
  }

  const plan: Plan = { api: spec.id, baseUrl: options.baseUrl, seed, phases, checks, cases, workflows, skipped, operations, notes: [] };
  const run: PreparedRun = { plan, spec, validator, profile, credentials, secrets: [...secretValues(credentials), ...profileSecrets(profile)], gate, workflowDocument };
  if (options.target) adaptPlanToTarget(run, options.target);
  return run;
}

/**
 * Leave out what the target kind cannot answer: against a stateless mock, the stateful
 * checks, the workflows and the wrong-credential probes (each skip with its reason).
 */
export function adaptPlanToTarget(run: PreparedRun, target: TargetTraits): void {
  const { plan, validator } = run;
  plan.target = target;
  for (const { checks, reason } of target.leftOut) {
    const dropped = plan.checks.filter((c) => checks.includes(c.name));
    plan.checks = plan.checks.filter((c) => !dropped.includes(c));
    if (dropped.length > 0) plan.notes.push(`not run: ${dropped.map((c) => c.name).join(", ")}: ${reason}`);
  }
  if (!target.keepsState) {
    for (const { workflow } of plan.workflows) {
      const first = validator.getOperation(workflow.steps[0]!.operationId);
      plan.skipped.push({ id: `workflow:${workflow.workflowId}`, operationId: first.operationId, method: first.method.toUpperCase(), path: first.path, reason: `workflow: ${target.statelessReason}`, workflowId: workflow.workflowId });
    }
    plan.workflows = [];
  }
  if (!target.checksCredentialValues) {
    const reason = `wrong credentials: the ${target.kind} checks only that credentials are present, not their values`;
    for (const c of plan.cases.filter((x) => x.kind === "auth-wrong")) plan.skipped.push({ id: c.id, operationId: c.operationId, method: c.method, path: c.path, reason });
    plan.cases = plan.cases.filter((x) => x.kind !== "auth-wrong");
  }
}

export function selectChecks(include: string[] | undefined, exclude: string[] | undefined): CheckDefinition[] {
  const names = new Set(CHECKS.map((c) => c.name));
  for (const name of [...(include ?? []), ...(exclude ?? [])]) {
    if (!names.has(name)) throw new OperatorError("USAGE", `unknown check "${name}"`, `checks: ${[...names].join(", ")}`);
  }
  const chosen = include && include.length > 0 ? CHECKS.filter((c) => include.includes(c.name)) : CHECKS.filter((c) => c.defaultOn);
  return chosen.filter((c) => !(exclude ?? []).includes(c.name));
}

function selectOperations(all: OperationInfo[], wanted: string[] | undefined): OperationInfo[] {
  if (!wanted || wanted.length === 0) return all;
  const known = new Set(all.map((o) => o.operationId));
  const unknown = wanted.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new OperatorError("USAGE", `unknown operation ${unknown.join(", ")}`, "run with --dry-run to list the operations");
  return all.filter((o) => wanted.includes(o.operationId));
}

/** Defaults of the workflow's inputs; inputs marked x-unique get a seed-derived suffix. */
export function workflowInputs(workflow: Workflow, token: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(workflow.inputs?.properties ?? {})) {
    if (schema.default === undefined) continue;
    out[name] = schema["x-unique"] ? `${String(schema.default)}-${token}` : schema.default;
  }
  return out;
}
