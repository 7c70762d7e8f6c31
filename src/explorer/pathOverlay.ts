import type { MultiUndirectedGraph as Graph } from 'graphology';
import { DRAFT_COLOUR, PATH_COLOUR } from './layout.js';

// The path finder's answer drawn on the graph: every entity of the path is highlighted (added
// when the network does not hold it, e.g. the event two people spoke at), and every hop is a
// thick dark edge labelled with its relation and how many quotes support it. Edge keys are
// `path:<i>:<from>|<to>`; nodes added only for the path have side 'path'.

export interface ShownPath {
  nodes: Array<{ id: string; name: string; kind: string }>;
  relations: Array<{ type: string; from: string; to: string; quotes: number; draft: boolean }>;
}

/** Removes a shown path: its edges, the entities added for it, and the highlight. */
export function clearPath(g: Graph): void {
  g.filterEdges((_e, a) => a.side === 'path').forEach((e) => g.dropEdge(e));
  g.filterNodes((_n, a) => a.side === 'path').forEach((n) => g.dropNode(n));
  g.forEachNode((n, a) => { if (a.highlighted) g.setNodeAttribute(n, 'highlighted', false); });
}

/** Given the graph (already laid out) and a path, draws the path on it, replacing any other. */
export function showPath(g: Graph, p: ShownPath): void {
  clearPath(g);
  for (const n of p.nodes) {
    if (!g.hasNode(n.id)) g.addNode(n.id, { label: n.name, side: 'path', kind: n.kind, ring: 99, x: 0, y: 0, size: 6, color: n.kind === 'Person' ? '#555' : '#999' });
    g.setNodeAttribute(n.id, 'highlighted', true);
  }
  p.relations.forEach((r, i) => {
    const words = r.type.toLowerCase().replace(/_/g, ' ');
    g.addUndirectedEdgeWithKey(`path:${i}:${r.from}|${r.to}`, r.from, r.to, {
      side: 'path', relation: r.type, quotes: r.quotes, draft: r.draft, type: 'line', size: 4,
      color: r.draft ? DRAFT_COLOUR : PATH_COLOUR,
      label: `${i + 1}. ${words} · ${r.quotes} quote${r.quotes === 1 ? '' : 's'}${r.draft ? ' (unreviewed)' : ''}`,
    });
  });
  layOutPath(g, p.nodes.map((n) => n.id));
}

const at = (g: Graph, id: string) => ({ x: g.getNodeAttribute(id, 'x') as number, y: g.getNodeAttribute(id, 'y') as number });

/**
 * Places the entities added for a path: between the nearest drawn entities before and after
 * them on the path (bowed outwards so hops do not lie on other links), beyond the one drawn
 * end, or on a line under the network when none of the path is drawn.
 */
export function layOutPath(g: Graph, ids: readonly string[]): void {
  const known = ids.map((id) => g.getNodeAttribute(id, 'side') !== 'path');
  ids.forEach((id, i) => {
    if (known[i]) return;
    const p = known.lastIndexOf(true, i);
    const q = known.indexOf(true, i);
    let x: number, y: number;
    if (p >= 0 && q >= 0) {
      const a = at(g, ids[p] ?? ''), b = at(g, ids[q] ?? ''), t = (i - p) / (q - p);
      const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      x = a.x + (b.x - a.x) * t + ((a.y - b.y) / len) * 0.4; y = a.y + (b.y - a.y) * t + ((b.x - a.x) / len) * 0.4;
    } else if (p >= 0 || q >= 0) {
      // Outwards from the centre (downwards from the centre itself), half a unit per hop.
      const end = p >= 0 ? p : q, a = at(g, ids[end] ?? ''), r = Math.hypot(a.x, a.y);
      const [dx, dy] = r > 0 ? [a.x / r, a.y / r] : [0, -1], step = 0.5 * Math.abs(i - end);
      x = a.x + dx * step; y = a.y + dy * step;
    } else {
      x = (i - (ids.length - 1) / 2) * 0.6; y = -2.4;
    }
    g.mergeNodeAttributes(id, { x, y });
  });
}
