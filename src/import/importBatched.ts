import type { ResolvedCorpus } from '../extraction/resolveCorpus.js';
import { LINK_TYPES } from '../extraction/vocabulary.js';
import type { Database, Params } from '../graph/database.js';
import { cypherStatement } from './cypherScripts.js';
import { networkAnalytics } from './networkAnalytics.js';
import { deriveCampaignedWithBatched, runAutoCommit, type BatchedDeriveOptions, type DeriveStats } from './deriveBatched.js';
import { batches, docNodeId, documentParams, entityParams, linkParams, mentionParams } from './importRows.js';
import { linksByType, linkQuery } from './importCorpus.js';

export interface PhaseStats {
  /** Rows written: nodes for 'entities', relationships for 'links', deletions for 'prune'. */
  rows: number;
  ms: number;
  transactions: number;
}

export interface BatchedImportStats {
  entities: PhaseStats;
  links: PhaseStats;
  prune: PhaseStats;
  derive: DeriveStats | null;
}

export interface BatchedImportOptions {
  /** Rows per transaction (default 2,000). */
  batchSize?: number;
  log?: (message: string) => void;
  /** Transaction timeout of one batch (default 120 s). */
  timeoutMs?: number;
  /**
   * Delete what the corpus's documents no longer say (default true). A load into an empty
   * database has nothing to prune; loading a corpus in several parts must prune only once,
   * after the last part, with every part's documents (or not at all).
   */
  prune?: boolean;
  /** Re-derive CAMPAIGNED_WITH and STOOD_AGAINST at the end (default true). */
  derive?: boolean;
  deriveOptions?: BatchedDeriveOptions;
}

const emptyPhase = (): PhaseStats => ({ rows: 0, ms: 0, transactions: 0 });

async function writeBatches(db: Database, query: string, rows: readonly unknown[], size: number, timeoutMs: number, stats: PhaseStats): Promise<void> {
  for (const batch of batches(rows, size)) {
    const t0 = Date.now();
    await db.write(query, { rows: batch }, timeoutMs);
    stats.ms += Date.now() - t0;
    stats.rows += batch.length;
    stats.transactions += 1;
  }
}

/**
 * Streams the rows of a read query to `onRow` without holding them all (for pruning scans), in
 * an auto-commit read through the Database boundary: under the client-side deadline and on the
 * shared bookmark manager, so on a cluster the scan sees the batches just written.
 */
function streamRows(db: Database, query: string, params: Params, timeoutMs: number, onRow: (row: Record<string, unknown>) => void): Promise<void> {
  return db.autoCommit(query, params, { mode: 'READ', timeoutMs, onRow });
}

/**
 * Deletes the links and mentions of the corpus's documents that the corpus no longer holds, then
 * entities no document mentions. Unlike the atomic prune (one relationship scan per document),
 * this scans once and compares keys here, then deletes in batches.
 */
async function pruneBatched(db: Database, corpus: ResolvedCorpus, size: number, timeoutMs: number, stats: PhaseStats): Promise<void> {
  const t0 = Date.now();
  const docs = corpus.documents.map((d) => docNodeId(d.id));
  const keys = new Set(corpus.links.map((l) => l.key));
  const staleLinks: string[] = [];
  // One typed branch per link type, each an index seek on `doc` (never a scan of every relationship).
  const linksOfDocs = `CALL () {\n${LINK_TYPES.map((t) => `MATCH ()-[r:${t}]->() WHERE r.doc IN $docs RETURN r`).join('\nUNION ALL\n')}\n}\nWITH r WHERE r.key IS NOT NULL RETURN elementId(r) AS id, r.key AS key`;
  await streamRows(db, linksOfDocs, { docs }, timeoutMs, (row) => {
    if (!keys.has(row.key as string)) staleLinks.push(row.id as string);
  });
  const mentioned = new Set(corpus.entities.flatMap((e) => e.mentions.map((m) => `${docNodeId(m.doc)}\u0000${e.id}`)));
  const staleMentions: string[] = [];
  await streamRows(db, 'MATCH (d:Document)-[m:MENTIONS]->(n:Entity) WHERE d.id IN $docs RETURN elementId(m) AS id, d.id AS doc, n.id AS entity', { docs }, timeoutMs, (row) => {
    if (!mentioned.has(`${String(row.doc)}\u0000${String(row.entity)}`)) staleMentions.push(row.id as string);
  });
  const stale = [...staleLinks, ...staleMentions];
  for (const batch of batches(stale, size)) {
    await db.write('UNWIND $ids AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r', { ids: batch }, timeoutMs);
    stats.transactions += 1;
  }
  await runAutoCommit(db, `MATCH (n:Entity)
WHERE NOT n:Document AND NOT EXISTS { (:Document)-[:MENTIONS]->(n) }
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS`, {}, timeoutMs);
  stats.rows += stale.length;
  stats.ms += Date.now() - t0;
}

/**
 * Loads a validated corpus like importCorpus, but each batch of rows commits in its own
 * transaction, so the load needs no transaction as large as the corpus. A failure or a kill
 * leaves the batches committed so far; since every write is an idempotent MERGE keyed by id (or
 * link key), running the import again completes it. Returns rows and time per phase.
 */
export async function importCorpusBatched(db: Database, corpus: ResolvedCorpus, o: BatchedImportOptions = {}): Promise<BatchedImportStats> {
  const size = o.batchSize ?? 2000;
  const timeoutMs = o.timeoutMs ?? 120_000;
  const log = o.log ?? (() => {});
  const stats: BatchedImportStats = { entities: emptyPhase(), links: emptyPhase(), prune: emptyPhase(), derive: null };
  log(`loading ${corpus.documents.length} documents, ${corpus.entities.length} entities, ${corpus.links.length} links in batches of ${size}`);
  await writeBatches(db, cypherStatement('load/010-documents.cypher'), corpus.documents.map(documentParams), size, timeoutMs, stats.entities);
  await writeBatches(db, cypherStatement('load/020-entities.cypher'), corpus.entities.map(entityParams), size, timeoutMs, stats.entities);
  await writeBatches(db, cypherStatement('load/030-mentions.cypher'), mentionParams(corpus.entities), size, timeoutMs, stats.links);
  for (const [type, rows] of linksByType(corpus.links)) await writeBatches(db, linkQuery(type), rows.map(linkParams), size, timeoutMs, stats.links);
  if (o.prune ?? true) await pruneBatched(db, corpus, size, timeoutMs, stats.prune);
  if (o.derive ?? true) {
    log('deriving who campaigned with whom (batched)');
    stats.derive = await deriveCampaignedWithBatched(db, { ...o.deriveOptions, log });
    await db.transaction((run) => networkAnalytics(run, log), timeoutMs);
  }
  return stats;
}
