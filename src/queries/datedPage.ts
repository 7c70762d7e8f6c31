import type { Database } from '../graph/database.js';
import type { EntityNode, Page } from './models.js';
import { topLevelPage, type PageArgs } from './pageArgs.js';

// __LABEL__ is replaced with a label from DATED_LABELS (an allow-list); the rest are parameters.
const DATED = `
RETURN COUNT { MATCH (n:__LABEL__) WHERE ($from IS NULL OR n.date >= $from) AND ($to IS NULL OR n.date <= $to) } AS totalCount,
  COLLECT {
    MATCH (n:__LABEL__)
    WHERE ($from IS NULL OR n.date >= $from) AND ($to IS NULL OR n.date <= $to)
    WITH n, coalesce(n.date, '') + '|' + n.id AS sortKey
    WHERE $after IS NULL OR sortKey < $after
    ORDER BY sortKey DESC LIMIT $limit
    RETURN {node: n {.*, __labels: labels(n)}, sortKey: sortKey}
  } AS rows`;

const DATED_LABELS = ['Event', 'Statement'] as const;
const QUERIES = new Map(DATED_LABELS.map((label) => [label, DATED.replaceAll('__LABEL__', label)]));

/** Given a dated kind (events or statements) and a window, returns one page of them, newest first. */
export async function datedPage(db: Database, label: (typeof DATED_LABELS)[number], from: string | null, to: string | null, page: PageArgs): Promise<Page<{ node: EntityNode; sortKey: string }>> {
  return topLevelPage(await db.read(QUERIES.get(label)!, { from, to, after: page.after, limit: page.limit + 1 }), page);
}
