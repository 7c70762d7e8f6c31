import DataLoader from 'dataloader';
import type { Database } from '../graph/database.js';
import { activitiesOf } from '../queries/activityQueries.js';
import { entitiesByIds, mentionsOf } from '../queries/entityQueries.js';
import type { EntityNode } from '../queries/models.js';
import { candidaciesOfElections, electionGroupsOf } from '../queries/electionQueries.js';
import { participantsOf } from '../queries/eventQueries.js';
import { allDocuments, supportsOf } from '../queries/documentQueries.js';
import { organisationLinksOf } from '../queries/organisationQueries.js';
import { childPageCacheKey, type ChildPageKey } from '../queries/pagedChildren.js';
import { candidaciesOfPeople, membershipsOf, opponentsOf, positionsOf, timelineCacheKey, timelineOf, type TimelineKey, type TimelineRow } from '../queries/personQueries.js';
import { signatoriesOf, statementLinksOf } from '../queries/statementQueries.js';

/** A loader whose batch function returns a Map keyed by id; absent ids load `fallback`. */
function byId<V>(load: (ids: readonly string[]) => Promise<Map<string, V>>, fallback: V): DataLoader<string, V> {
  return new DataLoader<string, V>(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? fallback);
  });
}

function paged<V>(load: (keys: readonly ChildPageKey[]) => Promise<V[]>): DataLoader<ChildPageKey, V, string> {
  return new DataLoader<ChildPageKey, V, string>((keys) => load(keys), { cacheKeyFn: childPageCacheKey });
}

/**
 * Given the database, returns this request's loaders: each nested field of a list costs one
 * batched query for the whole list (DataLoader collects the ids of one tick), never one per row.
 *
 * Evidence cites its document from everywhere in a response, in whatever tick each field's
 * rows arrive, so per-id batches of documents would cost a number of queries that depends on
 * timing. The corpus has few documents, so the first citation loads them all (without their
 * text) and every later one reuses that: one query per request, however many fields cite.
 */
export function createLoaders(db: Database) {
  let everyDocument: Promise<Map<string, EntityNode>> | undefined;
  const documentsById = async (): Promise<Map<string, EntityNode>> =>
    new Map((await allDocuments(db)).map((d) => [d.id, d]));
  return {
    entity: byId((ids) => entitiesByIds(db, ids), null),
    document: byId(() => (everyDocument ??= documentsById()), null),
    mentions: byId((ids) => mentionsOf(db, ids), []),
    positions: byId((ids) => positionsOf(db, ids), []),
    memberships: byId((ids) => membershipsOf(db, ids), []),
    personCandidacies: byId((ids) => candidaciesOfPeople(db, ids), []),
    opponents: byId((ids) => opponentsOf(db, ids), []),
    timeline: new DataLoader<TimelineKey, TimelineRow[], string>((keys) => timelineOf(db, keys), { cacheKeyFn: timelineCacheKey }),
    activities: paged((keys) => activitiesOf(db, keys)),
    participants: paged((keys) => participantsOf(db, keys)),
    signatories: paged((keys) => signatoriesOf(db, keys)),
    issuers: byId((ids) => statementLinksOf(db, ids, 'ISSUED'), []),
    authors: byId((ids) => statementLinksOf(db, ids, 'AUTHORED'), []),
    members: paged((keys) => organisationLinksOf(db, keys, 'MEMBER_OF')),
    officeHolders: paged((keys) => organisationLinksOf(db, keys, 'HELD_POSITION')),
    electionCandidacies: byId((ids) => candidaciesOfElections(db, ids), []),
    electionPartOf: byId((ids) => electionGroupsOf(db, ids, 'up'), []),
    electionBallots: byId((ids) => electionGroupsOf(db, ids, 'down'), []),
    supports: paged((keys) => supportsOf(db, keys)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
