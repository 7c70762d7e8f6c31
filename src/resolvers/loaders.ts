import DataLoader from 'dataloader';
import type { Database, Row } from '../graph/database.js';
import { ACTIVITIES, type ActivityRow } from '../queries/activityQueries.js';
import { documentsByIds, SUPPORTS, type SupportRow } from '../queries/documentQueries.js';
import { ELECTION_CANDIDACIES, ELECTION_GROUPS, type CandidacyRow } from '../queries/electionQueries.js';
import { entitiesByIds, mentionsOf } from '../queries/entityQueries.js';
import { PARTICIPANTS, type ParticipantRow } from '../queries/eventQueries.js';
import type { EntityNode, Page } from '../queries/models.js';
import { ORGANISATION_LINKS, type OrganisationLinkRow } from '../queries/organisationQueries.js';
import { childPage, childPageRequest, type ChildPageKey } from '../queries/pagedChildren.js';
import {
  CANDIDACIES, MEMBERSHIPS, OPPONENTS, POSITIONS, TIMELINE, timelineCacheKey, timelineInput,
  type CandidacyOfPersonRow, type PersonLinkRow, type TimelineKey, type TimelineRow,
} from '../queries/personQueries.js';
import { readSections, sectionCacheKey, type Section, type SectionRequest } from '../queries/sections.js';
import { SIGNATORIES, STATEMENT_ENDS, type SignatoryRow } from '../queries/statementQueries.js';

/** A loader whose batch function returns a Map keyed by id; absent ids load `fallback`. */
function byId<V>(load: (ids: readonly string[]) => Promise<Map<string, V>>, fallback: V): DataLoader<string, V> {
  return new DataLoader<string, V>(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? fallback);
  });
}

/**
 * Given the database, returns this request's loaders. Every nested field of entities (a
 * person's positions, memberships, candidacies, opponents, timeline and activities; an
 * election's candidacies and groups; an event's participants; …) is a section of ONE combined
 * loader: whatever fields and parents one tick asks for are read in one round trip
 * (sections.ts), so a profile costs the person's query plus one, never one per field or row.
 *
 * Evidence read by those sections carries its document (relWithDocument). Evidence from
 * elsewhere (mentions, co-campaigning) loads its documents by id, batched per tick: never
 * every document of the corpus.
 */
export function createLoaders(db: Database) {
  const sections = new DataLoader<SectionRequest, Row[], string>((requests) => readSections(db, requests), { cacheKeyFn: sectionCacheKey });
  const list = <V>(section: Section) => ({
    load: async (id: string): Promise<V[]> => (await sections.load({ section, key: id, input: id })) as unknown as V[],
  });
  // A page is cut from its section's rows here, so it joins the same tick's combined read.
  const paged = <V extends object>(section: Section) => ({
    load: async (k: ChildPageKey): Promise<Page<V & { sortKey: string }>> => childPage<V>(await sections.load(childPageRequest(section, k)), k),
  });
  return {
    entity: byId((ids) => entitiesByIds(db, ids), null),
    document: byId((ids) => documentsByIds(db, ids), null as EntityNode | null),
    mentions: byId((ids) => mentionsOf(db, ids), []),
    positions: list<PersonLinkRow>(POSITIONS),
    memberships: list<PersonLinkRow>(MEMBERSHIPS),
    personCandidacies: list<CandidacyOfPersonRow>(CANDIDACIES),
    opponents: list<{ key: string; elections: EntityNode[]; other: EntityNode }>(OPPONENTS),
    timeline: {
      load: async (k: TimelineKey): Promise<TimelineRow[]> =>
        (await sections.load({ section: TIMELINE, key: timelineCacheKey(k), input: timelineInput(k) })) as unknown as TimelineRow[],
    },
    activities: paged<ActivityRow>(ACTIVITIES),
    participants: paged<ParticipantRow>(PARTICIPANTS),
    signatories: paged<SignatoryRow>(SIGNATORIES),
    issuers: list<PersonLinkRow>(STATEMENT_ENDS.ISSUED),
    authors: list<PersonLinkRow>(STATEMENT_ENDS.AUTHORED),
    members: paged<OrganisationLinkRow>(ORGANISATION_LINKS.MEMBER_OF),
    officeHolders: paged<OrganisationLinkRow>(ORGANISATION_LINKS.HELD_POSITION),
    electionCandidacies: list<CandidacyRow>(ELECTION_CANDIDACIES),
    electionPartOf: list<{ other: EntityNode }>(ELECTION_GROUPS.up),
    electionBallots: list<{ other: EntityNode }>(ELECTION_GROUPS.down),
    supports: paged<SupportRow>(SUPPORTS),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
