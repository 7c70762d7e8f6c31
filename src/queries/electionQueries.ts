import type { Database } from '../graph/database.js';
import { IN_WINDOW, NEWEST_FIRST_KEY } from './datedPage.js';
import type { DateWindow } from './dateWindow.js';
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
