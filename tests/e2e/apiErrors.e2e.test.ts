import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { QUERY_LIMITS } from '../../src/server/queryLimits.js';
import type { RunningService } from '../../src/server/startService.js';
import { ask, codesOf, query, SLOW_MACHINE_ENV, type Answer } from '../support/apiClient.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';
import { startTestService } from '../support/testService.js';

// How the API answers what it must refuse: malformed input, abusive queries, query syntax
// smuggled into text and ids, cross-site requests, and production mode. Every error code
// asserted here is one schema.graphql's header documents.

const ALLOWED_ORIGIN = 'http://allowed.example';
const OTHER_ALLOWED_ORIGIN = 'https://second.example:8443';

/** The one error of an answer: its code, and the HTTP status. */
function expectError(answer: Answer<unknown>, code: string, status: number, argumentName?: string): void {
  expect(answer.status, JSON.stringify(answer.errors)).toBe(status);
  expect(codesOf(answer), JSON.stringify(answer.errors)).toEqual([code]);
  if (argumentName) expect(answer.errors![0]!.extensions?.argumentName).toBe(argumentName);
  expect(answer.errors![0]!.extensions?.stacktrace, 'no stack trace reaches a client').toBeUndefined();
}

describe('API errors', () => {
  let db: Database;
  let service: RunningService;
  let production: RunningService;
  let stderr: string[];

  beforeAll(async () => {
    db = testDatabase();
    await freshCorpusGraph(db);
    service = await startTestService({ ...SLOW_MACHINE_ENV, CORS_ORIGINS: `${ALLOWED_ORIGIN}, ${OTHER_ALLOWED_ORIGIN}` });
    production = await startTestService({ ...SLOW_MACHINE_ENV, NODE_ENV: 'production' });
  });

  afterAll(async () => {
    await production?.stop();
    await service?.stop();
    await db?.close();
  });

  // The services run in this process: formatError logs every masked internal error to stderr,
  // so an empty log proves no request below hit INTERNAL_SERVER_ERROR on the server side.
  beforeEach(() => {
    stderr = [];
    const write = process.stderr.write.bind(process.stderr);
    vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
      stderr.push(String(chunk));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stderr.write);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    expect(stderr.filter((line) => line.includes('internal error'))).toEqual([]);
  });

  describe('malformed input', () => {
    it('refuses a malformed id as BAD_USER_INPUT naming the argument', async () => {
      for (const id of ['Ian Lavery', 'person:', 'person:Ian-Lavery', 'people:ian-lavery', "person:ian-lavery' OR 1=1 //", `person:${'a'.repeat(300)}`, '']) {
        expectError(await ask(service.url, 'query($id: ID!) { entity(id: $id) { id } }', { id }), 'BAD_USER_INPUT', 200, 'id');
      }
      expectError(await ask(service.url, '{ campaignedWith(personId: "ian lavery") { totalCount } }'), 'BAD_USER_INPUT', 200, 'personId');
      expectError(await ask(service.url, '{ paths(fromId: "person:ian-lavery", toId: "lavalette") { nodes { id } } }'), 'BAD_USER_INPUT', 200, 'toId');
      expectError(await ask(service.url, '{ paths(fromId: "MATCH (n) DETACH DELETE n", toId: "person:ian-lavery") { nodes { id } } }'), 'BAD_USER_INPUT', 200, 'fromId');
    });

    it('refuses a malformed PartialDate in variables as BAD_USER_INPUT (HTTP 400)', async () => {
      for (const date of ['2021-13', '2021-02-30', '21', '2021/05', '2021-05-01T00:00:00Z', 'yesterday', 2021]) {
        const answer = await ask(service.url, 'query($from: PartialDate) { events(from: $from) { totalCount } }', { from: date });
        expectError(answer, 'BAD_USER_INPUT', 400);
        expect(answer.errors![0]!.message).toContain('partial ISO 8601 date');
      }
    });

    it('refuses a malformed PartialDate written in the query as GRAPHQL_VALIDATION_FAILED (HTTP 400), at its location', async () => {
      for (const literal of ['"2021-13"', '"2023-02-29"', '"May 2021"', '2021', 'true']) {
        const answer = await ask(service.url, `{ events(from: ${literal}) { totalCount } }`);
        expectError(answer, 'GRAPHQL_VALIDATION_FAILED', 400);
        expect(answer.errors![0]!.message).toContain('Expected value of type "PartialDate"');
        expect(answer.errors![0]).toMatchObject({ locations: [{ line: 1, column: 16 }] });
      }
      // A real date is fine either way.
      expect(await query(service.url, '{ events(from: "2024-02-29") { totalCount } }')).toEqual({ events: { totalCount: expect.any(Number) } });
    });

    it('refuses a page larger than 100 as BAD_USER_INPUT, at the top level and inside', async () => {
      expectError(await ask(service.url, '{ events(first: 1000) { totalCount } }'), 'BAD_USER_INPUT', 200, 'first');
      expectError(await ask(service.url, '{ campaignedWith(personId: "person:ian-lavery", first: 1000) { totalCount } }'), 'BAD_USER_INPUT', 200, 'first');
      expectError(await ask(service.url, '{ search(text: "Lavery", first: 1000) { score } }'), 'BAD_USER_INPUT', 200, 'first');
      expectError(await ask(service.url, '{ search(text: "Lavery", first: -1) { score } }'), 'BAD_USER_INPUT', 200, 'first');
      const nested = await ask(service.url, '{ event(id: "event:eve-of-may-day-rally-2022") { name participants(first: 1000) { totalCount } } }');
      expectError(nested, 'BAD_USER_INPUT', 200, 'first');
      expect(nested.errors![0]!.path).toEqual(['event', 'participants']);
      // At the limit it answers.
      expect(await query(service.url, '{ events(first: 100) { totalCount } }')).toBeTruthy();
    });

    it('refuses a cursor the API did not write as BAD_USER_INPUT', async () => {
      for (const after of ['not-a-cursor!', 'Zm9v', "' OR 1=1 //", 'a'.repeat(2000)]) {
        expectError(await ask(service.url, 'query($after: String) { campaignedWith(personId: "person:ian-lavery", after: $after) { totalCount } }', { after }), 'BAD_USER_INPUT', 200, 'after');
        expectError(await ask(service.url, 'query($after: String) { elections(after: $after) { totalCount } }', { after }), 'BAD_USER_INPUT', 200, 'after');
      }
    });

    it('refuses maxHops outside 1 to 6 as BAD_USER_INPUT', async () => {
      for (const maxHops of [99, 7, 0, -1]) {
        expectError(await ask(service.url, `{ paths(fromId: "person:michael-lavalette", toId: "person:ian-lavery", maxHops: ${maxHops}) { nodes { id } } }`), 'BAD_USER_INPUT', 200, 'maxHops');
      }
    });

    it('refuses search text over 200 characters as BAD_USER_INPUT', async () => {
      expectError(await ask(service.url, 'query($t: String!) { search(text: $t) { score } }', { t: 'Lavery '.repeat(40) }), 'BAD_USER_INPUT', 200, 'text');
    });
  });

  describe('query limits', () => {
    const nested = (levels: number): string => {
      let selection = 'name';
      for (let i = 0; i < levels; i += 1) selection = `campaignedWith(first: 1) { edges { node { ${selection} } } }`;
      return `{ person(id: "person:ian-lavery") { ${selection} } }`;
    };

    it(`refuses a query deeper than ${QUERY_LIMITS.maxDepth} as GRAPHQL_VALIDATION_FAILED (HTTP 400)`, async () => {
      const answer = await ask(service.url, nested(4));
      expectError(answer, 'GRAPHQL_VALIDATION_FAILED', 400);
      expect(answer.errors![0]!.message).toContain(`depth limit of ${QUERY_LIMITS.maxDepth}`);
      // Two levels are fine.
      expect(await query(service.url, nested(2))).toBeTruthy();
    });

    it(`refuses more than ${QUERY_LIMITS.maxAliases} aliases as GRAPHQL_VALIDATION_FAILED (HTTP 400)`, async () => {
      const aliases = (n: number): string => `{ ${Array.from({ length: n }, (_, i) => `a${i}: status { edition }`).join(' ')} }`;
      expectError(await ask(service.url, aliases(QUERY_LIMITS.maxAliases + 1)), 'GRAPHQL_VALIDATION_FAILED', 400);
      expectError(await ask(service.url, aliases(200)), 'GRAPHQL_VALIDATION_FAILED', 400);
      expect(Object.keys(await query<Record<string, unknown>>(service.url, aliases(QUERY_LIMITS.maxAliases)))).toHaveLength(QUERY_LIMITS.maxAliases);
    });

    it(`refuses more than ${QUERY_LIMITS.maxDirectives} directives as GRAPHQL_VALIDATION_FAILED (HTTP 400)`, async () => {
      const fields = (n: number): string => Array.from({ length: n }, () => 'edition @include(if: true)').join(' ');
      const answer = await ask(service.url, `{ status { ${fields(QUERY_LIMITS.maxDirectives + 1)} } }`);
      expectError(answer, 'GRAPHQL_VALIDATION_FAILED', 400);
      expect(answer.errors![0]!.message).toContain(`Directives limit of ${QUERY_LIMITS.maxDirectives}`);
      expect(await query(service.url, `{ status { ${fields(QUERY_LIMITS.maxDirectives)} } }`)).toEqual({ status: { edition: 'community' } });
    });

    it(`refuses a query costing more than ${QUERY_LIMITS.maxCost} as GRAPHQL_VALIDATION_FAILED (HTTP 400)`, async () => {
      // Shallow (depth 8) and with no aliases: only the cost of 100 events x 100 participants is over.
      const costly = (first: number): string => `{ events(first: ${first}) { edges { node { participants(first: ${first}) { edges { node { role evidence { quote } } } } } } } }`;
      const answer = await ask(service.url, costly(100));
      expectError(answer, 'GRAPHQL_VALIDATION_FAILED', 400);
      expect(answer.errors![0]!.message).toContain(`Cost limit of ${QUERY_LIMITS.maxCost} exceeded`);
      expect(await query(service.url, costly(10))).toBeTruthy();
    });

    it(`refuses a document of more than ${QUERY_LIMITS.maxTokens} tokens before parsing it: GRAPHQL_PARSE_FAILED (HTTP 400)`, async () => {
      // The parser stops at the limit, so this is a parse failure, not a validation failure.
      const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => 'edition').join(' ');
      const answer = await ask(service.url, `{ status { ${fields} } }`);
      expectError(answer, 'GRAPHQL_PARSE_FAILED', 400);
      expect(answer.errors![0]!.message).toContain(`${QUERY_LIMITS.maxTokens} tokens`);
      const list = Array.from({ length: QUERY_LIMITS.maxTokens }, () => 'PERSON').join(' ');
      expectError(await ask(service.url, `{ search(text: "x", kinds: [${list}]) { score } }`), 'GRAPHQL_PARSE_FAILED', 400);
    });

    it('answers a syntax error as GRAPHQL_PARSE_FAILED with HTTP 400, not 500', async () => {
      // Regression: graphql-armor's max-tokens Apollo plugin turned every syntax error into a 500.
      for (const text of ['test', '{ status { ', '{ status { edition } } }', 'query ($x: ) { status { edition } }']) {
        expectError(await ask(service.url, text), 'GRAPHQL_PARSE_FAILED', 400);
      }
    });

    it('answers an overlapping-fields bomb with HTTP 400 and no work done', async () => {
      const before = service.db.queryCount;
      const fields = Array.from({ length: 1200 }, () => 'edition').join(' ');
      expectError(await ask(service.url, `{ status { ${fields} } }`), 'GRAPHQL_VALIDATION_FAILED', 400);
      expect(service.db.queryCount).toBe(before);
    });

    it('refuses a batch of operations in one request', async () => {
      const res = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([{ query: '{ status { edition } }' }, { query: '{ status { edition } }' }]),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
    });
  });

  describe('query syntax in text and ids', () => {
    const METACHARACTERS = ['"', ')', ']', '}', '~', '*', '?', '\\', "'", 'OR 1=1', '//', '" ) ] } ~ * ? \\ \' OR 1=1 //', '+', '-', '&&', '||', '!', ':', '^', '/', '`', '$x', '{', '[', '(', '\u0000', 'AND', 'NOT', 'TO', '*:*', 'name:*', '/.*/'];

    it('answers search text full of Lucene and Cypher syntax with a result, never an internal error', async () => {
      for (const m of METACHARACTERS) {
        // Without letters or digits of its own, the syntax adds no word: the search is for
        // Ian Lavery alone. With words (OR, 1=1, name) every word is required, as for any text.
        const addsWords = /[\p{L}\p{N}]/u.test(m);
        for (const text of [m, `Lavery${m}`, `${m}Lavery`, `Ian ${m} Lavery`]) {
          const answer = await ask<{ search: Array<{ entity: { id: string } }> }>(service.url, 'query($t: String!) { search(text: $t) { score entity { id } } }', { t: text });
          expect(answer.status, text).toBe(200);
          expect(answer.errors, text).toBeUndefined();
          if (!addsWords && text !== m) expect(answer.data!.search[0]?.entity.id, text).toBe('person:ian-lavery');
          // Lucene syntax is not interpreted: "*", "*:*" or "/.*/" does not match everything.
          if (!addsWords && text === m) expect(answer.data!.search, m).toEqual([]);
        }
      }
    });

    it('refuses ids carrying query syntax as BAD_USER_INPUT, and treats other text arguments as plain strings', async () => {
      const areaQuery = 'query($area: String) { elections(area: $area, first: 100) { totalCount edges { node { id } } } }';
      const preston = (await query<{ elections: { edges: Array<{ node: { id: string } }> } }>(service.url, areaQuery, { area: 'Preston' })).elections.edges.map((e) => e.node.id);
      expect(preston.length).toBeGreaterThan(0);
      for (const m of METACHARACTERS) {
        // "person:ian-lavery-" has the form of an id, so it is a correct null; anything else is refused.
        const suffixed = await ask<{ person: unknown }>(service.url, 'query($id: ID!) { person(id: $id) { id } }', { id: `person:ian-lavery${m}` });
        if (m === '-') expect(suffixed).toEqual({ status: 200, data: { person: null }, errors: undefined });
        else expectError(suffixed, 'BAD_USER_INPUT', 200, 'id');
        expectError(await ask(service.url, 'query($id: ID!) { campaignedWith(personId: $id) { totalCount } }', { id: `${m}person:ian-lavery` }), 'BAD_USER_INPUT', 200, 'personId');
        // The area is matched as plain text: adding syntax to it can only narrow the match.
        const { elections } = await query<{ elections: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(service.url, areaQuery, { area: `Preston${m}` });
        expect(elections.totalCount, m).toBe(elections.edges.length);
        for (const e of elections.edges) expect(preston, m).toContain(e.node.id);
        if (!/^[-\p{L}\p{N}]/u.test(m)) expect(elections.totalCount, m).toBe(0);
      }
    });
  });

  describe('production mode (NODE_ENV=production)', () => {
    it('turns introspection off', async () => {
      for (const text of ['{ __schema { types { name } } }', '{ __type(name: "Person") { fields { name } } }']) {
        const answer = await ask(production.url, text);
        expectError(answer, 'GRAPHQL_VALIDATION_FAILED', 400);
        expect(answer.errors![0]!.message).toMatch(/introspection/i);
      }
      // In development it is on.
      expect(await query(service.url, '{ __type(name: "Person") { name } }')).toEqual({ __type: { name: 'Person' } });
    });

    it('serves no GraphiQL', async () => {
      expect((await fetch(`${production.url}/graphiql`)).status).toBe(404);
      expect((await fetch(`${production.url}/`, { redirect: 'manual' })).status).toBe(404);
      expect((await fetch(`${service.url}/graphiql`)).status).toBe(200);
    });

    it('puts no stack trace in errors and suggests no field names', async () => {
      for (const url of [production.url, service.url]) {
        expectError(await ask(url, '{ person(id: "bad id") { id } }'), 'BAD_USER_INPUT', 200);
        expectError(await ask(url, '{ events(from: "2021-13") { totalCount } }'), 'GRAPHQL_VALIDATION_FAILED', 400);
        expectError(await ask(url, '{ status { '), 'GRAPHQL_PARSE_FAILED', 400);
      }
      const misspelt = '{ statu { edition } }';
      const inProduction = await ask(production.url, misspelt);
      expectError(inProduction, 'GRAPHQL_VALIDATION_FAILED', 400);
      expect(inProduction.errors![0]!.message).not.toMatch(/Did you mean/);
      expect((await ask(service.url, misspelt)).errors![0]!.message).toContain('Did you mean "status"?');
    });

    it('still answers queries', async () => {
      const { search } = await query<{ search: Array<{ entity: { id: string } }> }>(production.url, '{ search(text: "Lavry") { entity { id } } }');
      expect(search[0]!.entity.id).toBe('person:ian-lavery');
    });
  });

  describe('cross-site requests', () => {
    const STATUS_QUERY = encodeURIComponent('{ status { edition } }');

    it('refuses a GET without a preflight-forcing header (CSRF prevention), and answers one with it', async () => {
      const simple = await fetch(`${service.url}/graphql?query=${STATUS_QUERY}`);
      expect(simple.status).toBe(400);
      expect(((await simple.json()) as { errors: Array<{ message: string; extensions: { code: string } }> }).errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' }, message: expect.stringContaining('Cross-Site Request Forgery') });
      const preflighted = await fetch(`${service.url}/graphql?query=${STATUS_QUERY}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(preflighted.status).toBe(200);
      expect(await preflighted.json()).toEqual({ data: { status: { edition: 'community' } } });
    });

    it('refuses a POST a browser could send cross-site without a preflight', async () => {
      const body = JSON.stringify({ query: '{ status { edition } }' });
      for (const contentType of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const res = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
        expect(res.status, contentType).toBe(400);
        const text = await res.text();
        expect(text, contentType).not.toContain('community');
      }
    });

    it('gives CORS headers to an origin in CORS_ORIGINS only', async () => {
      const post = (origin: string) => fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ query: '{ status { edition } }' }),
      });
      for (const origin of [ALLOWED_ORIGIN, OTHER_ALLOWED_ORIGIN]) {
        const allowed = await post(origin);
        expect(allowed.status).toBe(200);
        expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
        expect(allowed.headers.get('vary')).toMatch(/Origin/);
      }
      for (const origin of ['http://evil.example', 'http://allowed.example.evil.example', 'http://allowed.example:8080', 'null']) {
        const other = await post(origin);
        expect(other.headers.get('access-control-allow-origin'), origin).toBeNull();
        expect(other.headers.get('access-control-allow-credentials'), origin).toBeNull();
      }

      const preflight = (origin: string) => fetch(`${service.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      const allowedPreflight = await preflight(ALLOWED_ORIGIN);
      expect(allowedPreflight.status).toBe(204);
      expect(allowedPreflight.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      expect(allowedPreflight.headers.get('access-control-allow-methods')).toContain('POST');
      expect(allowedPreflight.headers.get('access-control-allow-headers')).toContain('content-type');
      const otherPreflight = await preflight('http://evil.example');
      expect(otherPreflight.headers.get('access-control-allow-origin')).toBeNull();
      expect(otherPreflight.headers.get('access-control-allow-methods')).toBeNull();

      // The production service was started without CORS_ORIGINS: nobody gets the headers.
      const none = await fetch(`${production.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ALLOWED_ORIGIN },
        body: JSON.stringify({ query: '{ status { edition } }' }),
      });
      expect(none.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});
