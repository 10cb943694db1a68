/**
 * Compare two runs of lifecycle.py step by step. A difference is allowed only when it is named
 * in KNOWN_OBSERVATION_DIFFERENCES (with its reason); everything else is reported.
 */
import type { Observation } from "./run-lifecycle.js";

export interface ObservationDifference {
  step: string;
  field: string;
  reason: string;
}

/** Differences between the NKS fake and the real Magnum 15.0.1 in this life cycle. None today. */
export const KNOWN_OBSERVATION_DIFFERENCES: ObservationDifference[] = [];

/**
 * `livePolls`: the actual run polled a live server, whose work can finish between two polls, so
 * a `statuses` sequence may skip intermediate states; it must still be an in-order part of the
 * expected sequence and end in the same state. For the same reason a single `status` the
 * recording caught in progress (`UPDATE_IN_PROGRESS`) may already be that operation's end
 * (`UPDATE_COMPLETE`) on a live server, never anything else.
 */
export function compareObservations(
  expected: Observation[],
  actual: Observation[],
  known = KNOWN_OBSERVATION_DIFFERENCES,
  { livePolls = false }: { livePolls?: boolean } = {},
): string[] {
  const problems: string[] = [];
  const steps = Math.max(expected.length, actual.length);
  for (let i = 0; i < steps; i++) {
    const want = expected[i];
    const got = actual[i];
    if (!want || !got || want.step !== got.step) {
      problems.push(`step ${i + 1}: expected ${want?.step ?? "(none)"}, got ${got?.step ?? "(none)"}`);
      continue;
    }
    for (const field of new Set([...Object.keys(want), ...Object.keys(got)])) {
      if (JSON.stringify(want[field]) === JSON.stringify(got[field])) continue;
      if (livePolls && field === "statuses" && skipsOnlyIntermediates(want[field], got[field])) continue;
      if (livePolls && field === "status" && completedMeanwhile(want[field], got[field])) continue;
      if (known.some((k) => k.step === want.step && k.field === field)) continue;
      problems.push(`${want.step}.${field}: real ${JSON.stringify(want[field])}, fake ${JSON.stringify(got[field])}`);
    }
  }
  return problems;
}

function completedMeanwhile(expected: unknown, actual: unknown): boolean {
  return typeof expected === "string" && expected.endsWith("_IN_PROGRESS") && actual === expected.replace(/_IN_PROGRESS$/, "_COMPLETE");
}

function skipsOnlyIntermediates(expected: unknown, actual: unknown): boolean {
  if (!Array.isArray(expected) || !Array.isArray(actual) || actual.length === 0) return false;
  if (actual[actual.length - 1] !== expected[expected.length - 1]) return false;
  let at = 0;
  for (const status of actual) {
    while (at < expected.length && expected[at] !== status) at++;
    if (at === expected.length) return false;
    at++;
  }
  return true;
}
