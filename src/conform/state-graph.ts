/**
 * Lifecycle states declared with `x-state-transitions` on status schemas, and the check that
 * a status only moves along them. Polls can miss intermediate states, so a move is valid when
 * the new state is REACHABLE from the old one through the declared graph.
 */
import type { OpenApiDocument } from "../spec/load-spec.js";
import { deref } from "../spec/resolve-ref.js";
import { escapePointer } from "../spec/resolve-ref.js";

export type TransitionGraph = Record<string, string[]>;

export interface StateField {
  /** JSON pointer of the status value inside the body. */
  pointer: string;
  value: unknown;
  graph: TransitionGraph;
  /** Every value the schema names: its `enum` or `x-known-values` and the graph's states. */
  states?: string[];
  /** The domain is open (`x-known-values`): an unnamed value is a warning, not a failure. */
  open?: boolean;
}

/** Every status value in a body whose schema declares `x-state-transitions`. */
export function findStateFields(document: OpenApiDocument, schema: unknown, body: unknown): StateField[] {
  const out: StateField[] = [];
  const seen = new Set<string>();
  const visit = (raw: unknown, value: unknown, pointer: string, depth: number) => {
    if (depth > 12 || raw === undefined) return;
    const node = deref(document, raw);
    if (!node || typeof node !== "object") return;
    const graph = node["x-state-transitions"];
    if (graph && typeof graph === "object" && (typeof value === "string" || typeof value === "number")) {
      if (!seen.has(pointer)) out.push({ pointer, value, graph, ...statesOf(node, graph) });
      seen.add(pointer);
      return;
    }
    for (const key of ["allOf", "oneOf", "anyOf"]) for (const branch of node[key] ?? []) visit(branch, value, pointer, depth + 1);
    if (value && typeof value === "object") {
      if (Array.isArray(value)) {
        if (node.items) value.forEach((item, i) => visit(node.items, item, `${pointer}/${i}`, depth + 1));
      } else {
        for (const [name, prop] of Object.entries<any>(node.properties ?? {})) {
          if (name in (value as Record<string, unknown>)) visit(prop, (value as Record<string, unknown>)[name], `${pointer}/${escapePointer(name)}`, depth + 1);
        }
      }
    }
  };
  visit(schema, body, "", 0);
  return out;
}

/** The states a status schema names: the graph's, its closed `enum` and its open `x-known-values`. */
function statesOf(node: any, graph: TransitionGraph): { states: string[]; open: boolean } {
  const known: unknown[] = Array.isArray(node["x-known-values"]) ? node["x-known-values"] : [];
  const closed: unknown[] = Array.isArray(node.enum) ? node.enum : [];
  const named = [...Object.keys(graph), ...Object.values(graph).flat(), ...closed, ...known].map(String);
  return { states: [...new Set(named)], open: known.length > 0 };
}

export function isReachable(graph: TransitionGraph, from: string, to: string): boolean {
  if (from === to) return true;
  const queue = [from];
  const visited = new Set(queue);
  while (queue.length > 0) {
    for (const next of graph[queue.shift()!] ?? []) {
      if (next === to) return true;
      if (!visited.has(next)) {
        visited.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}

interface Observation {
  value: string;
  sentAt: number;
  receivedAt: number;
}

export interface StateProblem {
  pointer: string;
  message: string;
  expected: unknown;
  actual: unknown;
  /** Set for an unnamed value of an open (`x-known-values`) domain: a warning, never a failure. */
  keyword?: "x-known-values";
  severity?: "warning";
}

/** Remembers the last status seen per resource URL and field, across cases and polls. */
export class StateTracker {
  private readonly last = new Map<string, Observation>();

  /** Record the status values of one GET answer; return the moves the graph does not allow. */
  observe(resource: string, fields: StateField[], sentAt: number, receivedAt: number): StateProblem[] {
    const problems: StateProblem[] = [];
    for (const field of fields) {
      const value = String(field.value);
      const key = `${resource}#${field.pointer}`;
      const states = field.states ?? Object.keys(field.graph);
      if (!states.includes(value)) {
        if (field.open) {
          problems.push({ pointer: field.pointer, keyword: "x-known-values", severity: "warning", message: `status "${value}" is not among the known values (x-known-values); its moves cannot be judged`, expected: states, actual: value });
          this.last.delete(key);
        } else {
          problems.push({ pointer: field.pointer, message: `status "${value}" is not a state declared in x-state-transitions`, expected: states, actual: value });
        }
        continue;
      }
      const before = this.last.get(key);
      const now = { value, sentAt, receivedAt };
      if (!before) {
        this.last.set(key, now);
        continue;
      }
      if (sentAt < before.receivedAt) {
        // Overlapping requests: their order on the server is unknown, so they are not compared.
        if (receivedAt > before.receivedAt) this.last.set(key, now);
        continue;
      }
      // A named state the graph does not place (listed only in enum / x-known-values) has no moves to judge.
      const placed = (state: string) => state in field.graph;
      if (placed(before.value) && placed(value) && !isReachable(field.graph, before.value, value)) {
        problems.push({
          pointer: field.pointer,
          message: `status moved from "${before.value}" to "${value}", which x-state-transitions does not allow (not reachable)`,
          expected: field.graph[before.value] ?? [],
          actual: value,
        });
      }
      this.last.set(key, now);
    }
    return problems;
  }

  /** Forget a resource (and what lies under it) once it is deleted or answers 404. */
  forget(resource: string): void {
    for (const key of [...this.last.keys()]) {
      const path = key.slice(0, key.indexOf("#"));
      if (path === resource || path.startsWith(`${resource}/`)) this.last.delete(key);
    }
  }
}
