import type { Database } from '../graph/database.js';
import { groupRows } from './groupRows.js';
import type { DateWindow } from './dateWindow.js';
import { linkDated, linkHi, linkInWindow, linkLo } from './linkPeriod.js';
import type { EntityNode, RelProps } from './models.js';

export interface PersonLinkRow { key: string; rel: RelProps; other: EntityNode }
export interface CandidacyOfPersonRow extends PersonLinkRow { party: EntityNode | null }

// Oldest first by interval, undated last (docs/graph-model.md#dates).
// Each query answers for many people at once (UNWIND $ids), so a list of people costs one
// round trip per field, never one per person. Nodes a field shows (a candidacy's party, the
// elections of an opponent) come in the same rows, not from a second, timing-dependent load.

const POSITIONS = `
UNWIND $ids AS key
MATCH (p:Person {id: key})-[rel:HELD_POSITION]->(other)
RETURN key, rel, other {.*, text: null, __labels: labels(other)} AS other
ORDER BY key, rel.startFrom IS NULL, rel.startFrom, rel.startTo, rel.role`;

const MEMBERSHIPS = `
UNWIND $ids AS key
MATCH (p:Person {id: key})-[rel:MEMBER_OF]->(other)
RETURN key, rel, other {.*, text: null, __labels: labels(other)} AS other
ORDER BY key, rel.startFrom IS NULL, rel.startFrom, rel.startTo, other.name`;

const CANDIDACIES = `
UNWIND $ids AS key
MATCH (p:Person {id: key})-[rel:STOOD_IN]->(other:Election)
OPTIONAL MATCH (party:Organisation {id: rel.party})
RETURN key, rel, other {.*, __labels: labels(other)} AS other, party {.*, __labels: labels(party)} AS party
ORDER BY key, other.dateFrom IS NULL, other.dateFrom, other.dateTo, other.id`;

const OPPONENTS = `
UNWIND $ids AS key
MATCH (p:Person {id: key})-[s:STOOD_AGAINST]-(other:Person)
RETURN key, other {.*, __labels: labels(other)} AS other,
       [e IN [id IN s.elections | COLLECT { MATCH (el:Election {id: id}) RETURN el {.*, __labels: labels(el)} }[0]] WHERE e IS NOT NULL] AS elections
ORDER BY key, s.dates[0], other.name`;

// Links both ways: `direction` says whether the person is the link's subject. `dated` is the
// date the entry shows: the link's start, else its object's date, else the link's end.
// Sorted by interval (linkPeriod.ts), so a year comes before the months of that year; a link
// known only by its end sorts by its end.
const TIMELINE = `
UNWIND $keys AS k
MATCH (p:Person {id: k.id})-[r]-(other:Entity)
WHERE type(r) IN $types AND ${linkDated('r')} AND (k.window IS NULL OR ${linkInWindow('r').replaceAll('$from', 'k.window.from').replaceAll('$to', 'k.window.to')})
WITH k, r, other, CASE WHEN startNode(r) = p THEN 'OUTGOING' ELSE 'INCOMING' END AS direction,
     ${linkLo('r')} AS lo, ${linkHi('r')} AS hi
RETURN k.key AS key, r AS rel, other {.*, text: null, __labels: labels(other)} AS other, direction,
       CASE WHEN r.start IS NOT NULL THEN {date: r.start, datePrecision: r.startPrecision, dateInferred: r.startInferred}
            WHEN endNode(r).date IS NOT NULL THEN {date: endNode(r).date, datePrecision: endNode(r).datePrecision, dateInferred: endNode(r).dateInferred}
            ELSE {date: r.end, datePrecision: r.endPrecision, dateInferred: r.endInferred} END AS dated
ORDER BY key, coalesce(lo, hi), coalesce(hi, date('9999-12-31')), type(r), direction, other.name, r.doc`;

export const TIMELINE_TYPES = ['HELD_POSITION', 'MEMBER_OF', 'STOOD_IN', 'PARTICIPATED_IN', 'SIGNED', 'AUTHORED', 'ISSUED', 'BACKED', 'STUDIED_AT', 'INTERVIEWED', 'APPOINTED', 'OPPOSED', 'WROTE_FOR'];

async function linksOf(db: Database, query: string, ids: readonly string[], extra: Record<string, unknown> = {}): Promise<Map<string, PersonLinkRow[]>> {
  return groupRows<PersonLinkRow>(await db.read(query, { ids: [...new Set(ids)], ...extra }));
}

export const positionsOf = (db: Database, ids: readonly string[]) => linksOf(db, POSITIONS, ids);
export const membershipsOf = (db: Database, ids: readonly string[]) => linksOf(db, MEMBERSHIPS, ids);
export const candidaciesOfPeople = async (db: Database, ids: readonly string[]): Promise<Map<string, CandidacyOfPersonRow[]>> =>
  groupRows<CandidacyOfPersonRow>(await db.read(CANDIDACIES, { ids: [...new Set(ids)] }));

export interface TimelineKey { id: string; window: DateWindow | null }
export interface TimelineRow extends PersonLinkRow { direction: 'OUTGOING' | 'INCOMING'; dated: Record<string, unknown> }
export const timelineCacheKey = (k: TimelineKey): string => `${k.id}\u0000${k.window?.from ?? ''}\u0000${k.window?.to ?? ''}`;

/** Given people, each with a window (or none), returns each one's dated timeline rows (one round trip). */
export async function timelineOf(db: Database, keys: readonly TimelineKey[]): Promise<TimelineRow[][]> {
  const unique = [...new Map(keys.map((k) => [timelineCacheKey(k), k])).entries()].map(([key, k]) => ({ key, id: k.id, window: k.window && (k.window.from || k.window.to) ? k.window : null }));
  const rows = groupRows<TimelineRow>(await db.read(TIMELINE, { keys: unique, types: TIMELINE_TYPES }));
  return keys.map((k) => rows.get(timelineCacheKey(k)) ?? []);
}

/** Given person ids, returns who stood against each, with the elections. */
export async function opponentsOf(db: Database, ids: readonly string[]): Promise<Map<string, Array<{ key: string; elections: EntityNode[]; other: EntityNode }>>> {
  return groupRows(await db.read(OPPONENTS, { ids: [...new Set(ids)] }));
}
