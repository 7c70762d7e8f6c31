import { ApolloServer } from '@apollo/server';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCypherParams, type Database, type Params } from '../../src/graph/database.js';
import { createLoaders } from '../../src/resolvers/loaders.js';
import { resolvers } from '../../src/resolvers/resolvers.js';
import { typeDefs } from '../../src/server/createApp.js';
import type { RequestContext } from '../../src/server/requestContext.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';

// Every query a core operation sends is planned by Neo4j (EXPLAIN, with the parameters it was
// sent with), and the plan must start from an index and expand only typed relationships: no
// label scan (NodeByLabelScan, AllNodesScan), no relationship scan, and no expansion over every
// relationship of a node (a pattern `-[r]-` with no type, which also reads MENTIONS and the
// derived links). A plan that falls back to one of these costs in proportion to the graph or to
// a node's whole degree, which a five-document corpus does not show in time but 100k people do.

const EVIDENCE = 'evidence { quote document { id title } }';
const CORE_OPERATIONS: Record<string, string> = {
  profile: `{ person(id: "person:michael-lavalette") { id name positions { role organisation { name } ${EVIDENCE} }
      memberships { organisation { name } ${EVIDENCE} } candidacies { election { name } party { name } votes ${EVIDENCE} }
      opponents { person { name } elections { name } } activities(first: 20) { totalCount edges { node { role activity { name } ${EVIDENCE} } } }
      timeline { date { value } summary ${EVIDENCE} } timelineConnection(from: "2005", to: "2022", first: 5) { edges { node { summary } } } } }`,
  election: `{ election(id: "parl.preston.2005-05-05") { name candidacies { person { name } party { name } votes ${EVIDENCE} } partOf { id } ballots { id } } }`,
  event: `{ event(id: "event:eve-of-may-day-rally-2022") { name participants(first: 5) { totalCount edges { node { role participant { name } ${EVIDENCE} } } } } }`,
  statement: `{ statement(id: "statement:stop-the-war-ukraine-2022") { issuers { name } authors { name } signatories(first: 5) { totalCount edges { node { signatory { name } ${EVIDENCE} } } } } }`,
  organisation: `{ organisation(id: "org:labour-party") { members(first: 5) { totalCount edges { node { member { name } } } } officeHolders(first: 5) { totalCount } } }`,
  documentSupports: `{ document(id: "doc:004_d9ca3ea79ec72c5c") { supports(first: 3) { totalCount edges { node { relation ${EVIDENCE} } } } } }`,
  search: '{ search(text: "Lavery", first: 5) { entity { id name } } searchConnection(text: "Preston", kinds: [ELECTION], first: 2) { edges { node { id } } } }',
  campaignedWith: `{ campaignedWith(personId: "person:ian-lavery", first: 3) { totalCount edges { node { name } activities { activity { name } ${EVIDENCE} } } } }`,
  paths: `{ paths(fromId: "person:michael-lavalette", toId: "person:ian-lavery", first: 2) { nodes { name } relations { type ${EVIDENCE} } } }`,
};

interface PlanNode { operatorType: string; arguments: Record<string, unknown>; children: PlanNode[] }

const SCANS = /^(NodeByLabelScan|AllNodesScan|(Directed|Undirected)(AllRelationshipsScan|RelationshipTypeScan))/;
// An expansion whose relationship has no type: `(a)-[r]->(b)`, `(a)<-[anon_3]-(b)`.
const UNTYPED_EXPAND = /-\[[A-Za-z_][A-Za-z0-9_]*\]-/;

/** Given a plan, returns each operator that reads more than an index or a typed expansion serves. */
function offenders(plan: PlanNode): string[] {
  const details = String(plan.arguments.Details ?? plan.arguments.details ?? '');
  const here = SCANS.test(plan.operatorType) || (/Expand|VarLength|ShortestPath/.test(plan.operatorType) && UNTYPED_EXPAND.test(details))
    ? [`${plan.operatorType} ${details}`] : [];
  return [...here, ...plan.children.flatMap(offenders)];
}

const db = testDatabase(30_000);
const sent: Array<{ query: string; params: Params }> = [];
const apollo = new ApolloServer<RequestContext>({ typeDefs, resolvers });

/** Runs one operation in process and returns the queries it sent, with their parameters. */
async function queriesOf(operation: string): Promise<Array<{ query: string; params: Params }>> {
  sent.length = 0;
  const recording = Object.create(db, {
    read: { value: (query: string, params: Params = {}) => { sent.push({ query, params }); return db.read(query, params); } },
  }) as Database;
  const res = await apollo.executeOperation({ query: operation }, { contextValue: { db: recording, loaders: createLoaders(recording) } });
  expect(res.body.kind === 'single' && res.body.singleResult.errors, operation).toBeFalsy();
  return [...sent];
}

async function planOf(query: string, params: Params): Promise<PlanNode> {
  const session = db.driver.session({ database: db.options.database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`EXPLAIN ${query}`, toCypherParams(params) as Params);
    return result.summary.plan as unknown as PlanNode;
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  await freshCorpusGraph(db);
  await apollo.start();
});
afterAll(async () => {
  await apollo.stop();
  await db.close();
});

describe('the plans of the core operations use indexes and typed expansions', () => {
  for (const [name, operation] of Object.entries(CORE_OPERATIONS)) {
    it(name, async () => {
      const queries = await queriesOf(operation);
      expect(queries.length).toBeGreaterThan(0);
      for (const { query, params } of queries) {
        expect(offenders(await planOf(query, params)), query).toEqual([]);
      }
    });
  }

  it('the check itself finds a label scan and an untyped expansion', async () => {
    expect(offenders(await planOf('MATCH (n:Person) WHERE n.name CONTAINS $x RETURN n', { x: 'a' })).join()).toMatch(/NodeByLabelScan/);
    expect(offenders(await planOf('MATCH (p:Person {id: $id})-[r]-(o) RETURN count(r)', { id: 'person:ian-lavery' })).join()).toMatch(/Expand/);
  });
});
