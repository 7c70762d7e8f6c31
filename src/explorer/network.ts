import { MultiUndirectedGraph as Graph } from 'graphology';
import { request } from './api.js';
import { Network } from './operations.js';
import type { ShownPath } from './pathOverlay.js';
import { draftShare } from './review.js';
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
  /** Co-campaigners of the centre the API left out for the view's `leaveOut` (0 when none asked). */
  leftOut: number;
  /** The path drawn over the network (pathOverlay.ts), if the path finder's panel is open. */
  path: ShownPath | null;
}

function windowArgs(s: ViewState) {
  return { from: s.from || null, to: s.to || null, kinds: s.kinds.length ? s.kinds : null, leaveOut: s.leaveOut };
}

function addPerson(g: Graph, id: string, name: string, ring: number, side: 'centre' | 'ally' | 'opponent', community: number | null = null): void {
  if (!g.hasNode(id)) g.addNode(id, { label: name, ring, side, x: 0, y: 0, size: 4, color: '#888', ...(community === null ? {} : { community }) });
  else if (g.getNodeAttribute(id, 'ring') > ring) g.setNodeAttribute(id, 'ring', ring);
}

interface AllyEdge { sharedCount: number; strength: number; firstDate: string | null; lastDate: string | null; unreviewed: number }

/**
 * Adds an ally edge (CAMPAIGNED_WITH) between two drawn people, once. `unreviewed` counts its
 * shared activities that rest only on unreviewed drafts; layout draws a link that rests on
 * nothing else (unreviewed = sharedCount) distinctly.
 */
function addAlly(g: Graph, a: string, b: string, e: AllyEdge): void {
  const key = `ally:${[a, b].sort().join('|')}`;
  if (!g.hasEdge(key)) g.addUndirectedEdgeWithKey(key, a, b, { side: 'ally', ...e, draft: e.unreviewed > 0 && e.unreviewed >= e.sharedCount });
}

/**
 * Fetches one page of a person's co-campaigners (the strongest first, in the view's window and
 * kinds, without what the view leaves out: the API's own arguments) into the graph. Returns the
 * page's total count, how many the API left out (asked on the centre's first page only) and the
 * next cursor.
 */
export async function addPage(g: Graph, s: ViewState, id: string, ring: number, first: number, after: string | null) {
  const countLeftOut = ring === 1 && after === null && s.leaveOut.length > 0;
  const data = await request(Network, { id, first, after, countLeftOut, ...windowArgs(s) });
  const person = data.person;
  if (!person) throw new Error(`No person has the id ${id}.`);
  addPerson(g, person.id, person.name, ring - 1, ring === 1 ? 'centre' : 'ally', person.community ?? null);
  for (const e of person.campaignedWith.edges) {
    const { unreviewed } = draftShare(e.activities);
    addPerson(g, e.node.id, e.node.name, ring, 'ally', e.node.community ?? null);
    addAlly(g, person.id, e.node.id, { sharedCount: e.sharedCount, strength: e.strength, firstDate: e.firstDate ?? null, lastDate: e.lastDate ?? null, unreviewed });
  }
  const c = person.campaignedWith;
  const leftOut = person.everyone ? person.everyone.totalCount - c.totalCount : 0;
  return { totalCount: c.totalCount, leftOut, next: c.pageInfo.hasNextPage ? c.pageInfo.endCursor ?? null : null, opponents: person.opponents };
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
  return { graph, centre, totalCount: page.totalCount, next: page.next, leftOut: page.leftOut, path: null };
}

/** Loads the centre's next page ("load more"). */
export async function loadMore(n: NetworkGraph, s: ViewState): Promise<void> {
  if (!n.next) return;
  const page = await addPage(n.graph, s, n.centre, 1, s.first, n.next);
  n.next = page.next;
}
