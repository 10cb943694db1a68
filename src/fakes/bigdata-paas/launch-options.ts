/**
 * Launch options, as the launch job reads them: the required keys of the product's options
 * document must be present (registry.valid, else InvalidOptionsError and the job stays pending);
 * optional and advanced values are defaults (registry._merge). The merged options decide the
 * cluster's nodes: `size` nodes with `cpu`, `mem` and `disks` each, or the template's own nodes
 * when there is no `size`. The fake does not render jinja2, so it reads `size` and `disks` itself.
 */
import type { ClusterNode, OptionsDocument, Product } from "./model.js";

// The fake's own bounds (not upstream: the template renders any size and Mesos decides); a
// launch beyond them ends like one the template cannot render: its job stays pending.
export const MAX_NODES = 64;
export const MAX_DISKS = 16;

export type LaunchPlan = { ok: true; nodes: ClusterNode[]; services: string[] } | { ok: false; message: string };

export function planLaunch(product: Product, options: OptionsDocument, values: Record<string, unknown>): LaunchPlan {
  const missing = Object.keys(options.required).filter((key) => !(key in values));
  if (missing.length > 0) return { ok: false, message: `required option missing: ${missing.join(", ")}` };
  const merged: Record<string, unknown> = { ...options.optional, ...options.advanced, ...values };
  const template = parseTemplate(product);

  let names: string[];
  if (merged.size !== undefined) {
    const size = readWholeNumber(merged.size, 1, MAX_NODES);
    if (size === undefined) return { ok: false, message: `size must be a whole number from 1 to ${MAX_NODES}` };
    names = Array.from({ length: size }, (_, i) => `node${i}`);
  } else {
    names = template.nodes.length > 0 ? template.nodes : ["node0"];
  }
  const disks = merged.disks === undefined ? 1 : readWholeNumber(merged.disks, 1, MAX_DISKS);
  if (disks === undefined) return { ok: false, message: `disks must be a whole number from 1 to ${MAX_DISKS}` };

  const nodes = names.map((name) => ({
    name,
    cpu: String(merged.cpu ?? 1),
    mem: String(merged.mem ?? 1024),
    disks: Array.from({ length: disks }, (_, i) => `disk${i + 1}`),
  }));
  return { ok: true, nodes, services: template.services.length > 0 ? template.services : [product.name] };
}

/** A number or numeric text that is a whole number in [min, max]. */
export function readWholeNumber(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** Node and service names of a template that is plain JSON (jinja2 templates with statements are not rendered). */
function parseTemplate(product: Product): { nodes: string[]; services: string[] } {
  const none = { nodes: [], services: [] };
  if (!product.template || product.template.type !== "json+jinja2") return none;
  try {
    const doc = JSON.parse(product.template.text) as { nodes?: unknown; services?: unknown };
    return { nodes: keysOf(doc.nodes), services: keysOf(doc.services) };
  } catch {
    return none;
  }
}

function keysOf(value: unknown): string[] {
  return value && typeof value === "object" && !Array.isArray(value) ? Object.keys(value).filter((k) => /^[\w.-]{1,64}$/.test(k)) : [];
}
