/**
 * The "Upstream evidence" part of `docs/specs/<api>.md`: how many upstream payloads and
 * recordings the spec is judged against (test/upstream-fixtures.test.ts), per source, and every
 * one marked wrong upstream with its reason.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../spec/apis.js";
import { loadManifest, UPSTREAM_FIXTURES_DIR, type FixtureEntry } from "../evidence/manifest.js";

export interface FixtureCounts {
  checked: number;
  rejected: number;
  upstreamWrong: number;
}

export function countFixtures(fixtures: readonly FixtureEntry[]): FixtureCounts {
  return {
    checked: fixtures.length,
    rejected: fixtures.filter((f) => f.verdict === "rejected").length,
    upstreamWrong: fixtures.filter((f) => f.upstreamWrong).length,
  };
}

/** The fixtures of one API, or an empty list when it has no manifest. */
export async function readFixtures(id: string): Promise<FixtureEntry[]> {
  const dir = path.join(PROJECT_ROOT, UPSTREAM_FIXTURES_DIR, id);
  return existsSync(path.join(dir, "manifest.yaml")) ? (await loadManifest(dir, id)).fixtures : [];
}

export function renderFixtureSection(id: string, fixtures: readonly FixtureEntry[]): string[] {
  const folder = `test/fixtures/upstream/${id}`;
  if (fixtures.length === 0) return ["## Upstream evidence", "", `No upstream fixtures yet (\`${folder}/\`).`, ""];
  const bySource = new Map<string, FixtureEntry[]>();
  for (const fixture of fixtures) {
    const list = bySource.get(fixture.source.repository) ?? [];
    list.push(fixture);
    bySource.set(fixture.source.repository, list);
  }
  const total = countFixtures(fixtures);
  const wrong = fixtures.filter((f) => f.upstreamWrong);
  return [
    "## Upstream evidence",
    "",
    `${total.checked} payloads from sources nobody here wrote are judged against this spec in \`npm test\``,
    `(\`test/upstream-fixtures.test.ts\`, manifest \`${folder}/manifest.yaml\`), each against the verdict the`,
    `real server gives; ${total.upstreamWrong} are themselves wrong upstream and are listed below with the reason`,
    "(the spec is not loosened to admit them).",
    "",
    "| source | checked | accepted | rejected | wrong upstream |",
    "| --- | --- | --- | --- | --- |",
    ...[...bySource].map(([source, list]) => {
      const c = countFixtures(list);
      return `| ${cell(source)} | ${c.checked} | ${c.checked - c.rejected} | ${c.rejected} | ${c.upstreamWrong} |`;
    }),
    "",
    "### Wrong upstream",
    "",
    ...(wrong.length === 0
      ? ["None."]
      : ["| fixture | source | verdict | why it is wrong |", "| --- | --- | --- | --- |",
        ...wrong.map((f) => `| \`${cell(f.file)}\` | ${cell(`${f.source.repository}${f.source.path ? ` ${f.source.path}` : ""}`)} | ${f.verdict} ${f.status} | ${cell(f.upstreamWrong)} |`)]),
    "",
  ];
}

function cell(text: string | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim().replace(/\|/g, "\\|");
}
