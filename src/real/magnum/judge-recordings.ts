/** Judge recorded answers with the NKS spec: findings per recording of a shared operation. */
import type { SpecValidator } from "../../validate/spec-validator.js";
import { isFailure, type Finding } from "../../validate/finding.js";
import type { Recording } from "./record-answers.js";

export interface Judgement {
  name: string;
  operation: string;
  status: number;
  /** undefined when the operation is not in the spec (Magnum-only set-up calls) */
  findings?: Finding[];
}

export function judgeRecordings(validator: SpecValidator, recordings: Recording[]): Judgement[] {
  const known = new Set(validator.operations.map((o) => o.operationId));
  return recordings.map((r) => {
    const status = r.exchange.response.status;
    if (!known.has(r.operation)) return { name: r.name, operation: r.operation, status };
    const headers = r.exchange.response.headers;
    const findings = validator.validateResponse(r.operation, {
      status,
      headers,
      body: r.exchange.response.body,
      contentType: headers["content-type"],
    });
    return { name: r.name, operation: r.operation, status, findings: findings.filter(isFailure) };
  });
}

export function formatJudgement(j: Judgement): string {
  if (!j.findings) return `${j.name} (${j.operation}) ${j.status}: not in the spec`;
  if (j.findings.length === 0) return `${j.name} (${j.operation}) ${j.status}: fits`;
  return `${j.name} (${j.operation}) ${j.status}: ${j.findings.map((f) => `${f.pointer || "/"} ${f.keyword}: ${f.message}`).join("; ")}`;
}
