import type { Database } from '../graph/database.js';
import type { EntityNode, Page, RelProps } from './models.js';
import { pagedChildren, type ChildPageKey } from './pagedChildren.js';
import { topLevelPage, type PageArgs } from './pageArgs.js';

export interface SupportRow { key: string; rel: RelProps; from: EntityNode; to: EntityNode; sortKey: string }

// Links whose evidence comes from the document, in the order their first quote appears.
const SUPPORTS = `
UNWIND $keys AS k
MATCH (d:Document {id: k.id})
CALL (k) {
  MATCH (a:Entity)-[rel]->(b:Entity)
  WHERE rel.doc = k.id AND rel.key IS NOT NULL
  WITH rel, a, b, right('0000000000' + toString(coalesce(rel.starts[0], 0)), 10) + '|' + rel.key AS sortKey
  WHERE k.after IS NULL OR sortKey > k.after
  RETURN rel, a, b, sortKey ORDER BY sortKey LIMIT $limit
}
RETURN k.id AS key, rel, a {.*, text: null, __labels: labels(a)} AS from, b {.*, text: null, __labels: labels(b)} AS to, sortKey,
       COUNT { (:Entity)-[r]->(:Entity) WHERE r.doc = k.id AND r.key IS NOT NULL } AS totalCount`;

/** Given documents and page requests, returns the links each supports. */
export const supportsOf = (db: Database, keys: readonly ChildPageKey[]): Promise<Array<Page<SupportRow>>> =>
  pagedChildren<SupportRow>(db, SUPPORTS, keys);

/** All documents, oldest first, without their text. */
export async function allDocuments(db: Database): Promise<EntityNode[]> {
  const rows = await db.read('MATCH (d:Document) RETURN d {.*, text: null, __labels: labels(d)} AS d ORDER BY d.published, d.id');
  return rows.map((r) => r.d as EntityNode);
}

// The space sorts below '-', so a partial date sorts before the days within it ('2022-05' before
// '2022-05-13'), as ORDER BY published does; document ids hold no spaces.
const DOCUMENTS = `
RETURN COUNT { MATCH (d:Document) } AS totalCount,
  COLLECT {
    MATCH (d:Document)
    WITH d, coalesce(d.published, '') + ' ' + d.id AS sortKey
    WHERE $after IS NULL OR sortKey > $after
    ORDER BY sortKey LIMIT $limit
    RETURN {node: d {.*, text: null, __labels: labels(d)}, sortKey: sortKey}
  } AS rows`;

/** One page of documents, oldest published first, without their text. */
export async function documentsPage(db: Database, page: PageArgs): Promise<Page<{ node: EntityNode; sortKey: string }>> {
  return topLevelPage(await db.read(DOCUMENTS, { after: page.after, limit: page.limit + 1 }), page);
}
