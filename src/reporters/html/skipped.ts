/** The skipped section (closed): each skipped case with the reason it was not sent. */
import type { SkippedEvent } from "../../conform/events.js";
import type { Text } from "./escape.js";

export function renderSkipped(t: Text, skipped: SkippedEvent[]): string {
  if (skipped.length === 0) return "";
  return `<section id="skipped"><details><summary><h2>Skipped (${skipped.length})</h2></summary><ul>${skipped
    .map((s) => `<li><code>${t(s.method)} ${t(s.path)}</code> ${t(s.caseId)}: ${t(s.reason)}</li>`)
    .join("")}</ul></details></section>`;
}
