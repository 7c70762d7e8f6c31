import { MultiUndirectedGraph as Graph } from 'graphology';
import { request } from './api.js';
import { Network } from './operations.js';
import type { ViewState } from './state.js';

/** The second ring asks for this many co-campaigners of each of the strongest first-ring people. */
const SECOND_RING_FROM = 10;
const SECOND_RING_EACH = 5;

export interface NetworkGraph {
  graph: Graph;
  centre: string;
  totalCount: number;
  /** The cursor of the next page of the centre's co-campaigners; null when all are drawn. */
  next: string | null;
}

function windowArgs(s: ViewState) {
  return { from: s.from || null, to: s.to || null, kinds: s.kinds.length ? s.kinds : null };
}

function addPerson(g: Graph, id: string, name: string, ring: number, side: 'centre' | 'ally' | 'opponent', community: number | null = null): void {
  if (!g.hasNode(id)) g.addNode(id, { label: name, ring, side, x: 0, y: 0, size: 4, color: '#888', ...(community === null ? {} : { community }) });
  else if (g.getNodeAttribute(id, 'ring') > ring) g.setNodeAttribute(id, 'ring', ring);
}

/** Adds an ally edge (CAMPAIGNED_WITH) between two drawn people, once. */
function addAlly(g: Graph, a: string, b: string, shared: number, strength: number, firstDate: string | null, lastDate: string | null): void {
  const key = `ally:${[a, b].sort().join('|')}`;
  if (!g.hasEdge(key)) g.addUndirectedEdgeWithKey(key, a, b, { side: 'ally', sharedCount: shared, strength, firstDate, lastDate });
}

/**
 * Fetches one page of a person's co-campaigners (the strongest first, in the view's window and
 * kinds) into the graph. Returns the page's total count and the next cursor.
 */
export async function addPage(g: Graph, s: ViewState, id: string, ring: number, first: number, after: string | null) {
  const data = await request(Network, { id, first, after, ...windowArgs(s) });
  const person = data.person;
  if (!person) throw new Error(`No person has the id ${id}.`);
  addPerson(g, person.id, person.name, ring - 1, ring === 1 ? 'centre' : 'ally', person.community ?? null);
  for (const e of person.campaignedWith.edges) {
    addPerson(g, e.node.id, e.node.name, ring, 'ally', e.node.community ?? null);
    addAlly(g, person.id, e.node.id, e.sharedCount, e.strength, e.firstDate ?? null, e.lastDate ?? null);
  }
  const c = person.campaignedWith;
  return { totalCount: c.totalCount, next: c.pageInfo.hasNextPage ? c.pageInfo.endCursor ?? null : null, opponents: person.opponents };
}

/**
 * Loads the view's network: the centre's strongest co-campaigners, with a second ring when
 * hops is 2, and the centre's opponents (STOOD_AGAINST) on their own side, never as allies.
 */
export async function loadNetwork(s: ViewState, centre: string): Promise<NetworkGraph> {
  const graph = new Graph();
  const page = await addPage(graph, s, centre, 1, s.first, null);
  if (s.hops === 2) {
    const ring1 = graph.neighbors(centre).slice(0, SECOND_RING_FROM);
    for (const id of ring1) await addPage(graph, s, id, 2, SECOND_RING_EACH, null);
  }
  for (const o of page.opponents) {
    if (!graph.hasNode(o.person.id)) graph.addNode(o.person.id, { label: o.person.name, ring: 1, side: 'opponent', x: 0, y: 0, size: 4, color: '#888' });
    const elections = o.elections.map((e) => e.name).join('; ');
    graph.addUndirectedEdgeWithKey(`opp:${[centre, o.person.id].sort().join('|')}`, centre, o.person.id, { side: 'opponent', sharedCount: o.elections.length, strength: 0, elections });
  }
  return { graph, centre, totalCount: page.totalCount, next: page.next };
}

/** Loads the centre's next page ("load more"). */
export async function loadMore(n: NetworkGraph, s: ViewState): Promise<void> {
  if (!n.next) return;
  const page = await addPage(n.graph, s, n.centre, 1, s.first, n.next);
  n.next = page.next;
}
