/** The summary section: one card per count, the duration, and why the run is incomplete or left resources behind. */
import type { RunSummary } from "../../conform/events.js";
import type { Text } from "./escape.js";

/** A count the summary may or may not carry (warnings, known, stale). */
export function count(sum: RunSummary | undefined, key: string): number | undefined {
  const value = (sum as unknown as Record<string, unknown> | undefined)?.[key];
  return typeof value === "number" ? value : undefined;
}

export function renderSummary(t: Text, sum: RunSummary | undefined): string {
  if (!sum) return `<section id="summary"><h2>Summary</h2><p class="warn">The run did not finish.</p></section>`;
  const cards: Array<[string, number | undefined, string]> = [
    ["checks", sum.checks, ""], ["passed", sum.passed, "passed"], ["failed", sum.failed, sum.failed ? "failed" : ""],
    ["warnings", count(sum, "warnings"), "warning"], ["known", count(sum, "known"), "known"], ["stale", count(sum, "stale"), "stale"],
    ["skipped", sum.skipped, "skipped"], ["requests", sum.requests, ""], ["workflows", sum.workflows, ""],
  ];
  const incomplete = (sum as { incomplete?: { reason: string } }).incomplete?.reason ?? sum.aborted;
  return `<section id="summary"><h2>Summary</h2><div class="cards">${cards
    .filter(([, n]) => n !== undefined)
    .map(([label, n, c]) => `<div class="card ${c}"><b>${n}</b><span>${label}</span></div>`)
    .join("")}<div class="card"><b>${(sum.durationMs / 1000).toFixed(1)} s</b><span>duration</span></div></div>${
    incomplete ? `<p class="warn">Incomplete: ${t(incomplete)}</p>` : ""
  }${sum.leftovers.length ? `<p class="warn">Left behind (not deleted): ${t(sum.leftovers.join(", "))}</p>` : ""}</section>`;
}
