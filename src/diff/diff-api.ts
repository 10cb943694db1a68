/**
 * One API's diff: structural changes classified by the rule table, consumer impact (committed
 * pacts against both versions), type impact (openapi-typescript probe) and the head's
 * acknowledgements. `breaking` is true when something breaks clients, a consumer or a
 * consumer's compile and no `x-breaking-changes` entry covers it.
 */
import path from "node:path";
import { PROJECT_ROOT, type ApiId } from "../spec/apis.js";
import { applyAcknowledgements, readAcknowledgements, type Acknowledgement } from "./acknowledge.js";
import { findConsumerBreaks, readPacts, type ConsumerBreak } from "./consumer-impact.js";
import { findChanges, type SpecChange } from "./find-changes.js";
import { HTTP_METHODS, prepareSpec } from "./prepare-spec.js";
import type { SpecVersion } from "./read-version.js";
import { breaksClients } from "./rules.js";
import { findTypeBreaks, type TypeBreak } from "./type-impact.js";

export interface Located {
  rule: string;
  where: string;
  acknowledged?: string;
}

export type ConsumerImpact = ConsumerBreak & Located & { rule: "consumer" };
export type TypeImpact = TypeBreak & Located & { rule: "type" };

export interface ApiDiff {
  api: string;
  base: string;
  head: string;
  changes: Array<SpecChange & { acknowledged?: string }>;
  consumers: ConsumerImpact[];
  types: TypeImpact[];
  /** Acknowledgements of the head that matched nothing (reported, not failing). */
  unusedAcknowledgements: Acknowledgement[];
  breaking: boolean;
}

export interface DiffApiOptions {
  /** Where the pact files are (default contracts/pacts). */
  pactDir?: string;
}

export async function diffApi(api: ApiId, base: SpecVersion, head: SpecVersion, options: DiffApiOptions = {}): Promise<ApiDiff> {
  const [before, after] = await Promise.all([prepareSpec(base.document, base.label), prepareSpec(head.document, head.label)]);
  const changes = findChanges(before, after);
  const pacts = await readPacts(options.pactDir ?? path.join(PROJECT_ROOT, "contracts", "pacts"), api);
  const consumers: ConsumerImpact[] = (await findConsumerBreaks(pacts, base.document, head.document)).map((b) => ({
    ...b,
    rule: "consumer",
    where: `consumer ${b.consumer} interaction '${b.interaction}'`,
  }));
  const endpoints = endpointsById(after, before);
  const types: TypeImpact[] = (await findTypeBreaks(base.document, head.document)).map((b) => ({
    ...b,
    rule: "type",
    where: `${endpoints.get(b.operationId) ?? "?"} (${b.operationId}) ${b.part}`,
  }));
  const acks = readAcknowledgements(head.document, base.document, head.label);
  const gating = [...changes.filter((c) => breaksClients(c.class)), ...consumers, ...types];
  const unusedAcknowledgements = applyAcknowledgements(acks, gating);
  return {
    api,
    base: base.label,
    head: head.label,
    changes,
    consumers,
    types,
    unusedAcknowledgements,
    breaking: gating.some((f) => !f.acknowledged),
  };
}

function endpointsById(...docs: Array<Record<string, any>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const doc of docs) {
    for (const [p, item] of Object.entries<any>(doc.paths ?? {})) {
      for (const m of HTTP_METHODS) {
        const id = item?.[m]?.operationId;
        if (typeof id === "string" && !map.has(id)) map.set(id, `${m.toUpperCase()} ${p}`);
      }
    }
  }
  return map;
}
