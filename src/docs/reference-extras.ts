/**
 * What Redoc does not show by itself, as Markdown added to `info.description` (Redoc turns its
 * headings into menu entries): the state machines (`x-state-transitions`, as an inline SVG and a
 * table) and the source decisions (`x-source-notes`).
 */
import type { OpenApiDocument } from "../spec/load-spec.js";
import { renderStateGraphSvg, type Transitions } from "./state-graph-svg.js";

export interface StateMachine {
  /** Schema name, with the property path for a nested one (e.g. `Service.state`). */
  name: string;
  transitions: Transitions;
}

export interface SourceNote {
  topic: string;
  sources: string[];
  decision: string;
}

/** Every `x-state-transitions` under components.schemas, in document order. */
export function collectStateMachines(document: OpenApiDocument): StateMachine[] {
  const found: StateMachine[] = [];
  const visit = (node: unknown, name: string, seen: Set<unknown>) => {
    if (!node || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    const record = node as Record<string, unknown>;
    const transitions = record["x-state-transitions"];
    if (transitions && typeof transitions === "object") found.push({ name, transitions: transitions as Transitions });
    for (const [key, value] of Object.entries(record)) {
      if (key === "x-state-transitions" || key === "examples" || key === "example") continue;
      const child = key === "properties" ? undefined : key;
      if (key === "properties" && value && typeof value === "object") {
        for (const [prop, schema] of Object.entries(value)) visit(schema, `${name}.${prop}`, seen);
      } else if (child) visit(value, name, seen);
    }
  };
  for (const [name, schema] of Object.entries<unknown>(document.components?.schemas ?? {})) visit(schema, name, new Set());
  return found;
}

export function readSourceNotes(document: OpenApiDocument): SourceNote[] {
  const notes = document["x-source-notes"];
  if (!Array.isArray(notes)) return [];
  return notes.map((n: any) => ({ topic: String(n?.topic ?? ""), sources: Array.isArray(n?.sources) ? n.sources.map(String) : n?.sources ? [String(n.sources)] : [], decision: String(n?.decision ?? "").trim() }));
}

/** Text for a Markdown table cell: HTML-escaped (Redoc renders raw HTML), pipes and newlines neutralised. */
const cell = (text: string) => text.replace(/[&<>]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[ch]!).replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

export function renderExtras(document: OpenApiDocument): string {
  const parts: string[] = [];
  const machines = collectStateMachines(document);
  if (machines.length) {
    parts.push("# State transitions", "", "Allowed status changes as the conformance runner checks them across polls (`x-state-transitions`). Final states have a grey border; dashed edges go back.", "");
    for (const m of machines) {
      parts.push(`## ${m.name}`, "", `<div class="state-graph-box">${renderStateGraphSvg(m.name, m.transitions)}</div>`, "", "| from | to |", "| --- | --- |");
      for (const [from, to] of Object.entries(m.transitions)) parts.push(`| ${cell(from)} | ${to.length ? to.map(cell).join(", ") : "_(final)_"} |`);
      parts.push("");
    }
  }
  const notes = readSourceNotes(document);
  if (notes.length) {
    parts.push("# Source decisions", "", "Where the sources disagree or are silent, what this spec decided (`x-source-notes`).", "", "| topic | decision | sources |", "| --- | --- | --- |");
    for (const n of notes) parts.push(`| ${cell(n.topic)} | ${cell(n.decision)} | ${cell(n.sources.join("; "))} |`);
    parts.push("");
  }
  return parts.join("\n");
}
