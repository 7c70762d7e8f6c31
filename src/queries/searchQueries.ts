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
 * the same ranked hits). A page past it (skip + first > SEARCH_SCAN) reads skip + first hits,
 * re-ranked among themselves.
 */
export const SEARCH_SCAN = 100;

// Ranking needs only each hit's names; the page's entities are read in full afterwards, so a
// search reads a few properties of SEARCH_SCAN hits and every property of `first` of them only.
const SEARCH = `
UNWIND $indexes AS index
CALL db.index.fulltext.queryNodes(index, $query, {limit: $scan}) YIELD node, score
RETURN node.id AS id, node.name AS name, node.aliases AS aliases, score`;

const ENTITIES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*, text: null, __labels: labels(n)} AS entity`;

export interface SearchHitRow { entity: EntityNode; score: number }

/**
 * Ranked full-text search over names and aliases. `labels` (allow-listed by the resolver)
 * picks the per-kind indexes; null searches every entity. Order: the hits that match the most
 * of the words first (a hit missing a word still ranks), then Lucene's score, then id; `skip`
 * hits are passed over. Two round trips: rank, then read the page's entities.
 */
export async function searchEntities(db: Database, text: string, labels: string[] | null, first: number, skip = 0): Promise<SearchHitRow[]> {
  const query = luceneQuery(text);
  if (!query) return [];
  const indexes = labels ? [...new Set(labels.map((l) => INDEX_BY_LABEL[l]).filter((i): i is string => i !== undefined))] : [ALL_ENTITIES_INDEX];
  if (indexes.length === 0) return [];
  const hits = await db.read(SEARCH, { indexes, query, scan: Math.max(SEARCH_SCAN, skip + first) });
  const { words } = searchWords(text);
  const page = hits
    .map((h) => ({ id: String(h.id), score: Number(h.score), matched: matchedWords(words, [String(h.name), ...((h.aliases as string[] | null) ?? [])]) }))
    .sort((a, b) => b.matched - a.matched || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(skip, skip + first);
  if (page.length === 0) return [];
  const byId = new Map((await db.read(ENTITIES, { ids: page.map((h) => h.id) })).map((r) => [(r.entity as EntityNode).id, r.entity as EntityNode]));
  return page.flatMap((h) => {
    const entity = byId.get(h.id);
    return entity ? [{ entity, score: h.score }] : [];
  });
}
