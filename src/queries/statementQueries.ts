import type { Database } from '../graph/database.js';
import { relWithDocument } from './evidenceDocument.js';
import type { EntityNode, Page, RelProps } from './models.js';
import { pagedSection, type ChildPageKey } from './pagedChildren.js';
import { readSection, type Section } from './sections.js';
import { datedPage } from './datedPage.js';
import type { DateWindow } from './dateWindow.js';
import type { PageArgs } from './pageArgs.js';

export interface SignatoryRow { key: string; rel: RelProps; other: EntityNode; sortKey: string }

// In printed order; unordered signatories after, by name.
export const SIGNATORIES: Section = { name: 'statement.signatories', cypher: `
UNWIND $keys AS k
MATCH (s:Statement {id: k.id})
CALL (s, k) {
  MATCH (s)<-[rel:SIGNED]-(other:Entity)
  WITH rel, other, right('000000' + toString(coalesce(rel.order, 999999)), 6) + '|' + toLower(other.name) + '|' + rel.key AS sortKey
  WHERE k.after IS NULL OR sortKey > k.after
  RETURN rel, other, sortKey ORDER BY sortKey LIMIT $limit
}
RETURN {key: k.id, rel: ${relWithDocument('rel')}, other: other {.*, text: null, __labels: labels(other)}, sortKey: sortKey,
        totalCount: COUNT { (s)<-[:SIGNED]-() }} AS row
ORDER BY k.id, sortKey` };

export const signatoriesOf = (db: Database, keys: readonly ChildPageKey[]): Promise<Array<Page<SignatoryRow>>> =>
  pagedSection<SignatoryRow>(db, SIGNATORIES, keys);

// Who issued or wrote a statement: one section per type, the type written into the text.
const ends = (type: 'ISSUED' | 'AUTHORED'): Section => ({ name: `statement.${type}`, cypher: `
UNWIND $keys AS key
MATCH (s:Statement {id: key})<-[rel:${type}]-(other:Entity)
RETURN {key: key, rel: ${relWithDocument('rel')}, other: other {.*, text: null, __labels: labels(other)}} AS row
ORDER BY key, coalesce(rel.order, 0), other.name` });
export const STATEMENT_ENDS = { ISSUED: ends('ISSUED'), AUTHORED: ends('AUTHORED') } as const;

/** Given statements, returns who issued (ISSUED) or wrote (AUTHORED) each. */
export function statementLinksOf(db: Database, ids: readonly string[], type: 'ISSUED' | 'AUTHORED'): Promise<Map<string, Array<{ rel: RelProps; other: EntityNode }>>> {
  return readSection(db, STATEMENT_ENDS[type], [...new Set(ids)].map((id) => ({ key: id, input: id })));
}

/** Statements in a date window, newest first. */
export const statementsPage = (db: Database, window: DateWindow, page: PageArgs) => datedPage(db, 'Statement', window, page);
