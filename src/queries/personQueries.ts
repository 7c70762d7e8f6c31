import type { Database } from '../graph/database.js';
import { groupRows } from './groupRows.js';
import type { EntityNode, RelProps } from './models.js';

export interface PersonLinkRow { key: string; rel: RelProps; other: EntityNode }
export interface CandidacyOfPersonRow extends PersonLinkRow { party: EntityNode | null }

// Each query answers for many people at once (UNWIND $ids), so a list of people costs one
// round trip per field, never one per person. Nodes a field shows (a candidacy's party, the
// elections of an opponent) come in the same rows, not from a second, timing-dependent load.

const POSITIONS = `
UNWIND $ids AS key
MATCH (p:Person {id: key})-[rel:HELD_POSITION]->(other)
RETURN key, rel, other {.*, text: null, __labels: labels(other)} AS other
ORDER BY key, coalesce(rel.start, ''), rel.role`;

const MEMBERSHIPS = `
UNWIND $ids AS key
MATCH (p:Person {id: key})-[rel:MEMBER_OF]->(other)
RETURN key, rel, other {.*, text: null, __labels: labels(other)} AS other
ORDER BY key, coalesce(rel.start, ''), other.name`;

const CANDIDACIES = `
UNWIND $ids AS key
MATCH (p:Person {id: key})-[rel:STOOD_IN]->(other:Election)
OPTIONAL MATCH (party:Organisation {id: rel.party})
RETURN key, rel, other {.*, __labels: labels(other)} AS other, party {.*, __labels: labels(party)} AS party
ORDER BY key, other.date`;

const OPPONENTS = `
UNWIND $ids AS key
MATCH (p:Person {id: key})-[s:STOOD_AGAINST]-(other:Person)
RETURN key, other {.*, __labels: labels(other)} AS other,
       [e IN [id IN s.elections | COLLECT { MATCH (el:Election {id: id}) RETURN el {.*, __labels: labels(el)} }[0]] WHERE e IS NOT NULL] AS elections
ORDER BY key, s.dates[0], other.name`;

const TIMELINE = `
UNWIND $ids AS key
MATCH (p:Person {id: key})-[rel]-(other:Entity)
WHERE type(rel) IN $types
WITH key, rel, other, coalesce(rel.start, other.date, rel.end) AS date
WHERE date IS NOT NULL
RETURN key, rel, other {.*, text: null, __labels: labels(other)} AS other, date
ORDER BY key, date, type(rel)`;

export const TIMELINE_TYPES = ['HELD_POSITION', 'MEMBER_OF', 'STOOD_IN', 'PARTICIPATED_IN', 'SIGNED', 'AUTHORED', 'ISSUED', 'BACKED', 'STUDIED_AT', 'INTERVIEWED', 'APPOINTED', 'OPPOSED', 'WROTE_FOR'];

async function linksOf(db: Database, query: string, ids: readonly string[], extra: Record<string, unknown> = {}): Promise<Map<string, PersonLinkRow[]>> {
  return groupRows<PersonLinkRow>(await db.read(query, { ids: [...new Set(ids)], ...extra }));
}

export const positionsOf = (db: Database, ids: readonly string[]) => linksOf(db, POSITIONS, ids);
export const membershipsOf = (db: Database, ids: readonly string[]) => linksOf(db, MEMBERSHIPS, ids);
export const candidaciesOfPeople = async (db: Database, ids: readonly string[]): Promise<Map<string, CandidacyOfPersonRow[]>> =>
  groupRows<CandidacyOfPersonRow>(await db.read(CANDIDACIES, { ids: [...new Set(ids)] }));
export const timelineOf = (db: Database, ids: readonly string[]) => linksOf(db, TIMELINE, ids, { types: TIMELINE_TYPES });

/** Given person ids, returns who stood against each, with the elections. */
export async function opponentsOf(db: Database, ids: readonly string[]): Promise<Map<string, Array<{ key: string; elections: EntityNode[]; other: EntityNode }>>> {
  return groupRows(await db.read(OPPONENTS, { ids: [...new Set(ids)] }));
}
