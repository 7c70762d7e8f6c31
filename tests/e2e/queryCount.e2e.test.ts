import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import type { RunningService } from '../../src/server/startService.js';
import { ask, SLOW_MACHINE_ENV } from '../support/apiClient.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';
import { startTestService } from '../support/testService.js';

// How many Neo4j round trips one HTTP request costs. `Database.queryCount` counts every query
// the service sends; each operation below must cost a small, fixed number of queries, the same
// on every run, and a longer list must not cost more (no query per row: nested fields of a list
// are batched by the per-request loaders, the fields asked in one tick are read in one combined
// query (src/queries/sections.ts), and evidence read there carries its document).

const LAVERY = 'person:ian-lavery';
const EVIDENCE = 'evidence { quote start end document { id title } }';

interface Operation {
  /** What the operation asks. */
  name: string;
  /** The operation, given the list size. */
  text: (n: number) => string;
  /** The exact number of queries it costs. */
  queries: number;
  /** A short and a long list size. */
  sizes: [number, number];
  /** How many rows the answer has, to prove the long list is longer. */
  rows: (data: Record<string, any>) => number;
}

const OPERATIONS: Operation[] = [
  {
    name: 'search (the full-text query that ranks, then the page\'s entities)',
    text: (n) => `{ search(text: "Lavery", first: ${n}) { score entity { __typename id name kind aliases } } }`,
    queries: 2,
    sizes: [1, 20],
    rows: (d) => d.search.length,
  },
  {
    name: 'search with a kinds filter',
    text: (n) => `{ search(text: "Preston", kinds: [ELECTION, ORGANISATION], first: ${n}) { score entity { id name } } }`,
    queries: 2,
    sizes: [1, 20],
    rows: (d) => d.search.length,
  },
  {
    name: 'campaignedWith with names, activities and evidence documents (the query + one document load)',
    text: (n) => `{ campaignedWith(personId: "${LAVERY}", first: ${n}) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id name } sharedCount strength firstDate lastDate
          activities { activity { __typename id name } activityKind role otherRole date { value inferred inferredReason } withdrawn ${EVIDENCE} } } } }`,
    queries: 2,
    sizes: [5, 20],
    rows: (d) => d.campaignedWith.edges.length,
  },
  {
    name: "campaignedWith with each co-campaigner's positions (the query + one batched positions query)",
    text: (n) => `{ campaignedWith(personId: "${LAVERY}", first: ${n}) { edges { node { id name positions { role organisation { id name } } } } } }`,
    queries: 2,
    sizes: [5, 20],
    rows: (d) => d.campaignedWith.edges.length,
  },
  {
    name: 'paths with evidence documents',
    text: (n) => `{ paths(fromId: "person:michael-lavalette", toId: "${LAVERY}", first: ${n}) { nodes { __typename id name } relations { type from to ${EVIDENCE} } } }`,
    queries: 2,
    sizes: [1, 5],
    rows: (d) => d.paths.length,
  },
  {
    name: 'a person profile: positions, memberships, candidacies, opponents, timeline (the person + one query for all five fields, documents included)',
    text: () => `{ person(id: "person:michael-lavalette") { id name born { value }
        positions { role organisation { name } start { value } end { value } ${EVIDENCE} }
        memberships { organisation { name } start { value } end { value inferred inferredReason } ${EVIDENCE} }
        candidacies { election { id name } label party { id name } votes share rank elected ${EVIDENCE} }
        opponents { person { id name } elections { id name date { value } } }
        timeline { date { value } relation summary entity { __typename id name } ${EVIDENCE} } } }`,
    queries: 2,
    sizes: [1, 1],
    rows: () => 1,
  },
  {
    name: 'an election with its candidacies and their parties (the election + candidacies with parties and documents)',
    text: () => `{ election(id: "parl.preston.2005-05-05") { name majority turnout candidacies { person { id name } label party { id name } votes share rank elected ${EVIDENCE} } } }`,
    queries: 2,
    sizes: [1, 1],
    rows: () => 1,
  },
  {
    name: 'an event with its participants (the event + participants with documents)',
    text: (n) => `{ event(id: "event:eve-of-may-day-rally-2022") { name date { value } participants(first: ${n}) { totalCount edges { node { participant { __typename id name } role ${EVIDENCE} } } } } }`,
    queries: 2,
    sizes: [3, 16],
    rows: (d) => d.event.participants.edges.length,
  },
  {
    name: 'a statement with its issuers and signatories (the statement + one query for issuers and signatories, documents included)',
    text: (n) => `{ statement(id: "statement:stop-the-war-ukraine-2022") { name issuers { id name } signatories(first: ${n}) { totalCount edges { node { order withdrawn signatory { id name } ${EVIDENCE} } } } } }`,
    queries: 2,
    sizes: [3, 11],
    rows: (d) => d.statement.signatories.edges.length,
  },
  {
    name: 'a list of events, each with its participants (events + participants with documents)',
    text: (n) => `{ events(first: ${n}) { totalCount edges { node { id name participants { totalCount edges { node { participant { id name } role ${EVIDENCE} } } } } } } }`,
    queries: 2,
    sizes: [5, 20],
    rows: (d) => d.events.edges.length,
  },
  {
    name: 'a list of elections, each with its candidacies and parties (elections + candidacies)',
    text: (n) => `{ elections(first: ${n}) { edges { node { id name candidacies { person { name } party { name } votes } } } } }`,
    queries: 2,
    sizes: [3, 16],
    rows: (d) => d.elections.edges.length,
  },
  {
    name: 'a list of statements, each with its signatories (statements + signatories)',
    text: (n) => `{ statements(first: ${n}) { edges { node { id name signatories { totalCount edges { node { order signatory { name } } } } } } } }`,
    queries: 2,
    sizes: [3, 15],
    rows: (d) => d.statements.edges.length,
  },
  {
    name: 'the documents, each with the links it supports (documents + supports with the documents of evidence)',
    text: (n) => `{ documents { id title supports(first: ${n}) { totalCount edges { node { relation from { id } to { id } ${EVIDENCE} } } } } }`,
    queries: 2,
    sizes: [2, 30],
    rows: (d) => d.documents.reduce((sum: number, doc: any) => sum + doc.supports.edges.length, 0),
  },
];

describe('Neo4j queries per request', () => {
  let db: Database;
  let service: RunningService;

  beforeAll(async () => {
    db = testDatabase();
    await freshCorpusGraph(db);
    service = await startTestService({ ...SLOW_MACHINE_ENV });
  });

  afterAll(async () => {
    await service?.stop();
    await db?.close();
  });

  /** Sends one request and returns its data and the number of queries it cost. */
  async function measure(text: string): Promise<{ data: Record<string, any>; queries: number }> {
    const before = service.db.queryCount;
    const answer = await ask<Record<string, any>>(service.url, text);
    const queries = service.db.queryCount - before;
    expect(answer.errors, text).toBeUndefined();
    expect(answer.status).toBe(200);
    return { data: answer.data!, queries };
  }

  for (const op of OPERATIONS) {
    it(`${op.name}: ${op.queries} ${op.queries === 1 ? 'query' : 'queries'}${op.sizes[0] === op.sizes[1] ? '' : ', however long the list'}`, async () => {
      const [short, long] = op.sizes;
      const counts: number[] = [];
      // Three times each: the count must not depend on timing or on what is cached.
      for (let i = 0; i < 3; i += 1) {
        const small = await measure(op.text(short));
        const large = await measure(op.text(long));
        if (short !== long) expect(op.rows(large.data), 'the long list is longer').toBeGreaterThan(op.rows(small.data));
        counts.push(small.queries, large.queries);
      }
      expect(counts).toEqual(Array(6).fill(op.queries));
    });
  }

  it('counts a request refused before execution as no query at all', async () => {
    const before = service.db.queryCount;
    await ask(service.url, '{ search(text: "Lavery", first: 1000) { score } }');
    await ask(service.url, '{ person(id: "not an id") { name } }');
    await ask(service.url, '{ events(from: "2021-13") { totalCount } }');
    expect(service.db.queryCount).toBe(before);
  });
});
