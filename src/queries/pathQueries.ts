import type { Database } from '../graph/database.js';
import type { LeaveOutFlags } from '../resolvers/leaveOut.js';
import { badUserInput } from '../server/errorCodes.js';
import { linkDated, linkInWindow } from './linkPeriod.js';
import type { EntityNode, RelProps } from './models.js';

export const MAX_HOPS = 6;

// Paths use the evidenced link types only: never MENTIONS or the derived relationships.
// Every predicate is over all nodes or all relationships of the path (the ends are let through
// by n = a OR n = b), so Neo4j checks them during the breadth-first search itself. A predicate
// on a slice such as nodes(path)[1..-1] cannot be checked there, and when no path qualified
// Neo4j fell back to enumerating every path up to maxHops: seconds through a supernode.
// Bodies everyone in a field belongs to (a parliament) would make every path two hops long and
// say nothing, so paths do not pass through them. In a date window every relationship must
// hold during it (linkPeriod.ts): its interval overlaps the window, a membership or position
// with no end being open-ended (one from 1979 is inside 2022), or it has no date at all (a
// link the documents do not date is not known to be outside the window, and without these
// hardly any path would be left). $noUnreviewed, $noWithdrawn and $noAlleged (leaveOut) walk
// no link of a draft (reviewed: false), no withdrawn and no alleged link, also over all
// relationships so the search checks them as it goes.
const PATHS = `
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
WHERE a <> b
MATCH path = allShortestPaths((a)-[:MEMBER_OF|HELD_POSITION|STUDIED_AT|PARTICIPATED_IN|SIGNED|AUTHORED|ISSUED|STOOD_IN|BACKED|INTERVIEWED|WROTE_FOR|APPOINTED|PART_OF|ALLIED_WITH|OPPOSED*..__MAX_HOPS__]-(b))
WHERE all(n IN nodes(path) WHERE n = a OR n = b OR (NOT coalesce(n.kind, '') IN ['parliament'] AND NOT n:Document))
  AND all(r IN relationships(path) WHERE (NOT ${linkDated('r')} OR ${linkInWindow('r')})
    AND NOT ($noUnreviewed AND NOT coalesce(r.reviewed, true)) AND NOT ($noWithdrawn AND coalesce(r.withdrawn, false))
    AND NOT ($noAlleged AND coalesce(r.alleged, false)))
WITH path LIMIT $first
RETURN [n IN nodes(path) | n {.*, text: null, __labels: labels(n)}] AS nodes,
       [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id, rel: r}] AS relations`;

/** Given a hop limit from 1 to MAX_HOPS (checked here), returns the paths query for it. */
export function pathsQuery(maxHops: number): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw badUserInput(`\`maxHops\` must be a whole number from 1 to ${MAX_HOPS}`, 'maxHops');
  }
  return PATHS.replace('__MAX_HOPS__', String(maxHops));
}

export interface PathRow {
  nodes: EntityNode[];
  relations: Array<{ type: string; from: string; to: string; rel: RelProps }>;
}

/** The shortest evidenced paths between two entities (the hop count is the shortest that exists). */
export async function shortestPaths(db: Database, args: { fromId: string; toId: string; maxHops: number; first: number; from: string | null; to: string | null; leaveOut?: LeaveOutFlags }): Promise<PathRow[]> {
  const rows = await db.read(pathsQuery(args.maxHops), {
    fromId: args.fromId, toId: args.toId, first: args.first, from: args.from, to: args.to,
    ...(args.leaveOut ?? { noUnreviewed: false, noWithdrawn: false, noAlleged: false }),
  });
  return rows as unknown as PathRow[];
}
