import type { Database } from '../graph/database.js';
import type { EntityNode, Page, RelProps } from './models.js';
import { relWithDocument } from './evidenceDocument.js';
import { pagedSection, type ChildPageKey } from './pagedChildren.js';
import type { Section } from './sections.js';
import { datedPage } from './datedPage.js';
import type { DateWindow } from './dateWindow.js';
import type { PageArgs } from './pageArgs.js';

export interface ParticipantRow { key: string; rel: RelProps; other: EntityNode; sortKey: string }

// Platform roles first, then the rest; within a role, by name.
export const PARTICIPANTS: Section = { name: 'event.participants', cypher: `
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
RETURN {key: k.id, rel: ${relWithDocument('rel')}, other: other {.*, text: null, __labels: labels(other)}, sortKey: sortKey,
        totalCount: COUNT { (e)<-[:PARTICIPATED_IN]-() }} AS row
ORDER BY k.id, sortKey` };

/** Given events and page requests, returns each event's participants with roles. */
export const participantsOf = (db: Database, keys: readonly ChildPageKey[]): Promise<Array<Page<ParticipantRow>>> =>
  pagedSection<ParticipantRow>(db, PARTICIPANTS, keys);

/** Events in a date window, newest first. */
export const eventsPage = (db: Database, window: DateWindow, page: PageArgs) => datedPage(db, 'Event', window, page);
