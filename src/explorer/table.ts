/// <reference lib="dom" />
import type { MultiUndirectedGraph as Graph } from 'graphology';
import { el } from './dom.js';

/**
 * The network as two tables (people, links), for screen readers and keyboards. Rows are one
 * tab stop (roving tabindex): arrow keys move between rows, Enter opens the row's panel (a
 * path hop's row has none: the path panel is open). Unreviewed links say so in words.
 */
export function renderTable(container: HTMLElement, g: Graph, open: (panel: string) => void): void {
  const name = (id: string) => String(g.getNodeAttribute(id, 'label'));
  const people = g.filterNodes(() => true).map((n) => {
    const a = g.getNodeAttributes(n);
    const profile = a.kind && a.kind !== 'Person' ? '' : `profile:${n}`; // an event on a path has no profile
    return row(profile, [a.label, a.side === 'path' ? `on the path (${String(a.kind ?? '').toLowerCase()})` : a.side, a.side === 'path' ? '' : String(a.ring), a.community === undefined ? '' : String(a.community)]);
  });
  const links = g.mapEdges((_e, a, s, t) => {
    if (a.side === 'path') return row('', [`${name(s)} – ${name(t)}`, `path hop: ${String(a.relation).toLowerCase().replace(/_/g, ' ')}${a.draft ? ' (unreviewed draft)' : ''}`, `${a.quotes} quotes`, '']);
    const kind = a.side === 'opponent' ? 'stood against' : a.draft ? 'campaigned with (unreviewed draft)' : a.unreviewed > 0 ? `campaigned with (${a.unreviewed} unreviewed)` : 'campaigned with';
    return row(a.side === 'opponent' ? `profile:${t}` : `edge:${s}|${t}`,
      [`${name(s)} – ${name(t)}`, kind, String(a.sharedCount), a.side === 'opponent' ? String(a.elections ?? '') : `${a.firstDate ?? ''}–${a.lastDate ?? ''}`]);
  });
  const table = (caption: string, head: string[], rows: HTMLTableRowElement[]) =>
    el('table', {}, el('caption', {}, caption), el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, ...rows));
  container.replaceChildren(
    table(`People (${people.length})`, ['Name', 'Side', 'Ring', 'Community'], people),
    table(`Links (${links.length})`, ['Between', 'Kind', 'Shared', 'Dates or elections'], links));
  const rows = [...container.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  rows.forEach((r, i) => {
    r.tabIndex = i === 0 ? 0 : -1;
    r.addEventListener('keydown', (ev) => {
      const next = ev.key === 'ArrowDown' ? rows[i + 1] : ev.key === 'ArrowUp' ? rows[i - 1] : undefined;
      if (next) { ev.preventDefault(); r.tabIndex = -1; next.tabIndex = 0; next.focus(); }
      if (ev.key === 'Enter' && r.dataset.panel) open(r.dataset.panel);
    });
    r.addEventListener('click', () => { if (r.dataset.panel) open(r.dataset.panel); });
  });
}

function row(panel: string, cells: string[]): HTMLTableRowElement {
  const r = el('tr', { 'data-panel': panel, 'aria-label': cells[0] ?? '' }, ...cells.map((c) => el('td', {}, c)));
  return r;
}
