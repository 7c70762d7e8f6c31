import type { Database } from '../graph/database.js';
import { cypherStatements } from './cypherScripts.js';
import { dropChangedFulltextIndexes, fulltextIndexSpecs } from './fulltextIndexes.js';

export const SCHEMA_FILE = 'schema/001-constraints.cypher';

/**
 * Creates the constraints and indexes (idempotent) and waits until they are online. A full-text
 * index whose configuration the schema file has changed (e.g. its analyzer) is dropped first
 * and so recreated with the new one.
 */
export async function applySchema(db: Database): Promise<void> {
  const statements = cypherStatements(SCHEMA_FILE);
  await dropChangedFulltextIndexes(db, fulltextIndexSpecs(statements));
  for (const statement of statements) {
    await db.write(statement, {}, 60000);
  }
  await db.write('CALL db.awaitIndexes(60)', {}, 70000);
}
