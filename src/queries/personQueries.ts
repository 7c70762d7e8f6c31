import type { Database } from '../graph/database.js';
import type { DateWindow } from './dateWindow.js';
import { candidacyParty } from './electionQueries.js';
import { relWithDocument } from './evidenceDocument.js';
import { linkDated, linkHi, linkInWindow, linkLo } from './linkPeriod.js';
import type { EntityNode, RelProps } from './models.js';
import { readSection, type Section } from './sections.js';

export interface PersonLinkRow { key: string; rel: RelProps; other: EntityNode }
export interface CandidacyOfPersonRow extends PersonLinkRow { party: EntityNode | null }

// Oldest first by interval, undated last (docs/graph-model.md#dates).
// Each section answers for many people at once (UNWIND $keys), and the fields of a profile
// asked in one tick are read together (sections.ts): one round trip for all of them, never
// one per person or per field. Nodes a field shows (a candidacy's party, the elections of an
// opponent, the document its evidence cites) come in the same rows.

const section = (name: string, cypher: string): Section => ({ name, cypher });

export const POSITIONS = section('person.positions', `
UNWIND $keys AS key
MATCH (p:Person {id: key})-[rel:HELD_POSITION]->(other)
RETURN {key: key, rel: ${relWithDocument('rel')}, other: other {.*, text: null, __labels: labels(other)}} AS row
ORDER BY key, rel.startFrom IS NULL, rel.startFrom, rel.startTo, rel.role`);

export const MEMBERSHIPS = section('person.memberships', `
UNWIND $keys AS key
MATCH (p:Person {id: key})-[rel:MEMBER_OF]->(other)
RETURN {key: key, rel: ${relWithDocument('rel')}, other: other {.*, text: null, __labels: labels(other)}} AS row
ORDER BY key, rel.startFrom IS NULL, rel.startFrom, rel.startTo, other.name`);

export const CANDIDACIES = section('person.candidacies', `
UNWIND $keys AS key
MATCH (p:Person {id: key})-[rel:STOOD_IN]->(other:Election)
RETURN {key: key, rel: ${relWithDocument('rel')}, other: other {.*, __labels: labels(other)},
        party: ${candidacyParty('p', 'other')}} AS row
ORDER BY key, other.dateFrom IS NULL, other.dateFrom, other.dateTo, other.id`);

export const OPPONENTS = section('person.opponents', `
UNWIND $keys AS key
MATCH (p:Person {id: key})-[s:STOOD_AGAINST]-(other:Person)
RETURN {key: key, other: other {.*, __labels: labels(other)},
        elections: [e IN [id IN s.elections | COLLECT { MATCH (el:Election {id: id}) RETURN el {.*, __labels: labels(el)} }[0]] WHERE e IS NOT NULL]} AS row
ORDER BY key, s.dates[0], other.name`);

export const TIMELINE_TYPES = ['HELD_POSITION', 'MEMBER_OF', 'STOOD_IN', 'PARTICIPATED_IN', 'SIGNED', 'AUTHORED', 'ISSUED', 'BACKED', 'STUDIED_AT', 'INTERVIEWED', 'APPOINTED', 'OPPOSED', 'WROTE_FOR'] as const;

// Links both ways, of the timeline's types only (typed in the text, so MENTIONS and the derived
// links are never read): `direction` says whether the person is the link's subject. `dated` is
// the date the entry shows: the link's start, else its object's date, else the link's end.
// Sorted by interval (linkPeriod.ts), so a year comes before the months of that year; a link
// known only by its end sorts by its end.
export const TIMELINE = section('person.timeline', `
UNWIND $keys AS k
MATCH (p:Person {id: k.id})-[r:${TIMELINE_TYPES.join('|')}]-(other:Entity)
WHERE ${linkDated('r')} AND (k.window IS NULL OR ${linkInWindow('r').replaceAll('$from', 'k.window.from').replaceAll('$to', 'k.window.to')})
WITH k, r, other, CASE WHEN startNode(r) = p THEN 'OUTGOING' ELSE 'INCOMING' END AS direction,
     ${linkLo('r')} AS lo, ${linkHi('r')} AS hi
RETURN {key: k.key, rel: ${relWithDocument('r')}, other: other {.*, text: null, __labels: labels(other)}, direction: direction,
       dated: CASE WHEN r.start IS NOT NULL THEN {date: r.start, datePrecision: r.startPrecision, dateInferred: r.startInferred}
            WHEN endNode(r).date IS NOT NULL THEN {date: endNode(r).date, datePrecision: endNode(r).datePrecision, dateInferred: endNode(r).dateInferred}
            ELSE {date: r.end, datePrecision: r.endPrecision, dateInferred: r.endInferred} END} AS row
ORDER BY k.key, coalesce(lo, hi), coalesce(hi, date('9999-12-31')), type(r), direction, other.name, r.doc`);

const byIds = <T>(db: Database, s: Section, ids: readonly string[]): Promise<Map<string, T[]>> =>
  readSection<T>(db, s, [...new Set(ids)].map((id) => ({ key: id, input: id })));

export const positionsOf = (db: Database, ids: readonly string[]) => byIds<PersonLinkRow>(db, POSITIONS, ids);
export const membershipsOf = (db: Database, ids: readonly string[]) => byIds<PersonLinkRow>(db, MEMBERSHIPS, ids);
export const candidaciesOfPeople = (db: Database, ids: readonly string[]) => byIds<CandidacyOfPersonRow>(db, CANDIDACIES, ids);
/** Given person ids, returns who stood against each, with the elections. */
export const opponentsOf = (db: Database, ids: readonly string[]) => byIds<{ key: string; elections: EntityNode[]; other: EntityNode }>(db, OPPONENTS, ids);

export interface TimelineKey { id: string; window: DateWindow | null }
export interface TimelineRow extends PersonLinkRow { direction: 'OUTGOING' | 'INCOMING'; dated: Record<string, unknown> }
export const timelineCacheKey = (k: TimelineKey): string => `${k.id}\u0000${k.window?.from ?? ''}\u0000${k.window?.to ?? ''}`;

/** A timeline request as the TIMELINE section reads it: the rows' key, the person, the window (null when open). */
export const timelineInput = (k: TimelineKey) => ({ key: timelineCacheKey(k), id: k.id, window: k.window && (k.window.from || k.window.to) ? k.window : null });
