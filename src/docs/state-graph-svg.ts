/**
 * An `x-state-transitions` map as an inline SVG (no script, no network): states in columns by
 * their distance from the first state, forward edges straight, backward edges and self-loops
 * curved. Small on purpose: the table beside it is the precise reading.
 */

export type Transitions = Record<string, string[]>;

const NODE_W = 150;
const NODE_H = 26;
const COL_GAP = 60;
const ROW_GAP = 14;
const PAD = 12;

const esc = (text: string) => text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

/** Column of each state: breadth-first distance from the states nothing leads to (else the first listed). */
export function layoutColumns(transitions: Transitions): Map<string, number> {
  const states = [...new Set([...Object.keys(transitions), ...Object.values(transitions).flat()])];
  const targeted = new Set(Object.entries(transitions).flatMap(([from, to]) => to.filter((t) => t !== from)));
  const roots = states.filter((s) => !targeted.has(s));
  const column = new Map<string, number>();
  const queue: Array<[string, number]> = (roots.length ? roots : states.slice(0, 1)).map((s) => [s, 0]);
  for (const [s, c] of queue) column.set(s, c);
  for (let i = 0; i < queue.length; i++) {
    const [state, col] = queue[i]!;
    for (const next of transitions[state] ?? []) {
      if (column.has(next)) continue;
      column.set(next, col + 1);
      queue.push([next, col + 1]);
    }
  }
  // States unreachable from the roots go after the last column.
  const last = Math.max(0, ...column.values());
  for (const s of states) if (!column.has(s)) column.set(s, last + 1);
  return column;
}

export function renderStateGraphSvg(name: string, transitions: Transitions): string {
  const column = layoutColumns(transitions);
  const byColumn = new Map<number, string[]>();
  for (const [state, col] of column) byColumn.set(col, [...(byColumn.get(col) ?? []), state]);
  const pos = new Map<string, { x: number; y: number }>();
  for (const [col, states] of byColumn) {
    states.forEach((s, row) => pos.set(s, { x: PAD + col * (NODE_W + COL_GAP), y: PAD + row * (NODE_H + ROW_GAP) }));
  }
  const width = PAD * 2 + (Math.max(...byColumn.keys()) + 1) * (NODE_W + COL_GAP) - COL_GAP;
  const height = PAD * 2 + Math.max(...[...byColumn.values()].map((s) => s.length)) * (NODE_H + ROW_GAP) - ROW_GAP + 20;
  const final = new Set(Object.entries(transitions).filter(([, to]) => to.length === 0).map(([s]) => s));
  const edges: string[] = [];
  for (const [from, targets] of Object.entries(transitions)) {
    const a = pos.get(from)!;
    for (const to of targets) {
      const b = pos.get(to)!;
      if (from === to) {
        edges.push(`<path d="M${a.x + NODE_W - 20},${a.y} c10,-16 30,-16 20,0" class="e back"/>`);
        continue;
      }
      if (b.x > a.x) {
        edges.push(`<line x1="${a.x + NODE_W}" y1="${a.y + NODE_H / 2}" x2="${b.x}" y2="${b.y + NODE_H / 2}" class="e"/>`);
      } else {
        // Backward or same column: a curve below the nodes.
        const x1 = a.x + NODE_W / 2;
        const x2 = b.x + NODE_W / 2 + 8;
        const y1 = a.y + NODE_H;
        const y2 = b.y + NODE_H;
        const dip = Math.max(y1, y2) + 18 + Math.abs(x1 - x2) / 8;
        edges.push(`<path d="M${x1},${y1} C${x1},${dip} ${x2},${dip} ${x2},${y2}" class="e back"/>`);
      }
    }
  }
  const nodes = [...pos].map(
    ([s, p]) =>
      `<g><rect x="${p.x}" y="${p.y}" width="${NODE_W}" height="${NODE_H}" rx="6" class="n${final.has(s) ? " final" : ""}"/><text x="${p.x + NODE_W / 2}" y="${p.y + NODE_H / 2 + 4}">${esc(s)}</text></g>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(`state transitions of ${name}`)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" class="state-graph">`,
    `<defs><marker id="arrow-${esc(slug(name))}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#57606a"/></marker></defs>`,
    `<style>.e{stroke:#57606a;stroke-width:1.2;fill:none;marker-end:url(#arrow-${esc(slug(name))})}.back{stroke-dasharray:4 3}.n{fill:#ddf4ff;stroke:#0969da}.n.final{fill:#f6f8fa;stroke:#57606a;stroke-width:2}text{font:12px sans-serif;text-anchor:middle;fill:#1f2328}</style>`,
    ...edges,
    ...nodes,
    `</svg>`,
  ].join("");
}

export const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
