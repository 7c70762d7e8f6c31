import type { Database } from '../graph/database.js';
import { IN_WINDOW, NEWEST_FIRST_KEY } from './datedPage.js';
import type { DateWindow } from './dateWindow.js';
import { relWithDocument } from './evidenceDocument.js';
import type { EntityNode, Page, RelProps } from './models.js';
import { topLevelPage, type PageArgs } from './pageArgs.js';
import { readSection, type Section } from './sections.js';

export interface CandidacyRow { key: string; rel: RelProps; person: EntityNode; party: EntityNode | null }

/**
 * The party a person stood for on a ballot (`person` and `ballot` are bound variables): read
 * through the derived Candidacy's ON_BEHALF_OF (docs/graph-model.md#candidacies), not by
 * looking up the id STOOD_IN.party holds; null when the documents name none.
 */
export const candidacyParty = (person: string, ballot: string): string => `COLLECT {
          MATCH (${person})-[:STOOD_AS]->(cand:Candidacy)-[:ON_BALLOT]->(${ballot})
          MATCH (cand)-[:ON_BEHALF_OF]->(party:Organisation)
          RETURN party {.*, text: null, __labels: labels(party)} ORDER BY party.id
        }[0]`;

export const ELECTION_CANDIDACIES: Section = { name: 'election.candidacies', cypher: `
UNWIND $keys AS key
MATCH (e:Election {id: key})<-[rel:STOOD_IN]-(person:Person)
RETURN {key: key, rel: ${relWithDocument('rel')}, person: person {.*, __labels: labels(person)},
        party: ${candidacyParty('person', 'e')}} AS row
ORDER BY key, coalesce(rel.votes, -1) DESC, coalesce(rel.rank, 999), person.name` };

// The group an election belongs to ('up': a by-ballot of a general election) or the ballots of
// a group ('down'); the direction is written into the text.
const groups = (direction: 'up' | 'down'): Section => ({ name: `election.${direction}`, cypher: `
UNWIND $keys AS key
MATCH (e:Election {id: key})${direction === 'up' ? '-[:PART_OF]->' : '<-[:PART_OF]-'}(other:Election)
RETURN {key: key, other: other {.*, __labels: labels(other)}} AS row
ORDER BY key, other.id` });
export const ELECTION_GROUPS = { up: groups('up'), down: groups('down') } as const;

const byIds = <T>(db: Database, s: Section, ids: readonly string[]): Promise<Map<string, T[]>> =>
  readSection<T>(db, s, [...new Set(ids)].map((id) => ({ key: id, input: id })));

/** Given elections, returns every candidacy of each (with its party): the full result, by votes then rank. */
export const candidaciesOfElections = (db: Database, ids: readonly string[]) => byIds<CandidacyRow>(db, ELECTION_CANDIDACIES, ids);

/** Given elections, returns the group each belongs to ('up') or the ballots of each group ('down'). */
export const electionGroupsOf = (db: Database, ids: readonly string[], direction: 'up' | 'down') =>
  byIds<{ other: EntityNode }>(db, ELECTION_GROUPS[direction], ids);

// Area matches case-insensitively on the area, the name or the id; kind is a stored vocabulary
// value (`parl`). A date is an interval (docs/graph-model.md#dates): `date: "2005-05-05"` finds
// an election stored as "2005-05", and `date: "2005"` every election of 2005.
const ELECTIONS = `
WITH CASE WHEN $area IS NULL THEN null ELSE toLower($area) END AS area
RETURN COUNT {
    MATCH (e:Election)
    WHERE (area IS NULL OR toLower(coalesce(e.area, '')) CONTAINS area OR toLower(e.name) CONTAINS area OR e.id CONTAINS area)
      AND ${IN_WINDOW('e')}
      AND ($kind IS NULL OR e.kind = $kind)
  } AS totalCount,
  COLLECT {
    MATCH (e:Election)
    WHERE (area IS NULL OR toLower(coalesce(e.area, '')) CONTAINS area OR toLower(e.name) CONTAINS area OR e.id CONTAINS area)
      AND ${IN_WINDOW('e')}
      AND ($kind IS NULL OR e.kind = $kind)
    WITH e, ${NEWEST_FIRST_KEY('e')} AS sortKey
    WHERE $after IS NULL OR sortKey < $after
    ORDER BY sortKey DESC LIMIT $limit
    RETURN {node: e {.*, __labels: labels(e)}, sortKey: sortKey}
  } AS rows`;

export interface ElectionFilter { area: string | null; date: DateWindow; kind: string | null }

/** Elections by area, (partial) date and kind, newest first, undated last. */
export async function electionsPage(db: Database, filter: ElectionFilter, page: PageArgs): Promise<Page<{ node: EntityNode; sortKey: string }>> {
  return topLevelPage(await db.read(ELECTIONS, { area: filter.area, kind: filter.kind, from: filter.date.from, to: filter.date.to, after: page.after, limit: page.limit + 1 }), page);
}
