/**
 * Consumer impact: every committed pact interaction of the API's consumers is compared with
 * both spec versions by @pactflow/openapi-pact-comparator (the same comparator as
 * contracts/providers/compare-with-spec.ts). An interaction that passes on the base and fails
 * on the head is a consumer the change breaks.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import * as comparatorModule from "@pactflow/openapi-pact-comparator";
import type { OpenApiDocument } from "../spec/load-spec.js";
import { OperatorError } from "../spec/operator-error.js";

export interface ConsumerBreak {
  consumer: string;
  interaction: string;
  /** The provider state (`given`), when the pact has one. */
  state?: string;
  /** What the comparator says against the head spec. */
  findings: string[];
}

interface ComparatorFinding {
  code: string;
  type: "error" | "warning";
  message: string;
  mockDetails?: { interactionDescription?: string | null; interactionState?: string | null; location?: string };
}

// 1.7's exports map lists "types" after "import": declare the shape used (as compare-with-spec.ts does).
const { Comparator } = comparatorModule as unknown as { Comparator: new (oas: unknown) => { compare(pact: unknown): AsyncGenerator<ComparatorFinding> } };

export interface PactFile {
  file: string;
  consumer: string;
  provider: string;
  pact: Record<string, unknown>;
}

export async function readPacts(pactDir: string, provider: string): Promise<PactFile[]> {
  const names = (await readdir(pactDir).catch(() => [] as string[])).filter((n) => n.endsWith(".json")).sort();
  const pacts: PactFile[] = [];
  for (const name of names) {
    const file = path.join(pactDir, name);
    let pact: any;
    try {
      pact = JSON.parse(await readFile(file, "utf8"));
    } catch (error) {
      throw new OperatorError("SPEC_UNREADABLE", `cannot read pact ${file}: ${(error as Error).message.split("\n")[0]}`);
    }
    if (pact?.provider?.name === provider) pacts.push({ file, consumer: String(pact.consumer?.name ?? name), provider, pact });
  }
  return pacts;
}

export async function findConsumerBreaks(pacts: PactFile[], base: OpenApiDocument, head: OpenApiDocument): Promise<ConsumerBreak[]> {
  const before = new Comparator(structuredClone(base));
  const after = new Comparator(structuredClone(head));
  const breaks: ConsumerBreak[] = [];
  for (const pact of pacts) {
    const failingBefore = await failingInteractions(before, pact.pact);
    const failingAfter = await failingInteractions(after, pact.pact);
    for (const [key, found] of failingAfter) {
      if (failingBefore.has(key)) continue;
      breaks.push({ consumer: pact.consumer, interaction: found.interaction, state: found.state, findings: found.findings });
    }
  }
  return breaks;
}

async function failingInteractions(comparator: InstanceType<typeof Comparator>, pact: unknown) {
  const failing = new Map<string, { interaction: string; state?: string; findings: string[] }>();
  for await (const finding of comparator.compare(structuredClone(pact))) {
    if (finding.type !== "error") continue;
    const interaction = finding.mockDetails?.interactionDescription ?? "(the whole pact)";
    const rawState = finding.mockDetails?.interactionState;
    const state = rawState && rawState !== "[none]" ? rawState : undefined;
    const key = `${interaction}\u0000${state ?? ""}`;
    const entry = failing.get(key) ?? { interaction, state, findings: [] };
    entry.findings.push(`${finding.code} at ${finding.mockDetails?.location ?? "-"}: ${finding.message}`);
    failing.set(key, entry);
  }
  return failing;
}
