import { inject } from 'vitest';
import { Database } from '../../src/graph/database.js';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
  embedded: boolean;
}

/** The run's test Neo4j (see globalNeo4j.ts). */
export function testNeo4j(): TestNeo4j {
  return inject('neo4j');
}

/** A Database connected to the run's test Neo4j; close it in afterAll. */
export function testDatabase(queryTimeoutMs = 10_000): Database {
  const t = testNeo4j();
  return new Database({ uri: t.uri, username: t.username, password: t.password, database: t.database, queryTimeoutMs });
}

/** Deletes every node and relationship of the test database (never a user's data: see globalNeo4j.ts). */
export async function wipeGraph(db: Database): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n', {}, 120_000);
}
