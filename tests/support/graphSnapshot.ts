import { createHash } from 'node:crypto';
import type { Database } from '../../src/graph/database.js';
import { ANALYTICS_PROPERTIES } from '../../src/import/networkAnalytics.js';

/** The whole content of a graph, keyed so two graphs with the same facts compare equal. */
export interface GraphSnapshot {
  /** Node id → canonical JSON of its labels and properties. */
  nodes: Map<string, string>;
  /**
   * The same without the network analytics (community, pageRank, betweenness): those are
   * recomputed over the whole network at every import, so one new co-campaigning pair may move
   * every connected person's scores. "Adds exactly its facts" compares these.
   */
  factNodes: Map<string, string>;
  /** `TYPE from to key` → canonical JSON of the relationship's properties. */
  rels: Map<string, string>;
  nodeCount: number;
  relCount: number;
  propertyCount: number;
  /** SHA-256 over every node and relationship line, sorted. */
  checksum: string;
}

/** JSON with object keys sorted, so equal content gives equal text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Every node by id (labels and properties) and every relationship by type, ends and key (the
 * link key; a SHARED_ACTIVITY is unique per ends and `activity|via|side`; MENTIONS and the other
 * derived relationships are unique per type and ends without a key),
 * with counts and a SHA-256 over the sorted lines. Throws when two nodes share an id or two
 * relationships share an identity: then the content is not what an import produces.
 */
export async function graphSnapshot(database: Database): Promise<GraphSnapshot> {
  const nodes = await database.read('MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props', {}, 60_000);
  const rels = await database.read('MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props', {}, 60_000);
  const nodeMap = new Map<string, string>();
  const factMap = new Map<string, string>();
  for (const n of nodes) {
    if (nodeMap.has(n.id as string)) throw new Error(`node id ${String(n.id)} is not unique`);
    const labels = [...(n.labels as string[])].sort();
    nodeMap.set(n.id as string, canonical({ labels, props: n.props }));
    const facts = Object.fromEntries(Object.entries(n.props as Record<string, unknown>).filter(([k]) => !ANALYTICS_PROPERTIES.includes(k)));
    factMap.set(n.id as string, canonical({ labels, props: facts }));
  }
  const relMap = new Map<string, string>();
  for (const r of rels) {
    const props = r.props as Record<string, unknown>;
    const key = r.type === 'SHARED_ACTIVITY' ? `${String(props.activity)}|${String(props.via)}|${String(props.side)}` : (props.key as string | undefined) ?? '';
    const id = `${r.type as string} ${r.from as string} ${r.to as string} ${key}`;
    if (relMap.has(id)) throw new Error(`relationship ${id} is not unique`);
    relMap.set(id, canonical(props));
  }
  const lines = [...[...nodeMap].map(([k, v]) => `N ${k} ${v}`), ...[...relMap].map(([k, v]) => `R ${k} ${v}`)].sort();
  return {
    nodes: nodeMap,
    factNodes: factMap,
    rels: relMap,
    nodeCount: nodes.length,
    relCount: rels.length,
    propertyCount: [...nodes, ...rels].reduce((n, x) => n + Object.keys(x.props as object).length, 0),
    checksum: createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}

/** The counts and checksum of a snapshot, for one equality assertion with a readable diff. */
export const fingerprint = (s: GraphSnapshot): { nodeCount: number; relCount: number; propertyCount: number; checksum: string } => ({
  nodeCount: s.nodeCount,
  relCount: s.relCount,
  propertyCount: s.propertyCount,
  checksum: s.checksum,
});

/** The keys added, removed and changed from `before` to `after`. */
export function diffKeys(before: Map<string, string>, after: Map<string, string>): { added: string[]; removed: string[]; changed: string[] } {
  return {
    added: [...after.keys()].filter((k) => !before.has(k)).sort(),
    removed: [...before.keys()].filter((k) => !after.has(k)).sort(),
    changed: [...before.keys()].filter((k) => after.has(k) && after.get(k) !== before.get(k)).sort(),
  };
}
