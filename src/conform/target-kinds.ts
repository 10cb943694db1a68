/**
 * What each kind of target can be asked, as data. A real API and the kit's fakes keep state,
 * so everything runs; the kit's Prism mock answers from static examples and checks only that
 * credentials are present, so workflows, state checks, wrong-credential probes and cleanup
 * tell nothing about it and are skipped with a printed reason.
 */
import type { TargetKind } from "./events.js";
import type { HttpResponse } from "./http-client.js";

export const TARGET_KINDS: readonly TargetKind[] = ["real", "fake", "mock"];

export interface TargetTraits {
  kind: TargetKind;
  /** How the kind was known: "--target", "config", "x-cluster-api-contracts header", "Prism's 404 body", "default". */
  detectedBy: string;
  /** Workflows, state_transition and the teardown make sense only when the target keeps state. */
  keepsState: boolean;
  /** Wrong-credential probes make sense only when the target compares credential values. */
  checksCredentialValues: boolean;
  /** Why stateful parts are skipped (printed once per kind of skip). */
  statelessReason?: string;
  /** Checks that judge the target's own machinery rather than the API, with the reason. */
  leftOut: Array<{ checks: string[]; reason: string }>;
  /**
   * An answer the target produced itself rather than from the spec (Prism's own validation
   * errors, its body parser's error): only server_error, negative_rejected and auth_enforced
   * judge it.
   */
  ownError?: (response: HttpResponse) => boolean;
}

/** Checks that need a target that keeps state. */
export const STATEFUL_CHECKS = ["state_transition", "created_resource_readable", "deleted_resource_gone", "workflow_step"] as const;

export function traitsFor(kind: TargetKind, detectedBy: string): TargetTraits {
  if (kind !== "mock") return { kind, detectedBy, keepsState: true, checksCredentialValues: true, leftOut: [] };
  const statelessReason = "the target is a stateless mock (answers from examples, keeps nothing); pass --target real to run it anyway";
  return {
    kind,
    detectedBy,
    keepsState: false,
    checksCredentialValues: false,
    statelessReason,
    leftOut: [
      { checks: [...STATEFUL_CHECKS], reason: statelessReason },
      { checks: ["positive_accepted"], reason: "whether valid input is accepted is decided by the mock's own request validator, not the API's (Prism cannot read e.g. a raw form-urlencoded script)" },
    ],
    ownError: isMockOwnError,
  };
}

/** Prism's problem+json errors and its JSON body parser's error are the mock's, not the API's. */
export function isMockOwnError(response: HttpResponse): boolean {
  const body = response.body as { type?: unknown; error?: { code?: unknown } } | undefined;
  if (!body || typeof body !== "object") return false;
  if (typeof body.type === "string" && body.type.startsWith("https://stoplight.io/prism/errors#")) return true;
  return body.error?.code === "invalid_json";
}
