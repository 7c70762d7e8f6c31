import type { Database } from '../graph/database.js';
import type { EntityNode, Page, RelProps } from './models.js';
import { pagedChildren, type ChildPageKey } from './pagedChildren.js';

export interface OrganisationLinkRow { key: string; rel: RelProps; other: EntityNode; sortKey: string }

// Oldest first by the start's interval ("2010" before "2010-12", docs/graph-model.md#dates),
// undated last, then by name. $type is MEMBER_OF or HELD_POSITION.
const LINKS = `
UNWIND $keys AS k
MATCH (o:Organisation {id: k.id})
CALL (o, k) {
  MATCH (o)<-[rel]-(other:Entity)
  WHERE type(rel) = $type
  WITH rel, other, CASE WHEN rel.startFrom IS NULL THEN '1' ELSE '0|' + toString(rel.startFrom) + '|' + toString(rel.startTo) END
         + '|' + toLower(other.name) + '|' + rel.key AS sortKey
  WHERE k.after IS NULL OR sortKey > k.after
  RETURN rel, other, sortKey ORDER BY sortKey LIMIT $limit
}
RETURN k.id AS key, rel, other {.*, text: null, __labels: labels(other)} AS other, sortKey,
       COUNT { (o)<-[r]-() WHERE type(r) = $type } AS totalCount`;

/** Given organisations and page requests, returns members (MEMBER_OF) or office-holders (HELD_POSITION). */
export const organisationLinksOf = (db: Database, keys: readonly ChildPageKey[], type: 'MEMBER_OF' | 'HELD_POSITION'): Promise<Array<Page<OrganisationLinkRow>>> =>
  pagedChildren<OrganisationLinkRow>(db, LINKS, keys, { type });
