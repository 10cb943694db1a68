/**
 * Replay every pact of one provider against its fake, started in-process (port 0, manual
 * clock, self-check on). Pacts are found by provider name in contracts/pacts/, so a team's
 * own consumer pact is verified as soon as it is committed there.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Verifier } from "@pact-foundation/pact";
import type { ApiId } from "../../src/spec/apis.js";
import { readCredentials } from "../../src/spec/credentials.js";
import { startApiFake } from "../../src/fakes/start-fakes.js";
import type { Violation } from "../../src/fakes/runtime/create-fake-server.js";
import { PACT_DIR } from "../consumers/new-pact.js";
import { credentialFilter } from "./inject-credentials.js";
import { stateHandlersFor, type StateTable } from "./provider-states.js";

export interface PactFile {
  file: string;
  consumer: string;
  provider: string;
  interactions: Array<{ description: string; providerStates?: Array<{ name: string }> }>;
}

export function readPacts(dir = PACT_DIR): PactFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const pact = JSON.parse(readFileSync(file, "utf8"));
      return { file, consumer: pact.consumer?.name, provider: pact.provider?.name, interactions: pact.interactions ?? [] };
    });
}

export function pactsFor(api: ApiId, dir = PACT_DIR): PactFile[] {
  return readPacts(dir).filter((pact) => pact.provider === api);
}

/** Provider states used by the pacts that the table does not set up. */
export function missingStates(pacts: PactFile[], table: StateTable): string[] {
  const used = new Set(pacts.flatMap((p) => p.interactions.flatMap((i) => (i.providerStates ?? []).map((s) => s.name))));
  return [...used].filter((name) => !(name in table)).sort();
}

export interface VerificationOutcome {
  /** One line per failed interaction and mismatch; empty when every interaction passed. */
  failures: string[];
  /** Responses of the fake that broke the spec while the pacts were replayed. */
  violations: Violation[];
}

export async function verifyProvider(api: ApiId, states: StateTable, pacts: PactFile[]): Promise<VerificationOutcome> {
  const fake = await startApiFake(api, { port: 0, clock: "manual", selfCheck: true });
  try {
    const verifier = new Verifier({
      provider: api,
      providerBaseUrl: fake.url,
      pactUrls: pacts.map((p) => p.file),
      stateHandlers: stateHandlersFor(fake, states),
      requestFilter: credentialFilter(readCredentials()) as any,
      logLevel: "error",
    });
    try {
      await verifier.verifyProvider();
      return { failures: [], violations: [...fake.violations] };
    } catch (error) {
      return { failures: summarizeFailures(error as Error), violations: [...fake.violations] };
    }
  } finally {
    await fake.close();
  }
}

/** The verifier rejects with its JSON report as the message; keep what a reader needs. */
function summarizeFailures(error: Error): string[] {
  try {
    const report = JSON.parse(error.message) as { errors?: Array<{ interaction: string; mismatch?: { mismatches?: Array<{ mismatch: string; path?: string }>; message?: string } }> };
    const lines = (report.errors ?? []).flatMap((e) =>
      (e.mismatch?.mismatches ?? [{ mismatch: e.mismatch?.message ?? "failed" }]).map((m) => `${e.interaction}: ${"path" in m && m.path ? `${m.path} ` : ""}${m.mismatch}`),
    );
    return lines.length > 0 ? lines : [error.message];
  } catch {
    return [error.message];
  }
}
