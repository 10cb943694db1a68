/**
 * Pact vs spec ("bi-directional" check): every interaction of a pact is compared with the
 * provider's OpenAPI document by @pactflow/openapi-pact-comparator (request path, method,
 * headers, query, body; response status, headers, body). Findings are values with the
 * comparator's codes, e.g. `response.body.incompatible`; any `error` fails the check.
 */
import * as comparatorModule from "@pactflow/openapi-pact-comparator";
import { isApiId, type ApiId } from "../../src/spec/apis.js";
import { loadSpec } from "../../src/spec/load-spec.js";

/** One finding of the comparator (its `Result`), e.g. code `response.body.incompatible`. */
export interface SpecFinding {
  code: string;
  type: "error" | "warning";
  message: string;
  mockDetails?: { interactionDescription?: string | null; interactionState?: string | null; location: string; value: unknown };
  specDetails?: { location: string; pathMethod?: string | null; pathName?: string | null; value: unknown };
}

interface Comparator {
  compare(pact: unknown): AsyncGenerator<SpecFinding>;
}

// 1.7's exports map lists "types" after "import", so TypeScript (NodeNext) finds no types: declare the shape used.
const { Comparator } = comparatorModule as unknown as { Comparator: new (oas: unknown) => Comparator };

const comparators = new Map<ApiId, Promise<Comparator>>();

/** One comparator per spec (it compiles the spec's schemas once and reuses them). */
function comparatorFor(api: ApiId): Promise<Comparator> {
  let pending = comparators.get(api);
  if (!pending) {
    pending = loadSpec(api).then((spec) => new Comparator(structuredClone(spec.document)));
    comparators.set(api, pending);
  }
  return pending;
}

/** Compare one parsed pact file with the spec of its provider (the pact's provider name). */
export async function comparePactWithSpec(pact: { provider?: { name?: string } } & Record<string, unknown>, api?: ApiId): Promise<SpecFinding[]> {
  const provider = api ?? pact.provider?.name;
  if (!provider || !isApiId(provider)) {
    return [{ code: "request.path-or-method.unknown", type: "error", message: `pact provider "${String(provider)}" is not one of this kit's APIs` }];
  }
  const comparator = await comparatorFor(provider);
  const findings: SpecFinding[] = [];
  for await (const finding of comparator.compare(pact)) findings.push(finding);
  return findings;
}

/** One line per finding: type, code, interaction, location, message. */
export function formatFinding(finding: SpecFinding): string {
  const where = finding.mockDetails?.interactionDescription ?? "(pact)";
  const state = finding.mockDetails?.interactionState && finding.mockDetails.interactionState !== "[none]" ? ` [given ${finding.mockDetails.interactionState}]` : "";
  return `${finding.type} ${finding.code}: "${where}"${state} at ${finding.mockDetails?.location ?? "-"}: ${finding.message}`;
}
