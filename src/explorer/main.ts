/// <reference lib="dom" />
import { byId, el } from './dom.js';
import { download, toCsv, toGraphML, toPng } from './exporters.js';
import { layOut } from './layout.js';
import { loadMore, loadNetwork, type NetworkGraph } from './network.js';
import { documentPanel, edgePanel, profilePanel } from './panels.js';
import { MultiUndirectedGraph } from 'graphology';
import { pathPanel } from './pathFinder.js';
import { clearPath, layOutPath, showPath, type ShownPath } from './pathOverlay.js';
import { render, type Renderer } from './render.js';
import { attachSearch } from './search.js';
import { ACTIVITY_KINDS, formatState, leftOutWords, linkTo, parseState, type ViewState } from './state.js';
import { renderTable } from './table.js';
import { bindFilters } from './filters.js';

// The explorer's wiring. The URL hash is the single source of the view: every control writes
// the hash, and a hash change redraws what changed. `window.explorer` exposes the graph state
// so tests and curious developers can read what is drawn without reading pixels.

let state: ViewState = parseState(location.hash);
let net: NetworkGraph | null = null;
let netKey = '';
let renderer: Renderer | null = null;
const status = byId('status');
const names = (id: string) => (net?.graph.hasNode(id) ? String(net.graph.getNodeAttribute(id, 'label')) : id);
const link = (panel: string) => linkTo(state, panel);
const go = (s: ViewState) => { location.hash = formatState(s); };
const open = (panel: string) => go({ ...state, panel });

async function drawNetwork(): Promise<void> {
  renderer?.kill(); renderer = null; net = null;
  if (!state.person) { byId('graph').replaceChildren(); return; }
  status.textContent = 'Loading the network…';
  net = await loadNetwork(state, state.person);
  redraw();
}

function redraw(): void {
  if (!net) return;
  layOut(net.graph, net.centre);
  if (net.path) layOutPath(net.graph, net.path.nodes.map((n) => n.id));
  renderer?.kill();
  renderer = render(byId('graph'), net.graph, open);
  renderTable(byId('table'), net.graph, open);
  const drawn = net.graph.filterNodes((_n, a) => a.side === 'ally' && a.ring === 1).length;
  const hidden = state.leaveOut.length ? ` ${net.leftOut} left out (${leftOutWords(state.leaveOut)}).` : '';
  const drafts = net.graph.filterEdges((_e, a) => a.draft === true && a.side === 'ally').length;
  const amber = drafts ? ` Amber links (${drafts}): only unreviewed drafts say so.` : '';
  status.textContent = state.person
    ? `${names(net.centre)}: ${drawn} of ${net.totalCount} co-campaigners drawn, strongest first.${hidden}${amber}`
    : 'The path found, drawn alone: search for a person to see their network.';
  byId<HTMLButtonElement>('more').disabled = !net.next;
}

/** Draws the path panel's path over the network (or alone, when no network is open). */
function drawPath(path: ShownPath | null): void {
  if (!net) net = { graph: new MultiUndirectedGraph(), centre: path?.nodes[0]?.id ?? '', totalCount: 0, next: null, leftOut: 0, path: null };
  net.path = path;
  if (path) showPath(net.graph, path); else clearPath(net.graph);
  if (net.graph.order) redraw();
  else { renderer?.kill(); renderer = null; }
}

async function showPanel(): Promise<void> {
  const panel = byId('panel');
  const p = state.panel;
  if (!p) { panel.replaceChildren(); if (net?.path) drawPath(null); return; }
  panel.replaceChildren(el('p', {}, 'Loading…'));
  const [kind, rest = ''] = [p.slice(0, p.indexOf(':')), p.slice(p.indexOf(':') + 1)];
  if (kind !== 'path' && net?.path) drawPath(null);
  if (kind === 'profile') panel.replaceChildren(await profilePanel(state, rest, link));
  else if (kind === 'edge') { const [a = '', b = ''] = rest.split('|'); panel.replaceChildren(await edgePanel(state, a, b, names, link)); }
  else if (kind === 'path') {
    const [a = '', b = ''] = rest.split('|');
    const found = await pathPanel(state, a, b, link);
    panel.replaceChildren(found.panel);
    drawPath(found.path);
  }
  else if (kind === 'doc') {
    const m = /^(.*):(\d+):(\d+)$/.exec(rest);
    if (m) { panel.replaceChildren(await documentPanel(m[1] ?? '', Number(m[2]), Number(m[3]))); byId('highlight').scrollIntoView({ block: 'center' }); }
  }
  panel.focus();
}

async function onHash(): Promise<void> {
  state = parseState(location.hash);
  byId('table').hidden = !state.table;
  byId('graph').hidden = state.table;
  byId<HTMLInputElement>('show-table').checked = state.table;
  const key = JSON.stringify([state.person, state.hops, state.first, state.from, state.to, state.kinds, state.leaveOut]);
  try {
    if (key !== netKey) { netKey = key; await drawNetwork(); }
    await showPanel();
  } catch (e) {
    status.textContent = `Error: ${(e as Error).message}`;
  }
  document.body.dataset.ready = String(Date.now());
}

attachSearch(byId('search'), byId('results'), (id) => go({ ...state, person: id, panel: `profile:${id}` }));
let pathFrom = '';
attachSearch(byId('path-from'), byId('path-from-results'), (id) => { pathFrom = id; });
attachSearch(byId('path-to'), byId('path-to-results'), (id) => { if (pathFrom) open(`path:${pathFrom}|${id}`); });
bindFilters(() => state, go, ACTIVITY_KINDS);
byId('more').addEventListener('click', async () => {
  try { if (net) { await loadMore(net, state); redraw(); } } catch (e) { status.textContent = `Error: ${(e as Error).message}`; }
  document.body.dataset.ready = String(Date.now());
});
byId('show-table').addEventListener('change', (ev) => go({ ...state, table: (ev.target as HTMLInputElement).checked }));
byId('export-graphml').addEventListener('click', () => net && download('network.graphml', toGraphML(net.graph), 'application/xml'));
byId('export-csv').addEventListener('click', () => { if (net) { const c = toCsv(net.graph); download('nodes.csv', c.nodes, 'text/csv'); download('edges.csv', c.edges, 'text/csv'); } });
byId('export-png').addEventListener('click', async () => net && download('network.png', await toPng(net.graph)));
window.addEventListener('hashchange', () => void onHash());
Object.assign(window, { explorer: { get graph() { return net?.graph ?? null; }, get totalCount() { return net?.totalCount ?? null; }, get leftOut() { return net?.leftOut ?? null; }, get state() { return state; }, get path() { return net?.path ?? null; }, toGraphML: () => (net ? toGraphML(net.graph) : '') } });
void onHash();
