import type { Database } from '../graph/database.js';

export interface GraphSummary {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  totalNodes: number;
  totalRelationships: number;
}

const COUNTS = `
CALL { MATCH (n) UNWIND labels(n) AS label WITH label WHERE label <> 'Entity' RETURN collect([label, 1]) AS labels }
CALL { MATCH ()-[r]->() RETURN collect([type(r), 1]) AS types }
CALL { MATCH (n) RETURN count(n) AS totalNodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS totalRelationships }
RETURN labels, types, totalNodes, totalRelationships`;

function tally(pairs: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key] of pairs as Array<[string, number]>) out[key] = (out[key] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** Returns node counts by label and relationship counts by type, in one round trip. */
export async function graphSummary(db: Database): Promise<GraphSummary> {
  const [row] = await db.read(COUNTS, {}, 60_000);
  return {
    nodes: tally(row?.labels),
    relationships: tally(row?.types),
    totalNodes: Number(row?.totalNodes ?? 0),
    totalRelationships: Number(row?.totalRelationships ?? 0),
  };
}

/** Given a summary, returns the lines the import CLI prints. */
export function formatSummary(s: GraphSummary): string[] {
  const list = (r: Record<string, number>): string => Object.entries(r).map(([k, n]) => `${k} ${n}`).join(', ');
  return [`nodes ${s.totalNodes}: ${list(s.nodes)}`, `relationships ${s.totalRelationships}: ${list(s.relationships)}`];
}
