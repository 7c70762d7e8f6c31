import type { Database } from '../graph/database.js';
import { relWithDocument } from './evidenceDocument.js';
import type { EntityNode, Page, RelProps } from './models.js';
import { pagedSection, type ChildPageKey } from './pagedChildren.js';
import type { Section } from './sections.js';

export interface ActivityRow { key: string; rel: RelProps; other: EntityNode; sortKey: string }

// A person's events and statements, newest first: the sort key inverts the date's digits so
// that ascending keyset order is newest first. The count is of typed relationships with no
// label on the far end, so Neo4j answers it from the node's degree, without reading them.
export const ACTIVITIES: Section = { name: 'person.activities', cypher: `
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
RETURN {key: k.id, rel: ${relWithDocument('rel')}, other: other {.*, text: null, __labels: labels(other)}, sortKey: sortKey,
        totalCount: COUNT { (p)-[:PARTICIPATED_IN|SIGNED|AUTHORED|ISSUED]->() }} AS row
ORDER BY k.id, sortKey` };

/** Given people and page requests, returns their events and statements with their roles. */
export const activitiesOf = (db: Database, keys: readonly ChildPageKey[]): Promise<Array<Page<ActivityRow>>> =>
  pagedSection<ActivityRow>(db, ACTIVITIES, keys);
