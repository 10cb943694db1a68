/**
 * Generate `docs/specs/<api>.md` from the spec itself: what it covers (every operation, its
 * documented statuses, and whether the spec calls any part of it inferred or deprecated) and
 * where each decision comes from (the `x-source-notes` list: topic, decision, sources), and the
 * upstream evidence it is judged against (test/fixtures/upstream/<api>/manifest.yaml).
 * The spec is the single source; `npm run generate -- --check` fails when a page is stale.
 */
import path from "node:path";
import { loadSpec, type OpenApiDocument } from "../spec/load-spec.js";
import { PROJECT_ROOT, type ApiId } from "../spec/apis.js";
import type { GeneratedFile } from "./generate-types.js";
import type { FixtureEntry } from "../evidence/manifest.js";
import { readFixtures, renderFixtureSection } from "./fixture-docs.js";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

interface SourceNote {
  topic?: string;
  decision?: string;
  sources?: unknown[];
}

export async function generateSpecDoc(id: ApiId): Promise<GeneratedFile> {
  const { document } = await loadSpec(id);
  return { path: path.join(PROJECT_ROOT, "docs", "specs", `${id}.md`), content: renderSpecDoc(id, document, await readFixtures(id)) };
}

export function renderSpecDoc(id: string, document: OpenApiDocument, fixtures: readonly FixtureEntry[] = []): string {
  const info = (document.info ?? {}) as { title?: string; version?: string; summary?: string };
  const operations = listOperations(document);
  const notes = (Array.isArray(document["x-source-notes"]) ? document["x-source-notes"] : []) as SourceNote[];
  const lines = [
    `<!-- Generated from specs/${id}.yaml by \`npm run generate\`. Do not edit by hand; change the spec. -->`,
    "",
    `# ${info.title ?? id} (\`specs/${id}.yaml\`)`,
    "",
    ...(info.summary ? [oneLine(info.summary), ""] : []),
    `Spec version ${info.version ?? "?"}; ${operations.length} operations; ${notes.length} recorded source decisions.`,
    "\"inferred\" marks an operation whose spec text says that some of it is not documented by any source.",
    "",
    "## Operations",
    "",
    "| operationId | method | path | statuses | basis |",
    "| --- | --- | --- | --- | --- |",
    ...operations.map((o) => `| ${o.operationId} | ${o.method.toUpperCase()} | \`${o.path}\` | ${o.statuses.join(", ")} | ${o.basis} |`),
    "",
    "## Sources and decisions (`x-source-notes`)",
    "",
    "| topic | decision | sources |",
    "| --- | --- | --- |",
    ...notes.map((n) => `| ${cell(n.topic)} | ${cell(n.decision)} | ${cell((n.sources ?? []).map(String).join("; "))} |`),
    "",
    ...renderFixtureSection(id, fixtures),
  ];
  return lines.join("\n");
}

function listOperations(document: OpenApiDocument) {
  const out: Array<{ operationId: string; method: string; path: string; statuses: string[]; basis: string }> = [];
  for (const [route, item] of Object.entries((document.paths ?? {}) as Record<string, Record<string, any>>)) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op) continue;
      const text = `${op.summary ?? ""} ${op.description ?? ""}`;
      const basis = [/\binferred\b/i.test(text) ? "inferred" : "documented", op.deprecated ? "deprecated" : ""].filter(Boolean).join(", ");
      out.push({ operationId: op.operationId ?? "", method, path: route, statuses: Object.keys(op.responses ?? {}), basis });
    }
  }
  return out;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
const cell = (text: string | undefined) => oneLine(text ?? "").replace(/\|/g, "\\|");
