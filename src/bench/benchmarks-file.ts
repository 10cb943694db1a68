/** Keep BENCHMARKS.md as sections, each rewritten only by its own benchmark. */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "../spec/apis.js";

const FILE = path.join(PROJECT_ROOT, "BENCHMARKS.md");
const TITLE = "# Benchmarks\n\nFigures written by `npm run bench:*`; each ratio compares against a baseline measured in the same run on the same machine.\n";

export async function writeBenchmarkSection(name: string, markdown: string): Promise<void> {
  const current = await readFile(FILE, "utf8").catch(() => TITLE);
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const pattern = new RegExp(`${escape(start)}[\\s\\S]*?${escape(end)}`);
  const next = pattern.test(current) ? current.replace(pattern, block) : `${current.trimEnd()}\n\n${block}\n`;
  await writeFile(FILE, next);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A markdown table from rows of cells. */
export function markdownTable(header: string[], rows: string[][]): string {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}
