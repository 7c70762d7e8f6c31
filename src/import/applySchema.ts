import type { Database } from '../graph/database.js';
import { cypherStatements } from './cypherScripts.js';

export const SCHEMA_FILE = 'schema/001-constraints.cypher';

/** Creates the constraints and indexes (idempotent) and waits until they are online. */
export async function applySchema(db: Database): Promise<void> {
  for (const statement of cypherStatements(SCHEMA_FILE)) {
    await db.write(statement, {}, 60000);
  }
  await db.write('CALL db.awaitIndexes(60)', {}, 70000);
}
