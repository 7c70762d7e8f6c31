/// <reference lib="dom" />
import { request } from './api.js';
import { el, quote } from './dom.js';
import { PathBetween } from './operations.js';
import type { ShownPath } from './pathOverlay.js';
import { restsOnDrafts } from './review.js';
import { leftOutWords, type ViewState } from './state.js';

/**
 * The shortest evidenced path between two entities (in the view's date window, walking no link
 * the view leaves out: the API's own `leaveOut`), one hop per row, each hop with the quotes that
 * support it; hops resting only on unreviewed drafts are marked. Returns the panel and the path
 * to draw on the graph (null when none).
 */
export async function pathPanel(s: ViewState, fromId: string, toId: string, link: (panel: string) => string): Promise<{ panel: HTMLElement; path: ShownPath | null }> {
  const path = (await request(PathBetween, { fromId, toId, from: s.from || null, to: s.to || null, leaveOut: s.leaveOut })).paths[0];
  if (!path) {
    const without = s.leaveOut.length ? ` without ${leftOutWords(s.leaveOut)} links` : '';
    return { panel: el('p', {}, `No path shown: no evidenced path of at most 4 hops connects them${without}.`), path: null };
  }
  const names = new Map(path.nodes.map((n) => [n.id, n.name]));
  const hops = path.relations.map((r) => el('li', { class: restsOnDrafts(r.evidence) ? 'hop unreviewed' : 'hop' },
    el('p', {}, `${names.get(r.from) ?? r.from} — ${r.type.toLowerCase().replace(/_/g, ' ')} → ${names.get(r.to) ?? r.to}`),
    restsOnDrafts(r.evidence) ? el('span', { class: 'flag draft' }, 'unreviewed draft') : null,
    ...r.evidence.map((e) => quote(e, link))));
  return {
    panel: el('section', { class: 'path-panel' }, el('h2', {}, `${path.nodes[0]?.name} to ${path.nodes.at(-1)?.name}: ${path.relations.length} hops`), el('ol', {}, ...hops)),
    path: {
      nodes: path.nodes.map((n) => ({ id: n.id, name: n.name, kind: n.__typename ?? 'Entity' })),
      relations: path.relations.map((r) => ({ type: r.type, from: r.from, to: r.to, quotes: r.evidence.length, draft: restsOnDrafts(r.evidence) })),
    },
  };
}
