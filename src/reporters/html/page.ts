/**
 * The page shell: head with the Content-Security-Policy (no network access), inline styles and
 * script, the header with the verdict and run facts, and the sections in order.
 */
import type { RunStartedEvent, RunSummary } from "../../conform/events.js";
import { cls, type Text } from "./escape.js";
import { SCRIPT } from "./script.js";
import { CSS } from "./styles.js";
import { count } from "./summary.js";

export function renderPage(t: Text, s: RunStartedEvent | undefined, sum: RunSummary | undefined, sections: string[]): string {
  const failed = (sum?.failed ?? 0) + (count(sum, "stale") ?? 0);
  const verdict = String((sum as { verdict?: string } | undefined)?.verdict ?? (failed > 0 ? "failed" : sum ? "passed" : "incomplete"));
  const title = `conform ${s?.api ?? ""}: ${verdict}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>conform <span class="api">${t(s?.api)}</span> <span class="verdict ${cls(verdict)}">${t(verdict.toUpperCase())}</span></h1>
<p class="meta">${t(s?.baseUrl)} · seed ${t(String(s?.seed ?? ""))} · phases ${t(s?.phases.join(", "))}${targetText(t, s)}</p></header>
<main>
${sections.join("\n")}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function targetText(t: Text, started: RunStartedEvent | undefined): string {
  const target = (started as { target?: { kind: string; detectedBy: string } } | undefined)?.target;
  return target ? ` · target ${t(target.kind)} (${t(target.detectedBy)})` : "";
}
