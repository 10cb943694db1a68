/** docs/diff.md shows the classification table exactly as src/diff/rules.ts defines it. */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { renderRulesTable } from "../../src/diff/rules-table.js";

it("docs/diff.md holds the current classification table", () => {
  const doc = readFileSync(new URL("../../docs/diff.md", import.meta.url), "utf8");
  const table = doc.split("<!-- rules:start -->\n")[1]?.split("\n<!-- rules:end -->")[0];
  expect(table).toBe(renderRulesTable());
});
