/// <reference lib="dom" />
import { request } from './api.js';
import { el, quote } from './dom.js';
import { PathBetween } from './operations.js';
import type { ShownPath } from './pathOverlay.js';
import { keptFacts, restsOnDrafts } from './review.js';
import type { ViewState } from './state.js';

/** Asked for a few shortest paths, so "hide unreviewed" can pass over one resting on a draft. */
const CANDIDATES = 5;

/**
 * The shortest evidenced path between two entities (in the view's date window), one hop per
 * row, each hop with the quotes that support it; hops resting only on unreviewed drafts are
 * marked, and with reviewedOnly the first path with none is taken (paths has no leaveOut
 * argument yet). Returns the panel and the path to draw on the graph (null when none).
 */
export async function pathPanel(s: ViewState, fromId: string, toId: string, link: (panel: string) => string): Promise<{ panel: HTMLElement; path: ShownPath | null }> {
  const paths = (await request(PathBetween, { fromId, toId, first: CANDIDATES, from: s.from || null, to: s.to || null })).paths;
  const path = s.reviewedOnly ? paths.find((p) => keptFacts(p.relations, true).length === p.relations.length) : paths[0];
  if (!path) {
    const why = paths.length ? 'every shortest path has a hop resting only on unreviewed drafts' : 'no evidenced path of at most 4 hops connects them';
    return { panel: el('p', {}, `No path shown: ${why}.`), path: null };
  }
  const names = new Map(path.nodes.map((n) => [n.id, n.name]));
  const hops = path.relations.map((r) => el('li', { class: restsOnDrafts(r.evidence) ? 'hop unreviewed' : 'hop' },
    el('p', {}, `${names.get(r.from) ?? r.from} — ${r.type.toLowerCase().replace(/_/g, ' ')} → ${names.get(r.to) ?? r.to}`),
    restsOnDrafts(r.evidence) ? el('span', { class: 'flag draft' }, 'unreviewed draft') : null,
    ...r.evidence.filter((e) => !s.reviewedOnly || e.reviewed).map((e) => quote(e, link))));
  return {
    panel: el('section', { class: 'path-panel' }, el('h2', {}, `${path.nodes[0]?.name} to ${path.nodes.at(-1)?.name}: ${path.relations.length} hops`), el('ol', {}, ...hops)),
    path: {
      nodes: path.nodes.map((n) => ({ id: n.id, name: n.name, kind: n.__typename ?? 'Entity' })),
      relations: path.relations.map((r) => ({ type: r.type, from: r.from, to: r.to, quotes: r.evidence.length, draft: restsOnDrafts(r.evidence) })),
    },
  };
}
