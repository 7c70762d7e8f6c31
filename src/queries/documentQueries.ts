import type { Database } from '../graph/database.js';
import type { EntityNode, Page, RelProps } from './models.js';
import { LINK_TYPES } from '../extraction/vocabulary.js';
import { relWithDocument } from './evidenceDocument.js';
import { pagedSection, type ChildPageKey } from './pagedChildren.js';
import type { Section } from './sections.js';
import { topLevelPage, type PageArgs } from './pageArgs.js';

export interface SupportRow { key: string; rel: RelProps; from: EntityNode; to: EntityNode; sortKey: string }

// Links whose evidence comes from the document, in the order their first quote appears. Each
// evidenced link type has an index on `doc` (cypher/schema), and a seek needs the type: so one
// typed branch per type, read for the document only, never a scan of every relationship.
export const SUPPORTS: Section = { name: 'document.supports', cypher: `
UNWIND $keys AS k
MATCH (d:Document {id: k.id})
CALL (k) {
  CALL (k) {
${LINK_TYPES.map((t) => `    MATCH (a:Entity)-[rel:${t}]->(b:Entity) WHERE rel.doc = k.id AND rel.key IS NOT NULL RETURN rel, a, b`).join('\n    UNION ALL\n')}
  }
  WITH rel, a, b, right('0000000000' + toString(coalesce(rel.starts[0], 0)), 10) + '|' + rel.key AS sortKey
  ORDER BY sortKey
  WITH collect({rel: rel, a: a, b: b, sortKey: sortKey}) AS every
  UNWIND [x IN every WHERE k.after IS NULL OR x.sortKey > k.after][0..$limit] AS x
  RETURN x.rel AS rel, x.a AS a, x.b AS b, x.sortKey AS sortKey, size(every) AS totalCount
}
RETURN {key: k.id, rel: ${relWithDocument('rel')}, from: a {.*, text: null, __labels: labels(a)}, to: b {.*, text: null, __labels: labels(b)},
        sortKey: sortKey, totalCount: totalCount} AS row
ORDER BY k.id, sortKey` };

/** Given documents and page requests, returns the links each supports. */
export const supportsOf = (db: Database, keys: readonly ChildPageKey[]): Promise<Array<Page<SupportRow>>> =>
  pagedSection<SupportRow>(db, SUPPORTS, keys);

/** Given ids, returns the documents among them, keyed by id, without their text (one round trip). */
export async function documentsByIds(db: Database, ids: readonly string[]): Promise<Map<string, EntityNode>> {
  const rows = await db.read('UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d {.*, text: null, __labels: labels(d)} AS d', { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [(r.d as EntityNode).id, r.d as EntityNode]));
}

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
