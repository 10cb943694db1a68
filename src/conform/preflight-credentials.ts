/**
 * Before the run: one authenticated read per security scheme the run will use (the first
 * planned positive GET case secured by it). A 401 or 403 means the credentials are wrong:
 * an operator problem (exit 2) named by scheme, variable and status, instead of thousands of
 * misleading findings.
 */
import { CREDENTIAL_VARS } from "../spec/credentials.js";
import { OperatorError } from "../spec/operator-error.js";
import { applyCredentials, usableSchemes, type ResolvedScheme } from "./apply-credentials.js";
import { describeNetworkError } from "./http-client.js";
import { prepareRequest } from "./http-request.js";
import type { PreparedRun } from "./plan.js";

export interface CredentialCheck {
  schemes: string[];
  variables: string[];
  method: string;
  path: string;
  status?: number;
}

/** Where a scheme's value comes from: its environment variable(s) or the -H header. */
export function sourceOf(scheme: ResolvedScheme): string {
  const c = scheme.credential;
  return c.source ?? CREDENTIAL_VARS.find((v) => v.field === c.field)?.name ?? "?";
}

export async function checkCredentials(run: PreparedRun, options: { fetch?: typeof fetch; timeoutMs?: number; signal?: AbortSignal } = {}): Promise<CredentialCheck[]> {
  const { plan, spec, profile, credentials, validator } = run;
  const covered = new Set<string>();
  const checks: CredentialCheck[] = [];
  const reads = plan.cases.filter((c) => c.method === "GET" && c.kind === "positive" && c.auth === "valid");
  reads.sort((a, b) => Number(b.phase === "examples") - Number(a.phase === "examples"));
  for (const c of reads) {
    const operation = validator.getOperation(c.operationId);
    const schemes = usableSchemes(spec.document, profile, operation);
    if (schemes.length === 0 || schemes.every((s) => covered.has(s.scheme))) continue;
    for (const s of schemes) covered.add(s.scheme);
    const request = prepareRequest(plan.baseUrl, c, applyCredentials(spec.document, profile, operation, credentials, "valid"));
    const check: CredentialCheck = { schemes: schemes.map((s) => s.scheme), variables: [...new Set(schemes.map(sourceOf))], method: c.method, path: operation.path };
    try {
      const signals = [AbortSignal.timeout(options.timeoutMs ?? 10_000), ...(options.signal ? [options.signal] : [])];
      const response = await (options.fetch ?? fetch)(request.url, { method: request.method, headers: request.headers, redirect: "manual", signal: AbortSignal.any(signals) });
      await response.arrayBuffer().catch(() => undefined);
      check.status = response.status;
    } catch (error) {
      throw new OperatorError("TARGET_UNREACHABLE", `credential check ${c.method} ${operation.path} got no answer (${describeNetworkError(error)})`);
    }
    checks.push(check);
    if (check.status === 401 || check.status === 403) {
      const plural = check.schemes.length > 1;
      throw new OperatorError(
        "ENVIRONMENT",
        `credentials rejected: security scheme${plural ? "s" : ""} ${check.schemes.join(" + ")} (from ${check.variables.join(", ")}) got ${check.status} on ${check.method} ${check.path}`,
        `set ${check.variables.join(", ")} to credentials the target accepts`,
      );
    }
  }
  return checks;
}
