/// <reference lib="dom" />
import { byId, el } from './dom.js';
import { download, toCsv, toGraphML, toPng } from './exporters.js';
import { layOut } from './layout.js';
import { loadMore, loadNetwork, type NetworkGraph } from './network.js';
import { documentPanel, edgePanel, profilePanel } from './panels.js';
import { pathPanel } from './pathFinder.js';
import { render, type Renderer } from './render.js';
import { attachSearch } from './search.js';
import { ACTIVITY_KINDS, formatState, linkTo, parseState, type ViewState } from './state.js';
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
  renderer?.kill();
  renderer = render(byId('graph'), net.graph, open);
  renderTable(byId('table'), net.graph, open);
  const drawn = net.graph.filterNodes((_n, a) => a.side === 'ally' && a.ring === 1).length;
  status.textContent = `${names(net.centre)}: ${drawn} of ${net.totalCount} co-campaigners drawn, strongest first.`;
  byId<HTMLButtonElement>('more').disabled = !net.next;
}

async function showPanel(): Promise<void> {
  const panel = byId('panel');
  const p = state.panel;
  if (!p) { panel.replaceChildren(); return; }
  panel.replaceChildren(el('p', {}, 'Loading…'));
  const [kind, rest = ''] = [p.slice(0, p.indexOf(':')), p.slice(p.indexOf(':') + 1)];
  if (kind === 'profile') panel.replaceChildren(await profilePanel(rest, link));
  else if (kind === 'edge') { const [a = '', b = ''] = rest.split('|'); panel.replaceChildren(await edgePanel(state, a, b, names, link)); }
  else if (kind === 'path') { const [a = '', b = ''] = rest.split('|'); panel.replaceChildren((await pathPanel(state, a, b, link)).panel); }
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
  const key = JSON.stringify([state.person, state.hops, state.first, state.from, state.to, state.kinds]);
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
byId('more').addEventListener('click', async () => { if (net) { await loadMore(net, state); redraw(); } });
byId('show-table').addEventListener('change', (ev) => go({ ...state, table: (ev.target as HTMLInputElement).checked }));
byId('export-graphml').addEventListener('click', () => net && download('network.graphml', toGraphML(net.graph), 'application/xml'));
byId('export-csv').addEventListener('click', () => { if (net) { const c = toCsv(net.graph); download('nodes.csv', c.nodes, 'text/csv'); download('edges.csv', c.edges, 'text/csv'); } });
byId('export-png').addEventListener('click', async () => net && download('network.png', await toPng(net.graph)));
window.addEventListener('hashchange', () => void onHash());
Object.assign(window, { explorer: { get graph() { return net?.graph ?? null; }, get totalCount() { return net?.totalCount ?? null; }, get state() { return state; }, toGraphML: () => (net ? toGraphML(net.graph) : '') } });
void onHash();
