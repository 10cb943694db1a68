/** The classification table as Markdown (docs/diff.md holds the same text; a test keeps them equal). */
import { CHANGE_RULES } from "./rules.js";

const LABEL = { clients: "**clients**", providers: "providers", both: "**both**", compatible: "compatible" } as const;

export function renderRulesTable(): string {
  return [
    "| rule (`change:`) | what changed | in a request | in a response | why |",
    "| --- | --- | --- | --- | --- |",
    ...CHANGE_RULES.map((r) => `| \`${r.id}\` | ${r.title} | ${LABEL[r.request]} | ${LABEL[r.response]} | ${r.why} |`),
  ].join("\n");
}
