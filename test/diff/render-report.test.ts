/** The Markdown report stays a valid, bounded PR comment however large the diff. */
import { expect, it } from "vitest";
import type { ApiDiff } from "../../src/diff/diff-api.js";
import { MARKDOWN_ROWS, renderMarkdown } from "../../src/diff/render-report.js";

it("lists at most MARKDOWN_ROWS rows per section and escapes table cells", () => {
  const change = (i: number) => ({ rule: "property-removed" as const, class: "clients" as const, side: "response" as const, where: `GET /x${i} response 200 | \`pipe\``, detail: `property "p${i}" removed` });
  const result: ApiDiff = { api: "yarn-service", base: "a", head: "b", changes: Array.from({ length: MARKDOWN_ROWS + 40 }, (_, i) => change(i)), consumers: [], types: [], unusedAcknowledgements: [], breaking: true };
  const md = renderMarkdown([result]);
  expect(md).toContain("| yarn-service | a -> b | :x: breaking | 100 | 0 | 0 | 0 | 0 |");
  expect(md).toContain("| ... and 40 more (see the JSON report) | | |");
  expect(md.split("\n").filter((l) => l.startsWith("| `GET /x"))).toHaveLength(MARKDOWN_ROWS);
  expect(md).toContain("| `GET /x0 response 200 \\| 'pipe'` |");
});
