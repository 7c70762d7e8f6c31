import neo4j from 'neo4j-driver';
import { toCypherParams, type Database, type Params } from '../graph/database.js';
import { translateDriverError } from '../graph/databaseErrors.js';
import { cypherStatement } from './cypherScripts.js';
import { CAMPAIGN_KINDS, MAX_PAIRWISE, PLATFORM_ROLES } from './deriveCampaignedWith.js';

/** The batched derivation, in order (see cypher/derive-batched/ for why this order). */
export const BATCHED_DERIVE_FILES = [
  'derive-batched/010-clear.cypher',
  'derive-batched/020-events.cypher',
  'derive-batched/025-slates.cypher',
  'derive-batched/027-statements.cypher',
  'derive-batched/030-backing.cypher',
  'derive-batched/040-campaign-members.cypher',
  'derive-batched/050-summary.cypher',
  'derive-batched/060-stood-against.cypher',
] as const;

export interface DeriveStepStats { file: string; ms: number }

export interface DeriveStats {
  ms: number;
  campaignedWith: number;
  stoodAgainst: number;
  steps: DeriveStepStats[];
}

export interface BatchedDeriveOptions {
  maxPairwise?: number;
  /** Activities (events, statements, slates, campaigns, candidates) per transaction. */
  activitiesPerTx?: number;
  /** Rows per transaction for row-wise steps (clear, backing, summary). */
  txRows?: number;
  log?: (message: string) => void;
}

/**
 * Runs one statement in an auto-commit transaction. `CALL { … } IN TRANSACTIONS` is only
 * allowed there (not inside executeQuery's or executeWrite's managed transactions), and each
 * inner transaction commits on its own.
 */
export async function runAutoCommit(db: Database, query: string, params: Params = {}): Promise<void> {
  const session = db.driver.session({ database: db.options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    db.queryCount += 1;
    await session.run(query, toCypherParams(params) as Params);
  } catch (err) {
    throw translateDriverError(err);
  } finally {
    await session.close();
  }
}

const COUNT_DERIVED = {
  CAMPAIGNED_WITH: 'MATCH ()-[r:CAMPAIGNED_WITH]->() RETURN count(r) AS n',
  STOOD_AGAINST: 'MATCH ()-[r:STOOD_AGAINST]->() RETURN count(r) AS n',
} as const;

async function countRelationships(db: Database, type: keyof typeof COUNT_DERIVED): Promise<number> {
  const [row] = await db.read(COUNT_DERIVED[type], {}, 60_000);
  return Number(row?.n ?? 0);
}

/**
 * Recomputes CAMPAIGNED_WITH and STOOD_AGAINST like deriveCampaignedWith, but in many small
 * transactions: per activity for the pairwise expansion, per row batch for the rest. The result
 * is the same graph (pairs, activity lists in the same order, summaries); a kill part-way
 * leaves a partial derivation that the next run clears and recomputes.
 */
export async function deriveCampaignedWithBatched(db: Database, o: BatchedDeriveOptions = {}): Promise<DeriveStats> {
  const log = o.log ?? (() => {});
  const params = {
    platformRoles: PLATFORM_ROLES,
    campaignKinds: CAMPAIGN_KINDS,
    maxPairwise: o.maxPairwise ?? MAX_PAIRWISE,
    activitiesPerTx: o.activitiesPerTx ?? 50,
    txRows: o.txRows ?? 10_000,
  };
  const t0 = Date.now();
  const steps: DeriveStepStats[] = [];
  for (const file of BATCHED_DERIVE_FILES) {
    const s0 = Date.now();
    await runAutoCommit(db, cypherStatement(file), params);
    steps.push({ file, ms: Date.now() - s0 });
    log(`  derive ${file}: ${Date.now() - s0} ms`);
  }
  const ms = Date.now() - t0;
  return { ms, campaignedWith: await countRelationships(db, 'CAMPAIGNED_WITH'), stoodAgainst: await countRelationships(db, 'STOOD_AGAINST'), steps };
}
