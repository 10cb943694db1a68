/** The cleanup section: each resource the run tried to delete, and how that went. */
import type { CleanupEvent } from "../../conform/events.js";
import { cls, type Text } from "./escape.js";

export function renderCleanup(t: Text, cleanup: CleanupEvent[]): string {
  if (cleanup.length === 0) return "";
  return `<section id="cleanup"><h2>Cleanup (${cleanup.length})</h2><ul>${cleanup
    .map((c) => `<li><span class="badge ${cls(c.outcome)}">${t(c.outcome)}</span> ${t(c.resource)}${c.message ? `: ${t(c.message)}` : ""}</li>`)
    .join("")}</ul></section>`;
}
