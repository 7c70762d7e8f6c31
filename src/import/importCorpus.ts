import { LINK_TYPES, type LinkType } from '../extraction/schema.js';
import type { ResolvedCorpus } from '../extraction/resolveCorpus.js';
import type { Database, Params, Row } from '../graph/database.js';
import { cypherStatement, cypherStatements } from './cypherScripts.js';
import { deriveCampaignedWith } from './deriveCampaignedWith.js';
import { batches, docNodeId, documentParams, entityParams, linkParams, mentionParams } from './importRows.js';

export interface ImportOptions {
  batchSize?: number;
  log?: (message: string) => void;
  timeoutMs?: number;
}

export class ImportRefusedError extends Error {}

const LINK_QUERY = cypherStatement('load/040-links.cypher');

/** Given a type from LINK_TYPES (checked here), returns the link MERGE for that type. */
export function linkQuery(type: string): string {
  if (!(LINK_TYPES as readonly string[]).includes(type)) throw new Error(`unknown link type ${JSON.stringify(type)}`);
  return LINK_QUERY.replace('__LINK_TYPE__', type);
}

type Run = (query: string, params?: Params) => Promise<Row[]>;

async function loadBatches<T>(run: Run, query: string, rows: readonly T[], size: number, label: string, log: (m: string) => void): Promise<void> {
  let done = 0;
  for (const batch of batches(rows, size)) {
    await run(query, { rows: batch });
    done += batch.length;
    if (rows.length > size) log(`  ${label}: ${done}/${rows.length}`);
  }
}

/**
 * Loads a validated corpus: documents, entities, mentions and links with UNWIND/MERGE batches,
 * prunes what the selected documents no longer say, then re-derives CAMPAIGNED_WITH and
 * STOOD_AGAINST, all in one transaction, so a failure or a kill leaves the graph as it was.
 * Refuses (loading nothing) when the corpus has validation issues.
 */
export async function importCorpus(db: Database, corpus: ResolvedCorpus, o: ImportOptions = {}): Promise<void> {
  if (corpus.issues.length > 0) throw new ImportRefusedError(`${corpus.issues.length} validation issue(s); nothing was imported`);
  const size = o.batchSize ?? 500;
  const log = o.log ?? (() => {});
  const byType = new Map<LinkType, ReturnType<typeof linkParams>[]>();
  for (const l of corpus.links) byType.set(l.type, [...(byType.get(l.type) ?? []), linkParams(l)]);
  const [pruneLinks, pruneMentions, pruneOrphans] = cypherStatements('load/050-prune.cypher');
  await db.transaction(async (run) => {
    log(`loading ${corpus.documents.length} documents, ${corpus.entities.length} entities, ${corpus.links.length} links`);
    await loadBatches(run, cypherStatement('load/010-documents.cypher'), corpus.documents.map(documentParams), size, 'documents', log);
    await loadBatches(run, cypherStatement('load/020-entities.cypher'), corpus.entities.map(entityParams), size, 'entities', log);
    await loadBatches(run, cypherStatement('load/030-mentions.cypher'), mentionParams(corpus.entities), size, 'mentions', log);
    for (const [type, rows] of byType) await loadBatches(run, linkQuery(type), rows, size, type, log);
    for (const d of corpus.documents) {
      const doc = docNodeId(d.id);
      await run(pruneLinks!, { doc, keys: corpus.links.filter((l) => docNodeId(l.doc) === doc).map((l) => l.key) });
      await run(pruneMentions!, { doc, entityIds: corpus.entities.filter((e) => e.mentions.some((m) => docNodeId(m.doc) === doc)).map((e) => e.id) });
    }
    await run(pruneOrphans!);
    log('deriving who campaigned with whom');
    await deriveCampaignedWith(run);
  }, o.timeoutMs ?? 600_000);
}
