import type { Database } from '../../src/graph/database.js';
import { applySchema } from '../../src/import/applySchema.js';
import { importCorpusFiles } from '../../src/import/importCorpusFiles.js';
import { wipeGraph } from './testNeo4j.js';

/** Empties the test database, applies the schema and imports the whole corpus. */
export async function freshCorpusGraph(db: Database): Promise<void> {
  await wipeGraph(db);
  await applySchema(db);
  await importCorpusFiles(db, []);
}
