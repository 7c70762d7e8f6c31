import { afterAll, describe, expect, it } from 'vitest';
import { transactionMemory } from '../../src/embedded/jvmArgs.js';
import { QueryMemoryLimitError } from '../../src/graph/databaseErrors.js';
import { testDatabase, testNeo4j } from '../support/testNeo4j.js';

// One query cannot take the database down (issue 12 §3). The test Neo4j runs with a 1 GB heap,
// so the launcher caps one transaction at a quarter of it (db.memory.transaction.max, 256 MiB).
// Collecting 30 million integers into one list needs far more than that: Neo4j must stop that
// query alone, with the error the API answers as QUERY_TOO_LARGE, and keep serving every other.
const HEAVY = 'UNWIND range(1, 30000000) AS x RETURN size(collect(x)) AS n';

describe.runIf(testNeo4j().embedded)('a query heavier than the transaction memory limit', () => {
  const db = testDatabase(60_000);
  afterAll(() => db.close());

  it('is configured: one transaction may use a quarter of the heap, all of them half', async () => {
    expect(transactionMemory(1024)).toEqual({ maxMb: 256, totalMb: 512 });
    const rows = await db.read("SHOW SETTINGS YIELD name, value WHERE name IN ['db.memory.transaction.max', 'db.memory.transaction.total.max'] RETURN name, value ORDER BY name");
    expect(rows).toEqual([
      { name: 'db.memory.transaction.max', value: '256.00MiB' },
      { name: 'db.memory.transaction.total.max', value: '512.00MiB' },
    ]);
  });

  it('fails alone with QueryMemoryLimitError while light queries beside it answer', async () => {
    const before = db.queryCount;
    const light = Array.from({ length: 8 }, (_, i) => db.read('UNWIND range(1, 1000) AS x RETURN sum(x) + $i AS total', { i }));
    const heavy = await db.read(HEAVY).then(() => 'answered', (err: unknown) => err);
    expect(heavy).toBeInstanceOf(QueryMemoryLimitError);
    expect(String((heavy as Error).cause)).toMatch(/memory/i);
    expect((await Promise.all(light)).map((rows) => rows[0]?.total)).toEqual(Array.from({ length: 8 }, (_, i) => 500500 + i));
    expect(db.queryCount - before).toBe(9);
  });

  it('leaves the JVM serving: the next queries answer with data', async () => {
    await expect(db.ping()).resolves.toBeUndefined();
    expect(await db.read('UNWIND range(1, 100000) AS x RETURN count(x) AS n')).toEqual([{ n: 100000 }]);
  });
});
