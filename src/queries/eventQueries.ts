import type { Database } from '../graph/database.js';
import type { EntityNode, Page, RelProps } from './models.js';
import { pagedChildren, type ChildPageKey } from './pagedChildren.js';
import { topLevelPage, type PageArgs } from './pageArgs.js';

export interface ParticipantRow { key: string; rel: RelProps; other: EntityNode; sortKey: string }

// Platform roles first, then the rest; within a role, by name.
const PARTICIPANTS = `
UNWIND $keys AS k
MATCH (e:Event {id: k.id})
CALL (e, k) {
  MATCH (e)<-[rel:PARTICIPATED_IN]-(other:Entity)
  WITH rel, other,
       toString(coalesce({chair: 1, host: 2, organiser: 3, sponsor: 4, speaker: 5, guest: 6, attendee: 7, pictured: 8}[rel.role], 9))
         + '|' + toLower(other.name) + '|' + other.id + '|' + rel.key AS sortKey
  WHERE k.after IS NULL OR sortKey > k.after
  RETURN rel, other, sortKey ORDER BY sortKey LIMIT $limit
}
RETURN k.id AS key, rel, other {.*, text: null, __labels: labels(other)} AS other, sortKey,
       COUNT { (e)<-[:PARTICIPATED_IN]-() } AS totalCount`;

/** Given events and page requests, returns each event's participants with roles. */
export const participantsOf = (db: Database, keys: readonly ChildPageKey[]): Promise<Array<Page<ParticipantRow>>> =>
  pagedChildren<ParticipantRow>(db, PARTICIPANTS, keys);

const EVENTS = `
RETURN COUNT { MATCH (e:Event) WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to) } AS totalCount,
  COLLECT {
    MATCH (e:Event)
    WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
    WITH e, coalesce(e.date, '') + '|' + e.id AS sortKey
    WHERE $after IS NULL OR sortKey < $after
    ORDER BY sortKey DESC LIMIT $limit
    RETURN {node: e {.*, __labels: labels(e)}, sortKey: sortKey}
  } AS rows`;

/** Events in a date window, newest first. */
export async function eventsPage(db: Database, from: string | null, to: string | null, page: PageArgs): Promise<Page<{ node: EntityNode; sortKey: string }>> {
  return topLevelPage(await db.read(EVENTS, { from, to, after: page.after, limit: page.limit + 1 }), page);
}
