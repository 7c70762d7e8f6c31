import type { Database, Row } from '../graph/database.js';
import { groupRows } from './groupRows.js';
import type { Page } from './models.js';
import { toPage } from './pageArgs.js';

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
 * Runs a children query for many parents at once and returns one page per key. The query gets
 * `$keys` ([{id, after}]) and `$limit` (page size + 1) and must return `key`, `sortKey` and
 * `totalCount` on each row, ordered by sortKey. Keys are grouped by page size, so a request
 * costs one round trip per distinct `first` (normally one), whatever the number of parents.
 */
export async function pagedChildren<T extends object>(db: Database, query: string, keys: readonly ChildPageKey[], params: Record<string, unknown> = {}): Promise<Array<Page<T & { sortKey: string }>>> {
  const byLimit = groupRows<ChildPageKey>(keys.map((k) => ({ ...k, key: String(k.limit) })) as unknown as Row[]);
  const results = new Map<string, Page<T & { sortKey: string }>>();
  for (const [limit, group] of byLimit) {
    const rows = await db.read(query, { ...params, keys: group.map((k) => ({ id: k.id, after: k.after })), limit: Number(limit) + 1 });
    const byParent = groupRows<T & { sortKey: string; totalCount: number }>(rows);
    for (const k of group) {
      const mine = byParent.get(k.id) ?? [];
      const afterRows = mine.filter((r) => k.after === null || r.sortKey > k.after);
      results.set(childPageCacheKey(k), toPage(afterRows, { limit: k.limit, after: k.after, ...(k.binding ? { binding: k.binding } : {}) }, mine[0]?.totalCount ?? 0));
    }
  }
  return keys.map((k) => results.get(childPageCacheKey(k)) ?? { rows: [], hasNextPage: false, totalCount: 0 });
}
