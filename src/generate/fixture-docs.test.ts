import { describe, expect, it } from "vitest";
import { countFixtures, renderFixtureSection } from "./fixture-docs.js";
import type { FixtureEntry } from "../evidence/manifest.js";

const fixture = (over: Partial<FixtureEntry>): FixtureEntry => ({
  file: "a.json",
  source: { repository: "o/r", path: "p/a.json", commit: "0".repeat(40) },
  operation: "op",
  kind: "request",
  status: 200,
  verdict: "accepted",
  reason: "r",
  ...over,
});

describe("the upstream evidence section", () => {
  const fixtures = [
    fixture({}),
    fixture({ file: "b.json", verdict: "rejected", status: 400, upstreamWrong: "trailing | comma" }),
    fixture({ file: "c.json", source: { repository: "seeds", path: "seeds/x.txt" } }),
  ];

  it("counts checked, rejected and wrong-upstream fixtures", () => {
    expect(countFixtures(fixtures)).toEqual({ checked: 3, rejected: 1, upstreamWrong: 1 });
  });

  it("tabulates each source and lists every wrong fixture with its reason", () => {
    const text = renderFixtureSection("x", fixtures).join("\n");
    expect(text).toContain("| o/r | 2 | 1 | 1 | 1 |");
    expect(text).toContain("| seeds | 1 | 1 | 0 | 0 |");
    expect(text).toContain("| `b.json` | o/r p/a.json | rejected 400 | trailing \\| comma |");
  });

  it("says so when an API has no fixtures", () => {
    expect(renderFixtureSection("x", []).join("\n")).toContain("No upstream fixtures yet");
  });
});
