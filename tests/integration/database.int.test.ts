import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/graph/database.js';
import { DatabaseUnavailableError } from '../../src/graph/databaseErrors.js';
import { applySchema } from '../../src/import/applySchema.js';
import { databaseStatus } from '../../src/queries/statusQueries.js';
import { testDatabase, testNeo4j, wipeGraph } from '../support/testNeo4j.js';

describe('the database boundary, against the real test Neo4j', () => {
  const db = testDatabase();
  beforeAll(() => wipeGraph(db));
  afterAll(() => db.close());

  it('reports Neo4j 5.26 Community and counts what it holds', async () => {
    await db.write("CREATE (:Probe {id: 'probe:1'})");
    const status = await databaseStatus(db);
    expect(status.serverVersion).toMatch(/^5\.26\./);
    if (testNeo4j().embedded) expect(status.edition).toBe('community');
    expect(status.nodeCount).toBe(1);
  });

  it('converts Integers, temporal values and nodes to plain data in one place', async () => {
    const [row] = await db.read("RETURN 42 AS n, date('2022-04-30') AS d, [1, 2] AS list, {k: 3} AS map, null AS nothing");
    expect(row).toEqual({ n: 42, d: '2022-04-30', list: [1, 2], map: { k: 3 }, nothing: null });
    const [node] = await db.read("MATCH (p:Probe {id: 'probe:1'}) RETURN p");
    expect(node?.p).toEqual({ id: 'probe:1', __labels: ['Probe'] });
    expect(neo4j.isInt(row?.n)).toBe(false);
  });

  it('applies the schema idempotently: a second run creates nothing new', async () => {
    await applySchema(db);
    const count = async () => (await db.read('SHOW CONSTRAINTS YIELD name RETURN count(*) AS c'))[0]?.c;
    const before = await count();
    await applySchema(db);
    expect(await count()).toBe(before);
    const [ft] = await db.read("SHOW FULLTEXT INDEXES YIELD name, state WHERE name = 'entity_names' RETURN state");
    expect(ft?.state).toBe('ONLINE');
  });

  it('refuses a wrong password (auth is on)', async () => {
    const t = testNeo4j();
    const wrong = new Database({ uri: t.uri, username: t.username, password: 'not-the-password', database: t.database, queryTimeoutMs: 2000 });
    await expect(wrong.ping()).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await wrong.close();
    await new Promise((r) => setTimeout(r, 100));
    await expect(db.ping()).resolves.toBeUndefined();
  });

  it('counts one round trip per query', async () => {
    const before = db.queryCount;
    await db.read('RETURN 1 AS one');
    expect(db.queryCount - before).toBe(1);
  });
});
