/// <reference lib="dom" />
import { request } from './api.js';
import { el, quote } from './dom.js';
import { PathBetween } from './operations.js';
import type { ViewState } from './state.js';

/**
 * The shortest evidenced path between two entities (in the view's date window), one hop per
 * row, each hop with the quotes that support it. Returns the panel and the path's node ids.
 */
export async function pathPanel(s: ViewState, fromId: string, toId: string, link: (panel: string) => string): Promise<{ panel: HTMLElement; nodes: string[] }> {
  const paths = (await request(PathBetween, { fromId, toId, from: s.from || null, to: s.to || null })).paths;
  const path = paths[0];
  if (!path) return { panel: el('p', {}, 'No evidenced path of at most 4 hops connects them.'), nodes: [] };
  const names = new Map(path.nodes.map((n) => [n.id, n.name]));
  const hops = path.relations.map((r) => el('li', { class: 'hop' },
    el('p', {}, `${names.get(r.from) ?? r.from} — ${r.type.toLowerCase().replace(/_/g, ' ')} → ${names.get(r.to) ?? r.to}`),
    ...r.evidence.map((e) => quote(e, link))));
  return {
    panel: el('section', { class: 'path-panel' }, el('h2', {}, `${path.nodes[0]?.name} to ${path.nodes.at(-1)?.name}: ${path.relations.length} hops`), el('ol', {}, ...hops)),
    nodes: path.nodes.map((n) => n.id),
  };
}
