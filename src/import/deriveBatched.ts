import type { Database, Params } from '../graph/database.js';
import { cypherStatement } from './cypherScripts.js';
import { DERIVE_STEPS, deriveParams } from './deriveCampaignedWith.js';

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
 * How long one derivation statement may run (Neo4j's transaction timeout, plus the client-side
 * margin): long enough for the pairwise expansion of a large generated corpus, bounded so a
 * frozen database cannot hold an import for ever.
 */
export const DERIVE_STATEMENT_TIMEOUT_MS = 3_600_000;

/**
 * Runs one statement in an auto-commit transaction through the Database boundary (under the
 * client-side deadline, on the shared bookmark manager). `CALL { … } IN TRANSACTIONS` is only
 * allowed there (not inside managed transactions), and each inner transaction commits on its own.
 */
export function runAutoCommit(db: Database, query: string, params: Params = {}, timeoutMs = DERIVE_STATEMENT_TIMEOUT_MS): Promise<void> {
  return db.autoCommit(query, params, { mode: 'WRITE', timeoutMs });
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
 * The full derivation of deriveCampaignedWith (the same files, so the same graph), but in many
 * small transactions: each step's per-row CALL gets IN TRANSACTIONS, committing every
 * $activitiesPerTx activities for the pairwise expansions and every $txRows rows for the rest.
 * A kill part-way leaves a partial derivation that the next run clears and recomputes.
 */
export async function deriveCampaignedWithBatched(db: Database, o: BatchedDeriveOptions = {}): Promise<DeriveStats> {
  const log = o.log ?? (() => {});
  const params = { ...deriveParams(o.maxPairwise), activitiesPerTx: o.activitiesPerTx ?? 50, txRows: o.txRows ?? 10_000 };
  const t0 = Date.now();
  const steps: DeriveStepStats[] = [];
  for (const { file, full, per } of DERIVE_STEPS) {
    if (!full) continue;
    const s0 = Date.now();
    await runAutoCommit(db, `${cypherStatement(file)} IN TRANSACTIONS OF $${per} ROWS`, params);
    steps.push({ file, ms: Date.now() - s0 });
    log(`  derive ${file}: ${Date.now() - s0} ms`);
  }
  const ms = Date.now() - t0;
  return { ms, campaignedWith: await countRelationships(db, 'CAMPAIGNED_WITH'), stoodAgainst: await countRelationships(db, 'STOOD_AGAINST'), steps };
}
