/**
 * Acknowledged breaking changes: the head spec lists them under `info.x-breaking-changes`:
 *
 *   info:
 *     x-breaking-changes:
 *       - change: type-narrowed                  # optional: a rule id of src/diff/rules.ts,
 *                                                #   "consumer", "type" or "*"
 *         where: "PUT /app/v1/services/{service_name}/components/{component_name}"
 *         reason: "NodeManager rejects decimals since 3.4; clients were told in 2026-11"
 *
 * An entry matches a finding when `where` is part of the finding's location and `change` (if
 * given) is its rule. Entries already present in the base acknowledge nothing: an
 * acknowledgement is for the change that introduces it, so old entries cannot hide new breaks.
 */
import type { OpenApiDocument } from "../spec/load-spec.js";
import { OperatorError } from "../spec/operator-error.js";

export interface Acknowledgement {
  change?: string;
  where?: string;
  reason: string;
}

export interface Acknowledgeable {
  /** Rule id, or "consumer" / "type". */
  rule: string;
  where: string;
  acknowledged?: string;
}

export function readAcknowledgements(head: OpenApiDocument, base: OpenApiDocument, label: string): Acknowledgement[] {
  const list = (doc: OpenApiDocument): unknown[] => {
    const raw = doc.info?.["x-breaking-changes"];
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) throw new OperatorError("SPEC_INVALID", `${label}: info.x-breaking-changes must be a list`);
    return raw;
  };
  const old = new Set(list(base).map((entry) => JSON.stringify(entry)));
  return list(head)
    .filter((entry) => !old.has(JSON.stringify(entry)))
    .map((entry, i) => {
      const e = entry as Record<string, unknown>;
      const ok = e && typeof e === "object" && typeof e.reason === "string" && (typeof e.where === "string" || typeof e.change === "string");
      if (!ok) throw new OperatorError("SPEC_INVALID", `${label}: info.x-breaking-changes[${i}] needs a reason and a where or change`, "e.g. { where: \"GET /x response 200\", reason: \"...\" }");
      return { change: e.change as string | undefined, where: e.where as string | undefined, reason: e.reason as string };
    });
}

export function matches(ack: Acknowledgement, finding: Acknowledgeable): boolean {
  const ruleOk = ack.change === undefined || ack.change === "*" || ack.change === finding.rule;
  const whereOk = ack.where === undefined || finding.where.includes(ack.where);
  return ruleOk && whereOk;
}

/** Mark each finding that an acknowledgement covers; return the acknowledgements that matched nothing. */
export function applyAcknowledgements(acks: Acknowledgement[], findings: Acknowledgeable[]): Acknowledgement[] {
  const used = new Set<Acknowledgement>();
  for (const finding of findings) {
    const ack = acks.find((a) => matches(a, finding));
    if (ack) {
      finding.acknowledged = ack.reason;
      used.add(ack);
    }
  }
  return acks.filter((a) => !used.has(a));
}
