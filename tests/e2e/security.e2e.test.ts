import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { QueryTimeoutError } from '../../src/graph/databaseErrors.js';
import type { RunningService } from '../../src/server/startService.js';
import { SLOW_MACHINE_ENV } from '../support/apiClient.js';
import { fingerprint, graphSnapshot, type GraphSnapshot } from '../support/graphSnapshot.js';
import { eventually } from '../support/runCommand.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase, testNeo4j, wipeGraph } from '../support/testNeo4j.js';
import { graphql, startTestService } from '../support/testService.js';

// The security promises of the service that no other test file makes:
// - the only write path (POST /admin/import) needs the admin bearer token, and the GraphQL
//   schema is read-only;
// - the embedded Neo4j (and the HTTP service, by default) listen on loopback only;
// - the query timeout is enforced by Neo4j inside the transaction (and reaches clients as
//   QUERY_TIMEOUT: tests/e2e/queryTimeout.e2e.test.ts).
// Elsewhere: a wrong Neo4j password is refused in tests/integration/database.int.test.ts ("refuses
// a wrong password (auth is on)"); production mode (no introspection, no GraphiQL, no stack
// traces), the CORS allow-list and CSRF prevention in tests/e2e/apiErrors.e2e.test.ts.

const TOKEN = 'test-admin-token-0123456789abcdef';

const post = (url: string, headers: Record<string, string> = {}): Promise<Response> => fetch(`${url}/admin/import`, { method: 'POST', headers });

describe('the write path: POST /admin/import', () => {
  let db: Database;
  let withToken: RunningService;
  let withoutToken: RunningService;
  let clean: GraphSnapshot;

  beforeAll(async () => {
    db = testDatabase(60_000);
    await freshCorpusGraph(db);
    clean = await graphSnapshot(db);
    withToken = await startTestService({ ...SLOW_MACHINE_ENV, ADMIN_TOKEN: TOKEN });
    withoutToken = await startTestService(SLOW_MACHINE_ENV);
  });
  afterAll(async () => {
    await withToken?.stop();
    await withoutToken?.stop();
    await db?.close();
  });

  it('refuses a request without a token, with a wrong token or another scheme (401), and changes nothing', async () => {
    await wipeGraph(db);
    const refused: Array<[string, Record<string, string>]> = [
      ['no Authorization header', {}],
      ['a wrong token', { authorization: `Bearer ${TOKEN}x` }],
      ['a prefix of the token', { authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
      ['an empty bearer token', { authorization: 'Bearer ' }],
      ['the token as Basic credentials', { authorization: `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}` }],
      ['the token without a scheme', { authorization: TOKEN }],
      ['the token in another header', { 'x-admin-token': TOKEN }],
    ];
    for (const [name, headers] of refused) {
      const res = await post(withToken.url, headers);
      expect(res.status, name).toBe(401);
      expect(res.headers.get('www-authenticate'), name).toMatch(/^Bearer/);
      expect(await res.json(), name).toEqual({ error: 'a valid admin bearer token is required' });
    }
    expect(fingerprint(await graphSnapshot(db)).nodeCount).toBe(0);
  });

  it('with the right token re-imports the corpus and answers 200 with the counts of a clean import', async () => {
    const res = await post(withToken.url, { authorization: `Bearer ${TOKEN}` });
    const body = (await res.json()) as { imported: boolean; nodes: number; relationships: number };
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ imported: true, nodes: clean.nodeCount, relationships: clean.relCount });
    expect(fingerprint(await graphSnapshot(db))).toEqual(fingerprint(clean));
  });

  it('answers 404 when ADMIN_TOKEN is not set, whatever the request carries', async () => {
    for (const headers of [{}, { authorization: `Bearer ${TOKEN}` }, { authorization: 'Bearer ' }]) {
      expect((await post(withoutToken.url, headers)).status).toBe(404);
    }
    expect((await fetch(`${withoutToken.url}/admin/anything`)).status).toBe(404);
  });

  it('checks the token before anything else under /admin: an unknown path is 401 without it, 404 with it', async () => {
    expect((await fetch(`${withToken.url}/admin/other`)).status).toBe(401);
    expect((await fetch(`${withToken.url}/admin/import`)).status).toBe(401);
    expect((await fetch(`${withToken.url}/admin/import`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });

  it('offers no write through GraphQL: the schema has no mutation or subscription type, and a mutation is refused', async () => {
    const { status, body } = await graphql(withToken.url, '{ __schema { mutationType { name } subscriptionType { name } } }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __schema: { mutationType: null, subscriptionType: null } } });
    for (const operation of ['mutation { importCorpus }', 'subscription { status { nodeCount } }']) {
      const answer = await graphql(withToken.url, operation);
      expect(answer.body.errors?.map((e) => e.extensions?.code), operation).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(answer.body.errors?.[0]?.message).toBe('This API is read-only: it has no mutations or subscriptions.');
    }
  });
});

/**
 * The local addresses of the TCP sockets listening on `port`, from /proc/net/tcp and tcp6
 * (hex, as the kernel writes them). Reading the kernel's table shows where a server listens
 * without sending it anything: this workplace allows test traffic to loopback addresses only,
 * so connecting to the machine's other address to prove a refusal is not an option.
 */
function listenAddresses(port: number): string[] {
  const out: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let lines: string[];
    try {
      lines = readFileSync(file, 'utf8').trim().split('\n').slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [address, hexPort] = (local ?? '').split(':');
      if (state === '0A' && parseInt(hexPort ?? '', 16) === port) out.push(address!);
    }
  }
  return out;
}

/** 127.0.0.0/8 in /proc/net/tcp (little-endian hex: last byte 7F), ::1, or ::ffff:127.x.x.x in tcp6. */
const LOOPBACK = /^(?:[0-9A-F]{6}7F|0{24}01000000|0{16}FFFF0000[0-9A-F]{6}7F)$/i;

describe('listening on loopback only', () => {
  // With NEO4J_URI set the tests run against a server this project does not configure: skipped, visibly.
  it.skipIf(!testNeo4j().embedded)('the embedded Neo4j listens for Bolt on 127.0.0.1 only', () => {
    const t = testNeo4j();
    const port = Number(new URL(t.uri).port);
    const addresses = listenAddresses(port);
    expect(addresses.length, `a listening socket on ${port}`).toBeGreaterThan(0);
    expect(addresses.filter((a) => !LOOPBACK.test(a)), `listening addresses ${addresses.join(', ')}`).toEqual([]);
  });

  it('the HTTP service listens on 127.0.0.1 by default (HOST)', async () => {
    const service = await startTestService(SLOW_MACHINE_ENV);
    try {
      const addresses = listenAddresses(service.port);
      expect(addresses.length).toBeGreaterThan(0);
      expect(addresses.filter((a) => !LOOPBACK.test(a))).toEqual([]);
    } finally {
      await service.stop();
    }
  });
});

describe('the query timeout is enforced inside the Neo4j transaction', () => {
  const db = testDatabase(60_000);
  afterAll(() => db.close());

  it('a query sleeping 10 s under a 500 ms timeout is stopped by Neo4j: QueryTimeoutError, and no transaction left running', async () => {
    const error = await db.read('CALL apoc.util.sleep(10000) RETURN 1 AS one', {}, 500).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    // The code comes from the server: Neo4j terminated the transaction at its configured
    // timeout (a client giving up would leave it running and report no such code).
    expect(((error as Error).cause as { code?: string }).code).toBe('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
    await eventually(async () => (await db.read("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'apoc.util.sleep' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n"))[0]?.n === 0, 40, 250);
  });

  it('an expensive query without APOC is stopped the same way', async () => {
    const error = await db.read('UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 3 RETURN count(*) AS n', {}, 300).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTimeoutError);
  });
});
