import type { Database } from '../graph/database.js';
import { relWithDocument } from './evidenceDocument.js';
import type { EntityNode, Page, RelProps } from './models.js';
import { pagedSection, type ChildPageKey } from './pagedChildren.js';
import type { Section } from './sections.js';

export interface OrganisationLinkRow { key: string; rel: RelProps; other: EntityNode; sortKey: string }

// Oldest first by the start's interval ("2010" before "2010-12", docs/graph-model.md#dates),
// undated last, then by name. One section per type (MEMBER_OF, HELD_POSITION), written into
// the text: a typed expansion reads only those links, and the count comes from the degree.
const links = (type: 'MEMBER_OF' | 'HELD_POSITION'): Section => ({ name: `organisation.${type}`, cypher: `
UNWIND $keys AS k
MATCH (o:Organisation {id: k.id})
CALL (o, k) {
  MATCH (o)<-[rel:${type}]-(other:Entity)
  WITH rel, other, CASE WHEN rel.startFrom IS NULL THEN '1' ELSE '0|' + toString(rel.startFrom) + '|' + toString(rel.startTo) END
         + '|' + toLower(other.name) + '|' + rel.key AS sortKey
  WHERE k.after IS NULL OR sortKey > k.after
  RETURN rel, other, sortKey ORDER BY sortKey LIMIT $limit
}
RETURN {key: k.id, rel: ${relWithDocument('rel')}, other: other {.*, text: null, __labels: labels(other)}, sortKey: sortKey,
        totalCount: COUNT { (o)<-[:${type}]-() }} AS row
ORDER BY k.id, sortKey` });
export const ORGANISATION_LINKS = { MEMBER_OF: links('MEMBER_OF'), HELD_POSITION: links('HELD_POSITION') } as const;

/** Given organisations and page requests, returns members (MEMBER_OF) or office-holders (HELD_POSITION). */
export const organisationLinksOf = (db: Database, keys: readonly ChildPageKey[], type: 'MEMBER_OF' | 'HELD_POSITION'): Promise<Array<Page<OrganisationLinkRow>>> =>
  pagedSection<OrganisationLinkRow>(db, ORGANISATION_LINKS[type], keys);
