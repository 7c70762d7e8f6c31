import type { Database } from '../graph/database.js';
import { groupRows } from './groupRows.js';
import type { EntityNode, Page, RelProps } from './models.js';
import { topLevelPage, type PageArgs } from './pageArgs.js';

export interface CandidacyRow { key: string; rel: RelProps; person: EntityNode; party: EntityNode | null }

const CANDIDACIES = `
UNWIND $ids AS key
MATCH (e:Election {id: key})<-[rel:STOOD_IN]-(person:Person)
OPTIONAL MATCH (party:Organisation {id: rel.party})
RETURN key, rel, person {.*, __labels: labels(person)} AS person, party {.*, __labels: labels(party)} AS party
ORDER BY key, coalesce(rel.votes, -1) DESC, coalesce(rel.rank, 999), person.name`;

/** Given elections, returns every candidacy of each (with its party): the full result, by votes then rank. */
export async function candidaciesOfElections(db: Database, ids: readonly string[]): Promise<Map<string, CandidacyRow[]>> {
  return groupRows<CandidacyRow>(await db.read(CANDIDACIES, { ids: [...new Set(ids)] }));
}

const GROUPS = `
UNWIND $ids AS key
MATCH (e:Election {id: key})-[:PART_OF]-(other:Election)
WHERE ($direction = 'up' AND (e)-[:PART_OF]->(other)) OR ($direction = 'down' AND (other)-[:PART_OF]->(e))
RETURN key, other {.*, __labels: labels(other)} AS other
ORDER BY key, other.id`;

/** Given elections, returns the group each belongs to ('up') or the ballots of each group ('down'). */
export async function electionGroupsOf(db: Database, ids: readonly string[], direction: 'up' | 'down'): Promise<Map<string, Array<{ other: EntityNode }>>> {
  return groupRows(await db.read(GROUPS, { ids: [...new Set(ids)], direction }));
}

// Area matches case-insensitively on the area, the name or the id; a partial date matches by
// prefix; kind is a stored vocabulary value (`parl`).
const ELECTIONS = `
WITH CASE WHEN $area IS NULL THEN null ELSE toLower($area) END AS area
RETURN COUNT {
    MATCH (e:Election)
    WHERE (area IS NULL OR toLower(coalesce(e.area, '')) CONTAINS area OR toLower(e.name) CONTAINS area OR e.id CONTAINS area)
      AND ($date IS NULL OR e.date STARTS WITH $date)
      AND ($kind IS NULL OR e.kind = $kind)
  } AS totalCount,
  COLLECT {
    MATCH (e:Election)
    WHERE (area IS NULL OR toLower(coalesce(e.area, '')) CONTAINS area OR toLower(e.name) CONTAINS area OR e.id CONTAINS area)
      AND ($date IS NULL OR e.date STARTS WITH $date)
      AND ($kind IS NULL OR e.kind = $kind)
    WITH e, coalesce(e.date, '') + '|' + e.id AS sortKey
    WHERE $after IS NULL OR sortKey < $after
    ORDER BY sortKey DESC LIMIT $limit
    RETURN {node: e {.*, __labels: labels(e)}, sortKey: sortKey}
  } AS rows`;

export interface ElectionFilter { area: string | null; date: string | null; kind: string | null }

/** Elections by area, (partial) date and kind, newest first. */
export async function electionsPage(db: Database, filter: ElectionFilter, page: PageArgs): Promise<Page<{ node: EntityNode; sortKey: string }>> {
  return topLevelPage(await db.read(ELECTIONS, { ...filter, after: page.after, limit: page.limit + 1 }), page);
}
