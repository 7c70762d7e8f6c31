import type { Database } from '../graph/database.js';
import { LINK_TYPES } from '../extraction/vocabulary.js';
import { SCHEMA_FILE } from './applySchema.js';
import { EMPTY_LIST, type EmptyListSite } from './bulkCsvFiles.js';
import { cypherStatements } from './cypherScripts.js';
import { deriveCampaignedWithBatched, runAutoCommit, type DeriveStats } from './deriveBatched.js';
import { networkAnalytics } from './networkAnalytics.js';

const PROPERTY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const REL_TYPES: readonly string[] = [...LINK_TYPES, 'MENTIONS'];

export interface BulkFinishStats {
  schemaMs: number;
  emptyListsMs: number;
  derive: DeriveStats;
  analyticsMs: number;
}

/**
 * Sets back to [] the lists BulkCsvWriter wrote as [EMPTY_LIST]. The label is always Entity
 * and the type one of LINK_TYPES or MENTIONS, and the property a plain name: all checked here,
 * since they are written into the query text.
 */
export async function restoreEmptyLists(db: Database, sites: Iterable<EmptyListSite>): Promise<void> {
  for (const s of sites) {
    if (!PROPERTY.test(s.property)) throw new Error(`not a property name: ${JSON.stringify(s.property)}`);
    const match = s.kind === 'node' && s.labelOrType === 'Entity'
      ? 'MATCH (x:Entity)'
      : s.kind === 'relationship' && REL_TYPES.includes(s.labelOrType) ? `MATCH ()-[x:${s.labelOrType}]->()` : null;
    if (!match) throw new Error(`no empty-list fix-up for ${s.kind} ${s.labelOrType}`);
    await runAutoCommit(db, `${match} WHERE x.\`${s.property}\` = [$marker]
CALL (x) { SET x.\`${s.property}\` = [] } IN TRANSACTIONS OF 10000 ROWS`, { marker: EMPTY_LIST });
  }
}

/**
 * After a bulk load, with Neo4j running on the loaded store, the first half of finishBulkLoad:
 * empty lists, then the schema, waiting as long as its indexes take to build over the loaded data.
 */
export async function prepareBulkStore(db: Database, emptyLists: Iterable<EmptyListSite>): Promise<{ emptyListsMs: number; schemaMs: number }> {
  const t0 = Date.now();
  await restoreEmptyLists(db, emptyLists);
  const t1 = Date.now();
  // A fresh store has no index yet, so applySchema's check for changed full-text indexes is moot.
  for (const statement of cypherStatements(SCHEMA_FILE)) await db.write(statement, {}, 600_000);
  await db.write('CALL db.awaitIndexes(3600)', {}, 3_700_000);
  return { emptyListsMs: t1 - t0, schemaMs: Date.now() - t1 };
}

/**
 * After a bulk load, with Neo4j running on the loaded store: prepareBulkStore, then
 * CAMPAIGNED_WITH and STOOD_AGAINST, then the network analytics: what importCorpus does after
 * its MERGE steps.
 */
export async function finishBulkLoad(db: Database, emptyLists: Iterable<EmptyListSite>, log: (m: string) => void = () => {}): Promise<BulkFinishStats> {
  const prepared = await prepareBulkStore(db, emptyLists);
  log(`bulk import: schema online in ${prepared.schemaMs} ms; deriving who campaigned with whom`);
  const derive = await deriveCampaignedWithBatched(db, { log });
  const t3 = Date.now();
  await db.transaction((run) => networkAnalytics(run, log), 3_600_000);
  return { ...prepared, derive, analyticsMs: Date.now() - t3 };
}
