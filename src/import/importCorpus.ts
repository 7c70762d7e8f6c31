import { LINK_TYPES, type LinkType } from '../extraction/schema.js';
import type { LinkRow, ResolvedCorpus } from '../extraction/resolveCorpus.js';
import type { Database, Params, Row } from '../graph/database.js';
import { cypherStatement, cypherStatements } from './cypherScripts.js';
import { deriveCampaignedWith, documentActivities, type DeriveScope } from './deriveCampaignedWith.js';
import { networkAnalytics } from './networkAnalytics.js';
import { batches, docNodeId, documentParams, entityParams, linkParams, mentionParams } from './importRows.js';

export interface ImportOptions {
  batchSize?: number;
  log?: (message: string) => void;
  timeoutMs?: number;
  /** When the corpus is the whole of it: delete documents (and their facts) not in it. Atomic mode only. */
  retireMissingDocuments?: boolean;
  /**
   * true (the default): everything in one transaction, so a failure leaves the graph as it was.
   * false: each batch commits on its own (importCorpusBatched), for corpora too large for one
   * transaction; a re-run completes a load that was killed part-way.
   */
  atomic?: boolean;
  /**
   * Atomic mode: derive CAMPAIGNED_WITH and STOOD_AGAINST over the whole graph at the end (the
   * default). false leaves the derivation to the caller, e.g. a scoped deriveCampaignedWith.
   */
  derive?: boolean;
  /**
   * Atomic mode: re-derive only the activities the loaded documents touch (before and after the
   * load) instead of the whole graph. For loading a selection into an already derived graph.
   */
  scopedDerivation?: boolean;
}

export class ImportRefusedError extends Error {}

const LINK_QUERY = cypherStatement('load/040-links.cypher');

/** Given a type from LINK_TYPES (checked here), returns the link MERGE for that type. */
export function linkQuery(type: string): string {
  if (!(LINK_TYPES as readonly string[]).includes(type)) throw new Error(`unknown link type ${JSON.stringify(type)}`);
  return LINK_QUERY.replace('__LINK_TYPE__', type);
}

type Run = (query: string, params?: Params) => Promise<Row[]>;

/** Given resolved links, returns them grouped by type, in first-seen type order. */
export function linksByType(links: readonly LinkRow[]): Map<LinkType, LinkRow[]> {
  const byType = new Map<LinkType, LinkRow[]>();
  for (const l of links) {
    const list = byType.get(l.type);
    if (list) list.push(l);
    else byType.set(l.type, [l]);
  }
  return byType;
}

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
  if (o.atomic === false) {
    const { importCorpusBatched } = await import('./importBatched.js');
    await importCorpusBatched(db, corpus, { ...(o.batchSize ? { batchSize: o.batchSize } : {}), ...(o.log ? { log: o.log } : {}), ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}) });
    return;
  }
  const size = o.batchSize ?? 500;
  const log = o.log ?? (() => {});
  // Grouped once (not per document or per row): both loops below were quadratic in the corpus size.
  const byType = new Map([...linksByType(corpus.links)].map(([type, rows]) => [type, rows.map(linkParams)] as const));
  const keysByDoc = new Map<string, string[]>();
  for (const l of corpus.links) {
    const doc = docNodeId(l.doc);
    const keys = keysByDoc.get(doc);
    if (keys) keys.push(l.key);
    else keysByDoc.set(doc, [l.key]);
  }
  const entityIdsByDoc = new Map<string, string[]>();
  for (const e of corpus.entities) {
    for (const doc of new Set(e.mentions.map((m) => docNodeId(m.doc)))) {
      const ids = entityIdsByDoc.get(doc);
      if (ids) ids.push(e.id);
      else entityIdsByDoc.set(doc, [e.id]);
    }
  }
  const [pruneLinks, pruneMentions, pruneOrphans] = cypherStatements('load/050-prune.cypher');
  const retire = o.retireMissingDocuments ? cypherStatements('load/060-retire-documents.cypher') : [];
  // A selection of documents (not the whole corpus) re-derives only the activities its documents
  // touched before the load and touch after it: the same graph as a full derivation
  // (tests/integration/scopedDerivation.int.test.ts), at the cost of the touched pairs only.
  const scoped = o.scopedDerivation === true && !o.retireMissingDocuments;
  const touched = async (run: Run, scope: Set<string>): Promise<void> => {
    for (const d of corpus.documents) for (const id of (await documentActivities(run, docNodeId(d.id))).activityIds) scope.add(id);
  };
  await db.transaction(async (run) => {
    const scope = new Set<string>();
    if (scoped && o.derive !== false) await touched(run, scope);
    log(`loading ${corpus.documents.length} documents, ${corpus.entities.length} entities, ${corpus.links.length} links`);
    await loadBatches(run, cypherStatement('load/010-documents.cypher'), corpus.documents.map(documentParams), size, 'documents', log);
    await loadBatches(run, cypherStatement('load/020-entities.cypher'), corpus.entities.map(entityParams), size, 'entities', log);
    await loadBatches(run, cypherStatement('load/030-mentions.cypher'), mentionParams(corpus.entities), size, 'mentions', log);
    for (const [type, rows] of byType) await loadBatches(run, linkQuery(type), rows, size, type, log);
    for (const d of corpus.documents) {
      const doc = docNodeId(d.id);
      await run(pruneLinks!, { doc, keys: keysByDoc.get(doc) ?? [] });
      await run(pruneMentions!, { doc, entityIds: entityIdsByDoc.get(doc) ?? [] });
    }
    const docIds = corpus.documents.map((d) => docNodeId(d.id));
    for (const statement of retire) await run(statement, { docIds });
    await run(pruneOrphans!);
    if (o.derive === false) return;
    if (scoped) {
      await touched(run, scope);
      log(`deriving who campaigned with whom (${scope.size} touched activities)`);
      const byScope: DeriveScope = { activityIds: [...scope] };
      await deriveCampaignedWith(run, byScope);
    } else {
      log('deriving who campaigned with whom');
      await deriveCampaignedWith(run);
    }
    // A step of its own (not part of the derivation): communities and centralities of the result.
    await networkAnalytics(run, log);
  }, o.timeoutMs ?? 600_000);
}
