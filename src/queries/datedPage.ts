import type { Database } from '../graph/database.js';
import type { DateWindow } from './dateWindow.js';
import type { EntityNode, Page } from './models.js';
import { topLevelPage, type PageArgs } from './pageArgs.js';

/**
 * The keyset sort key of a dated node, newest first when sorted descending: dated nodes by
 * their interval (dateFrom, then dateTo: "2021-05" after "2021", since May may be later than
 * January; "2021" after "2021-01"), then id; undated nodes after every dated one. `n` is the
 * node variable. Native dates print as fixed-width YYYY-MM-DD, so the strings sort as the dates.
 */
export const NEWEST_FIRST_KEY = (n: string): string =>
  `CASE WHEN ${n}.dateFrom IS NULL THEN '0|' + ${n}.id ELSE '1|' + toString(${n}.dateFrom) + '|' + toString(${n}.dateTo) + '|' + ${n}.id END`;

/** The window rule (docs/graph-model.md#dates) for a node's date: its interval overlaps [$from, $to]. */
export const IN_WINDOW = (n: string): string => `($from IS NULL OR ${n}.dateTo >= date($from)) AND ($to IS NULL OR ${n}.dateFrom <= date($to))`;

// __LABEL__ is replaced with a label from DATED_LABELS (an allow-list); the rest are parameters.
const DATED = `
RETURN COUNT { MATCH (n:__LABEL__) WHERE ${IN_WINDOW('n')} } AS totalCount,
  COLLECT {
    MATCH (n:__LABEL__)
    WHERE ${IN_WINDOW('n')}
    WITH n, ${NEWEST_FIRST_KEY('n')} AS sortKey
    WHERE $after IS NULL OR sortKey < $after
    ORDER BY sortKey DESC LIMIT $limit
    RETURN {node: n {.*, __labels: labels(n)}, sortKey: sortKey}
  } AS rows`;

const DATED_LABELS = ['Event', 'Statement'] as const;
const QUERIES = new Map(DATED_LABELS.map((label) => [label, DATED.replaceAll('__LABEL__', label)]));

/** Given a dated kind (events or statements) and a window, returns one page of them, newest first, undated last. */
export async function datedPage(db: Database, label: (typeof DATED_LABELS)[number], window: DateWindow, page: PageArgs): Promise<Page<{ node: EntityNode; sortKey: string }>> {
  return topLevelPage(await db.read(QUERIES.get(label)!, { from: window.from, to: window.to, after: page.after, limit: page.limit + 1 }), page);
}
