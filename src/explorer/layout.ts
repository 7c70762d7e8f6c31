import type { MultiUndirectedGraph as Graph } from 'graphology';

// Where and how each person and link is drawn. Allies fill the upper arc (second ring outside
// the first, near the person who brought them); opponents sit apart on the lower arc, with red
// edges, so a rival is never drawn among allies.

const PALETTE = ['#1f77b4', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#ff7f0e', '#7f7f7f', '#aec7e8'];
export const OPPONENT_COLOUR = '#d62728';
/** A link resting only on unreviewed drafts (see review.ts): amber, and dashed in the PNG export. */
export const DRAFT_COLOUR = '#f0a30a';
/** The path finder's hops, drawn over the network. */
export const PATH_COLOUR = '#111111';

/** A community's colour: the same community number always gets the same colour. */
export function communityColour(community: unknown): string {
  return typeof community === 'number' ? (PALETTE[community % PALETTE.length] ?? '#555') : '#555';
}

/** Given a loaded network and its centre, sets x, y, size and colour on every node and edge. */
export function layOut(g: Graph, centre: string): void {
  const ring1 = g.filterNodes((n, a) => n !== centre && a.ring === 1 && a.side === 'ally');
  const ring2 = g.filterNodes((n, a) => n !== centre && a.ring >= 2 && a.side === 'ally');
  const opponents = g.filterNodes((_n, a) => a.side === 'opponent');
  // Path-only entities (events, organisations the path runs through) keep layOutPath's place.
  const angle1 = new Map<string, number>();
  ring1.forEach((n, i) => {
    const t = Math.PI * (ring1.length === 1 ? 0.5 : i / (ring1.length - 1));
    angle1.set(n, t);
    g.mergeNodeAttributes(n, { x: Math.cos(t), y: Math.sin(t) });
  });
  ring2.forEach((n, i) => {
    const parent = g.neighbors(n).find((m) => angle1.has(m));
    const t = parent !== undefined ? (angle1.get(parent) ?? 0) + ((i % 5) - 2) * 0.04 : Math.PI * (i / Math.max(1, ring2.length - 1));
    g.mergeNodeAttributes(n, { x: 2 * Math.cos(t), y: 2 * Math.sin(t) });
  });
  opponents.forEach((n, i) => {
    const t = Math.PI * (1.15 + 0.7 * (opponents.length === 1 ? 0.5 : i / (opponents.length - 1)));
    g.mergeNodeAttributes(n, { x: 1.3 * Math.cos(t), y: 1.3 * Math.sin(t) });
  });
  g.mergeNodeAttributes(centre, { x: 0, y: 0 });
  g.forEachNode((n, a) => {
    if (a.side === 'path') return;
    const strength = g.reduceEdges(n, (sum, _e, ea) => sum + (ea.strength ?? 0), 0);
    g.mergeNodeAttributes(n, {
      size: n === centre ? 14 : 4 + Math.min(8, Math.sqrt(strength)),
      color: a.side === 'opponent' ? OPPONENT_COLOUR : communityColour(a.community),
    });
  });
  g.forEachEdge((e, a) => {
    if (a.side === 'path') return; // placed by layOutPath
    const opponent = a.side === 'opponent';
    const unreviewed = a.unreviewed > 0 ? `, ${a.draft ? 'all' : a.unreviewed} unreviewed` : '';
    g.mergeEdgeAttributes(e, {
      size: opponent ? 1.5 : Math.min(10, 0.5 + a.sharedCount),
      color: opponent ? OPPONENT_COLOUR : a.draft ? DRAFT_COLOUR : '#9aa',
      type: opponent ? 'arrow' : 'line',
      label: opponent ? `stood against: ${a.elections}` : `${a.sharedCount} shared${unreviewed}`,
    });
  });
}
