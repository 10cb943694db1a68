/** A finding: something in a request or response that breaks the spec. A value, never thrown. */
import type { ErrorObject } from "ajv";

export interface Finding {
  /** JSON pointer into the validated value ("" for the whole value). */
  pointer: string;
  /** The JSON Schema keyword that failed, or one of status / content-type / header / parameter / body. */
  keyword: string;
  message: string;
  expected?: unknown;
  actual?: unknown;
  /** Absent means "error". A "warning" (an unlisted `x-known-values` value) never fails anything. */
  severity?: "error" | "warning";
}

/** Whether a finding counts as a failure (everything but warnings). */
export function isFailure(finding: Finding): boolean {
  return finding.severity !== "warning";
}

export function findingsFromAjv(errors: ErrorObject[] | null | undefined, value: unknown, prefix = ""): Finding[] {
  return (errors ?? []).map((error) => {
    const pointer = prefix + error.instancePath;
    const finding: Finding = {
      pointer,
      keyword: error.keyword,
      message: `${pointer || "/"} ${error.message ?? "is invalid"}${describeParams(error)}`,
      expected: error.params,
      actual: valueAt(value, error.instancePath),
    };
    if (error.keyword === "x-known-values") finding.severity = "warning";
    return finding;
  });
}

function describeParams(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  if (error.keyword === "enum") return `: ${JSON.stringify(p.allowedValues)}`;
  if (error.keyword === "additionalProperties") return `: ${String(p.additionalProperty)}`;
  return "";
}

export function valueAt(value: unknown, pointer: string): unknown {
  if (!pointer) return value;
  let node: any = value;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object") return undefined;
    node = node[key];
  }
  return node;
}
