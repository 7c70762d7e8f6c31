import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/import/networkAnalytics.js';

// Two tight groups of four joined through one broker: Louvain must find the two groups, the
// broker must have the highest betweenness, and the answer must not depend on the input order.
const group = (p: string) => ['1', '2', '3', '4'].flatMap((i, n, all) => all.slice(n + 1).map((j) => ({ a: `${p}${i}`, b: `${p}${j}`, strength: 3 })));
const pairs = [...group('a'), ...group('b'), { a: 'a1', b: 'broker', strength: 1 }, { a: 'broker', b: 'b1', strength: 1 }];

describe('computeMetrics', () => {
  it('finds the two groups, and the broker between them has the highest betweenness', () => {
    const m = new Map(computeMetrics(pairs).map((x) => [x.id, x]));
    expect(m.size).toBe(9);
    const a = new Set(['a1', 'a2', 'a3', 'a4'].map((id) => m.get(id)?.community));
    const b = new Set(['b1', 'b2', 'b3', 'b4'].map((id) => m.get(id)?.community));
    expect(a.size).toBe(1);
    expect(b.size).toBe(1);
    expect([...a][0]).not.toBe([...b][0]);
    const top = [...m.values()].sort((x, y) => y.betweenness - x.betweenness)[0];
    expect(top?.id).toBe('broker');
    const ranks = [...m.values()].reduce((s, x) => s + x.pageRank, 0);
    expect(ranks).toBeCloseTo(1, 6);
  });

  it('gives the same numbers whatever order the pairs come in', () => {
    const byId = (xs: ReturnType<typeof computeMetrics>) => [...xs].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(computeMetrics([...pairs].reverse()))).toEqual(byId(computeMetrics(pairs)));
  });

  it('returns nothing for no pairs', () => {
    expect(computeMetrics([])).toEqual([]);
  });
});
