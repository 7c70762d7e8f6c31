import { afterAll, describe, expect, it } from 'vitest';
import { applySchema, SCHEMA_FILE } from '../../src/import/applySchema.js';
import { cypherStatements } from '../../src/import/cypherScripts.js';
import { dropChangedFulltextIndexes, fulltextIndexSpecs } from '../../src/import/fulltextIndexes.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';

// A database made by an older schema keeps its full-text index under the same name, and
// `CREATE ... IF NOT EXISTS` would leave it with the old analyzer: applySchema must replace it.

const db = testDatabase(60_000);
afterAll(() => db.close());

const analyzers = async (): Promise<Record<string, string>> =>
  Object.fromEntries((await db.read("SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig['fulltext.analyzer'] AS analyzer")).map((r) => [r.name as string, r.analyzer as string]));

describe('applySchema and the full-text indexes', () => {
  it('reads every full-text index the schema file declares', () => {
    const specs = fulltextIndexSpecs(cypherStatements(SCHEMA_FILE));
    expect(specs.map((s) => s.name)).toEqual(['entity_names', 'person_names', 'organisation_names', 'event_names', 'statement_names', 'election_names', 'document_names']);
    for (const s of specs) expect(s).toMatchObject({ properties: ['name', 'aliasText'], analyzer: 'standard-folding' });
    expect(specs[1]!.labels).toEqual(['Person']);
  });

  it('replaces an index left with the old analyzer, then leaves it alone', async () => {
    await freshCorpusGraph(db);
    // The index as commit 70b12a8 created it.
    await db.write('DROP INDEX entity_names IF EXISTS');
    await db.write("CREATE FULLTEXT INDEX entity_names FOR (n:Entity) ON EACH [n.name, n.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }");
    await db.write('CALL db.awaitIndexes(60)');
    expect((await analyzers()).entity_names).toBe('standard-no-stop-words');
    const old = await db.read("CALL db.index.fulltext.queryNodes('entity_names', 'mcdonald\\'s') YIELD node RETURN node.id AS id");
    expect(old).toEqual([]); // the old analyzer kept the curly apostrophe of "McDonald’s"

    await applySchema(db);
    const after = await analyzers();
    for (const name of ['entity_names', 'person_names', 'document_names']) expect(after[name], name).toBe('standard-folding');
    const found = await db.read("CALL db.index.fulltext.queryNodes('entity_names', 'mcdonald\\'s') YIELD node RETURN node.id AS id");
    expect(found.map((r) => r.id)).toContain('org:mcdonalds');

    // Idempotent: a second run drops nothing.
    expect(await dropChangedFulltextIndexes(db, fulltextIndexSpecs(cypherStatements(SCHEMA_FILE)))).toEqual([]);
  });
});
