import type { Database } from '../graph/database.js';
import type { EntityNode, Page, RelProps } from './models.js';
import { pagedChildren, type ChildPageKey } from './pagedChildren.js';

export interface ActivityRow { key: string; rel: RelProps; other: EntityNode; sortKey: string }

// A person's events and statements, newest first: the sort key inverts the date's digits so
// that ascending keyset order is newest first.
const ACTIVITIES = `
UNWIND $keys AS k
MATCH (p:Person {id: k.id})
CALL (p, k) {
  MATCH (p)-[rel:PARTICIPATED_IN|SIGNED|AUTHORED|ISSUED]->(other:Entity)
  WITH rel, other, coalesce(other.date, '') AS date
  WITH rel, other,
       reduce(s = '', c IN split(left(date + '0000-00-00', 10), '') | s + CASE WHEN c = '-' THEN '-' ELSE toString(9 - toInteger(c)) END)
         + '|' + other.id + '|' + rel.key AS sortKey
  WHERE k.after IS NULL OR sortKey > k.after
  RETURN rel, other, sortKey ORDER BY sortKey LIMIT $limit
}
RETURN k.id AS key, rel, other {.*, text: null, __labels: labels(other)} AS other, sortKey,
       COUNT { (p)-[:PARTICIPATED_IN|SIGNED|AUTHORED|ISSUED]->() } AS totalCount`;

/** Given people and page requests, returns their events and statements with their roles. */
export const activitiesOf = (db: Database, keys: readonly ChildPageKey[]): Promise<Array<Page<ActivityRow>>> =>
  pagedChildren<ActivityRow>(db, ACTIVITIES, keys);
