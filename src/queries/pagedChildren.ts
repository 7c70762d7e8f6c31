import type { Database, Row } from '../graph/database.js';
import type { Page } from './models.js';
import { toPage } from './pageArgs.js';
import { readSections, type Section, type SectionRequest } from './sections.js';

/** One parent's page request: which entity, how many rows, after which sort key. */
export interface ChildPageKey {
  id: string;
  limit: number;
  after: string | null;
  /** The list's cursor binding (pageArgs), carried into the cursors of the page. */
  binding?: string;
}

export const childPageCacheKey = (k: ChildPageKey): string => `${k.id}\u0000${k.limit}\u0000${k.after ?? ''}\u0000${k.binding ?? ''}`;

/**
 * A paged section reads `$keys` ([{id, after}]) and `$limit` (page size + 1) and returns, per
 * row, `key` (the parent's id), `sortKey` and `totalCount`, ordered by sortKey. Given a
 * section and one parent's page request, returns the request for sections.ts.
 */
export const childPageRequest = (section: Section, k: ChildPageKey): SectionRequest => ({ section, key: k.id, input: { id: k.id, after: k.after }, limit: k.limit + 1 });

/**
 * Given the rows read for a parent (every request for it with the same page size shares them)
 * and its page request, returns its page: the rows after its cursor, at most its page size.
 */
export function childPage<T extends object>(rows: readonly Row[], k: ChildPageKey): Page<T & { sortKey: string }> {
  const mine = rows as unknown as Array<T & { sortKey: string; totalCount: number }>;
  const afterRows = mine.filter((r) => k.after === null || r.sortKey > k.after);
  return toPage(afterRows, { limit: k.limit, after: k.after, ...(k.binding ? { binding: k.binding } : {}) }, mine[0]?.totalCount ?? 0);
}

/** Reads a paged section for many parents at once (one round trip) and returns one page per key. */
export async function pagedSection<T extends object>(db: Database, section: Section, keys: readonly ChildPageKey[]): Promise<Array<Page<T & { sortKey: string }>>> {
  const rows = await readSections(db, keys.map((k) => childPageRequest(section, k)));
  return keys.map((k, i) => childPage<T>(rows[i]!, k));
}
