import type { Database } from '../graph/database.js';
import { groupRows } from './groupRows.js';
import type { EntityNode, Page, RelProps } from './models.js';
import { pagedChildren, type ChildPageKey } from './pagedChildren.js';
import { datedPage } from './datedPage.js';
import type { DateWindow } from './dateWindow.js';
import type { PageArgs } from './pageArgs.js';

export interface SignatoryRow { key: string; rel: RelProps; other: EntityNode; sortKey: string }

// In printed order; unordered signatories after, by name.
const SIGNATORIES = `
UNWIND $keys AS k
MATCH (s:Statement {id: k.id})
CALL (s, k) {
  MATCH (s)<-[rel:SIGNED]-(other:Entity)
  WITH rel, other, right('000000' + toString(coalesce(rel.order, 999999)), 6) + '|' + toLower(other.name) + '|' + rel.key AS sortKey
  WHERE k.after IS NULL OR sortKey > k.after
  RETURN rel, other, sortKey ORDER BY sortKey LIMIT $limit
}
RETURN k.id AS key, rel, other {.*, text: null, __labels: labels(other)} AS other, sortKey,
       COUNT { (s)<-[:SIGNED]-() } AS totalCount`;

export const signatoriesOf = (db: Database, keys: readonly ChildPageKey[]): Promise<Array<Page<SignatoryRow>>> =>
  pagedChildren<SignatoryRow>(db, SIGNATORIES, keys);

const ENDS = `
UNWIND $ids AS key
MATCH (s:Statement {id: key})<-[rel]-(other:Entity)
WHERE type(rel) = $type
RETURN key, rel, other {.*, text: null, __labels: labels(other)} AS other
ORDER BY key, coalesce(rel.order, 0), other.name`;

/** Given statements, returns who issued (ISSUED) or wrote (AUTHORED) each. */
export async function statementLinksOf(db: Database, ids: readonly string[], type: 'ISSUED' | 'AUTHORED'): Promise<Map<string, Array<{ rel: RelProps; other: EntityNode }>>> {
  return groupRows(await db.read(ENDS, { ids: [...new Set(ids)], type }));
}

/** Statements in a date window, newest first. */
export const statementsPage = (db: Database, window: DateWindow, page: PageArgs) => datedPage(db, 'Statement', window, page);
