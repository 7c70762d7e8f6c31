import type { Database } from '../graph/database.js';
import type { EntityNode } from './models.js';

/** Given ids, returns the entities that exist, keyed by id (one round trip). */
export async function entitiesByIds(db: Database, ids: readonly string[]): Promise<Map<string, EntityNode>> {
  const rows = await db.read('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n', { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => {
    const n = r.n as EntityNode;
    return [n.id, n];
  }));
}

/** Given entity ids, returns each one's mentions: the documents naming it, with quotes. */
export async function mentionsOf(db: Database, ids: readonly string[]): Promise<Map<string, Array<Record<string, unknown>>>> {
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     OPTIONAL MATCH (:Document)-[m:MENTIONS]->(n)
     WITH id, m ORDER BY m.doc
     RETURN id, collect(m) AS mentions`,
    { ids: [...new Set(ids)] },
  );
  return new Map(rows.map((r) => [r.id as string, r.mentions as Array<Record<string, unknown>>]));
}
