import { MultiUndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { clearPath, showPath, type ShownPath } from '../../../src/explorer/pathOverlay.js';

// The path finder's overlay on a drawn network: two drawn people joined through an event the
// network does not hold. Made-up ids.
function drawn(): MultiUndirectedGraph {
  const g = new MultiUndirectedGraph();
  g.addNode('person:a', { label: 'A', side: 'centre', x: 0, y: 0 });
  g.addNode('person:b', { label: 'B', side: 'ally', x: 1, y: 0 });
  g.addUndirectedEdgeWithKey('ally:person:a|person:b', 'person:a', 'person:b', { side: 'ally' });
  return g;
}
const path: ShownPath = {
  nodes: [{ id: 'person:a', name: 'A', kind: 'Person' }, { id: 'event:rally', name: 'Rally', kind: 'Event' }, { id: 'person:b', name: 'B', kind: 'Person' }],
  relations: [{ type: 'PARTICIPATED_IN', from: 'person:a', to: 'event:rally', quotes: 2, draft: false }, { type: 'PARTICIPATED_IN', from: 'person:b', to: 'event:rally', quotes: 1, draft: true }],
};

describe('the path drawn on the graph', () => {
  it('adds the missing entity between its drawn neighbours, one labelled edge per hop, all highlighted', () => {
    const g = drawn();
    showPath(g, path);
    expect(g.filterEdges((_e, a) => a.side === 'path')).toEqual(['path:0:person:a|event:rally', 'path:1:person:b|event:rally']);
    expect(g.getEdgeAttribute('path:0:person:a|event:rally', 'label')).toBe('1. participated in · 2 quotes');
    expect(g.getEdgeAttribute('path:1:person:b|event:rally', 'label')).toBe('2. participated in · 1 quote (unreviewed)');
    expect(path.nodes.every((n) => g.getNodeAttribute(n.id, 'highlighted') === true)).toBe(true);
    const x = g.getNodeAttribute('event:rally', 'x') as number;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(1);
    expect(g.getNodeAttribute('event:rally', 'y')).not.toBe(0); // bowed off the A–B link
  });

  it('clearing leaves the network as it was drawn', () => {
    const g = drawn();
    showPath(g, path);
    clearPath(g);
    expect(g.nodes()).toEqual(['person:a', 'person:b']);
    expect(g.edges()).toEqual(['ally:person:a|person:b']);
    expect(g.filterNodes((_n, a) => a.highlighted === true)).toEqual([]);
  });
});
