import type { Database } from '../graph/database.js';

export interface StatusRow {
  serverVersion: string;
  edition: string;
  nodeCount: number;
  relationshipCount: number;
}

const STATUS = `
CALL dbms.components() YIELD versions, edition
WITH versions[0] AS serverVersion, edition
CALL { MATCH (n) RETURN count(n) AS nodeCount }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
RETURN serverVersion, edition, nodeCount, relationshipCount`;

/** Returns the Neo4j version and edition with the graph's node and relationship counts. */
export async function databaseStatus(db: Database): Promise<StatusRow> {
  const [row] = await db.read(STATUS);
  return row as unknown as StatusRow;
}
