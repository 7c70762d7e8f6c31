import type { Database } from '../graph/database.js';
import type { EntityNode } from './models.js';
import { luceneQuery, matchedWords, searchWords } from './searchText.js';

export { luceneQuery } from './searchText.js';

/** The full-text index over every entity, and one per kind (cypher/schema/001-constraints.cypher). */
export const ALL_ENTITIES_INDEX = 'entity_names';
export const INDEX_BY_LABEL: Readonly<Record<string, string>> = {
  Person: 'person_names', Organisation: 'organisation_names', Event: 'event_names',
  Statement: 'statement_names', Election: 'election_names', Document: 'document_names',
};

/**
 * How many index hits one search reads from each index it asks: a constant, so a typed search
 * costs what an untyped one does at any scale (the kinds filter is the choice of index, never a
 * filter after it), and so the answer does not depend on `first` (always the first `first` of
 * the same ranked hits). MAX_PAGE_SIZE is 100; twice that leaves room for the re-ranking. A
 * page past it (skip + first > SEARCH_SCAN) reads skip + first hits, re-ranked among themselves.
 */
export const SEARCH_SCAN = 200;

const SEARCH = `
UNWIND $indexes AS index
CALL db.index.fulltext.queryNodes(index, $query, {limit: $scan}) YIELD node, score
RETURN node {.*, text: null, __labels: labels(node)} AS entity, score`;

export interface SearchHitRow { entity: EntityNode; score: number }

/**
 * Ranked full-text search over names and aliases. `labels` (allow-listed by the resolver)
 * picks the per-kind indexes; null searches every entity. Order: the hits that match the most
 * of the words first (a hit missing a word still ranks), then Lucene's score, then id; `skip`
 * hits are passed over.
 */
export async function searchEntities(db: Database, text: string, labels: string[] | null, first: number, skip = 0): Promise<SearchHitRow[]> {
  const query = luceneQuery(text);
  if (!query) return [];
  const indexes = labels ? [...new Set(labels.map((l) => INDEX_BY_LABEL[l]).filter((i): i is string => i !== undefined))] : [ALL_ENTITIES_INDEX];
  if (indexes.length === 0) return [];
  const rows = (await db.read(SEARCH, { indexes, query, scan: Math.max(SEARCH_SCAN, skip + first) })) as unknown as SearchHitRow[];
  const { words } = searchWords(text);
  return rows
    .map((r) => ({ ...r, matched: matchedWords(words, [r.entity.name, ...(r.entity.aliases ?? [])]) }))
    .sort((a, b) => b.matched - a.matched || b.score - a.score || (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0))
    .slice(skip, skip + first)
    .map(({ entity, score }) => ({ entity, score }));
}
