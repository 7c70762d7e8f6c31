import type { Database } from '../graph/database.js';
import type { EntityNode } from './models.js';

/**
 * Given free text, returns a Lucene query built only from its letters and digits: each word
 * matches exactly (boosted), as a prefix, or within edit distance 1 (2 for long words). No
 * character of the input can act as Lucene syntax, because only [\p{L}\p{N}] survive.
 */
export function luceneQuery(text: string): string | null {
  const words = (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
  if (words.length === 0) return null;
  return words
    .map((w) => {
      const fuzzy = w.length >= 8 ? '~2' : w.length >= 4 ? '~1' : '';
      return `(${w}^4 OR ${w}*^2${fuzzy ? ` OR ${w}${fuzzy}` : ''})`;
    })
    .join(' AND ');
}

const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $scan}) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node {.*, text: null, __labels: labels(node)} AS entity, score
ORDER BY score DESC, entity.id
SKIP $skip LIMIT $first`;

/**
 * How many index hits a kinds-filtered search reads. The label filter runs after the index,
 * so reading only a few times `first` hits lost every match of the asked kinds ranked below
 * that many hits of other kinds: the answer depended on `first`. The corpus holds hundreds of
 * entities, so this reads every hit.
 */
const FILTERED_SCAN = 10_000;

/** Ranked full-text search over names and aliases; `labels` is an allow-listed label filter; `skip` hits are passed over. */
export async function searchEntities(db: Database, text: string, labels: string[] | null, first: number, skip = 0): Promise<Array<{ entity: EntityNode; score: number }>> {
  const query = luceneQuery(text);
  if (!query) return [];
  const scan = labels ? FILTERED_SCAN : Math.max((skip + first) * 5, 50);
  const rows = await db.read(SEARCH, { query, labels, first, scan, skip });
  return rows as Array<{ entity: EntityNode; score: number }>;
}
