import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import type { RunningService } from '../../src/server/startService.js';
import { fuzzCase, type FuzzCase } from '../support/fuzzOperations.js';
import { fingerprint, graphSnapshot } from '../support/graphSnapshot.js';
import { codesOf, describeOutcome, DOCUMENTED_CODES, guardedFetch, INTERNALS, type Outcome } from '../support/guardedFetch.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';
import { startTestService } from '../support/testService.js';

// A seeded fuzz run of hostile GraphQL requests against the real service and the real corpus
// graph (tests/support/fuzzOperations.ts generates them: malformed and random ids and dates,
// huge and negative numbers, deep nesting, alias bombs, 10k+ character strings, Lucene and
// Cypher metacharacters, NUL and emoji, wrong types, unknown fields, syntax soup).
//
// Every answer must be a result with data and no errors, or GraphQL errors each carrying a code
// of the documented set (ErrorCode in src/server/errorCodes.ts), never INTERNAL_SERVER_ERROR (an
// unhandled fault) nor SERVICE_UNAVAILABLE (the database is up), each with the HTTP status the
// README's Errors table gives it (413 exactly for a body over 100 kB), never 5xx; no answer names the database, the protocol or a stack frame;
// none hangs. And the graph is the same afterwards (counts and content checksum): no injection
// wrote anything.
//
// Default: 300 cases. Full run: FUZZ_CASES=10000 npx vitest run tests/e2e/fuzz.e2e.test.ts
// (npm run fuzz). FUZZ_SEED picks another seed; a failure prints the seed and case numbers.

const CASES = Number(process.env.FUZZ_CASES ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20260521);
const CONCURRENCY = 4;
const QUERY_TIMEOUT_MS = 5000;
/** Hang guard per request: far above the query timeout, so only a hang trips it. */
const GUARD_MS = 60_000;

/** Codes that are a correct answer to bad input against a healthy database. QUERY_TIMEOUT is allowed: an expensive valid query may meet it on a busy machine. */
const ACCEPTED = new Set([...DOCUMENTED_CODES].filter((c) => c !== 'INTERNAL_SERVER_ERROR' && c !== 'SERVICE_UNAVAILABLE'));

/**
 * The HTTP statuses each code may come with (README, "Errors"). A 400 with BAD_USER_INPUT is
 * only for variables that fail their type; a 200 with GRAPHQL_VALIDATION_FAILED only for a
 * mutation or subscription; BAD_REQUEST is the HTTP layer's refusal (a 413 only for a body over
 * the limit, below).
 */
const STATUSES_OF: Record<string, readonly number[]> = {
  BAD_USER_INPUT: [200, 400],
  QUERY_TIMEOUT: [200],
  GRAPHQL_PARSE_FAILED: [400],
  GRAPHQL_VALIDATION_FAILED: [400, 200],
  OPERATION_RESOLUTION_FAILURE: [400],
  PERSISTED_QUERY_NOT_FOUND: [200],
  BAD_REQUEST: [400, 413],
};
const BODY_LIMIT = 100 * 1024;
const READ_ONLY = 'This API is read-only: it has no mutations or subscriptions.';

/** Why the answer to a case is wrong, or undefined when it is right. */
function verdict(c: FuzzCase, o: Outcome): string | undefined {
  if (o.failure) return o.failure === 'aborted' ? 'no answer (hang guard fired)' : `no answer: ${o.failure}`;
  if (INTERNALS.test(o.text)) return `leaks internals: ${INTERNALS.exec(o.text)?.[0]}`;
  const bodyBytes = Buffer.byteLength(JSON.stringify(c.body), 'utf8');
  // Over the limit: refused unread with 413 and a JSON error coded BAD_REQUEST; under it, never 413.
  if (bodyBytes > BODY_LIMIT) return o.status === 413 && JSON.stringify(codesOf(o)) === '["BAD_REQUEST"]' ? undefined : `a ${bodyBytes}-byte body answered HTTP ${o.status}, not 413 BAD_REQUEST`;
  if (o.status !== 200 && o.status !== 400) return `HTTP ${o.status}`;
  if (!o.body || typeof o.body !== 'object') return 'body is not a GraphQL JSON response';
  const errors = o.body.errors;
  if (errors === undefined) return o.body.data != null && o.status === 200 ? undefined : 'neither data nor errors';
  if (!Array.isArray(errors) || errors.length === 0) return 'errors is not a non-empty list';
  const codes = codesOf(o);
  const bad = codes.filter((code) => typeof code !== 'string' || !ACCEPTED.has(code));
  if (bad.length) return `error code(s) ${JSON.stringify(bad)} not an accepted documented code`;
  for (const [i, code] of codes.entries()) {
    if (!(STATUSES_OF[code as string] ?? []).includes(o.status)) return `${String(code)} with HTTP ${o.status}`;
    if (code === 'BAD_USER_INPUT' && o.status === 400 && c.body.variables === undefined) return 'BAD_USER_INPUT with HTTP 400 but no variables were sent';
    if (code === 'GRAPHQL_VALIDATION_FAILED' && o.status === 200 && errors[i]?.message !== READ_ONLY) return `GRAPHQL_VALIDATION_FAILED with HTTP 200 for something other than a mutation: ${errors[i]?.message}`;
    if (code === 'BAD_REQUEST' && o.status === 400 && c.body.query !== '') return 'BAD_REQUEST for a JSON body under the limit with a query';
  }
  return undefined;
}

const short = (s: string, n = 300): string => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

describe(`seeded GraphQL fuzz (seed ${SEED}, ${CASES} cases)`, () => {
  let db: Database;
  let service: RunningService;
  beforeAll(async () => {
    db = testDatabase(60_000);
    await freshCorpusGraph(db);
    service = await startTestService({ QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS) });
  });
  afterAll(async () => {
    await service?.stop();
    await db?.close();
  });

  it('answers every generated operation with data or a documented error code, and writes nothing', async () => {
    const before = fingerprint(await graphSnapshot(db));
    const t0 = Date.now();
    const failures: string[] = [];
    const tally = new Map<string, number>();
    const kinds = new Map<string, number>();
    const reasons = new Map<string, number>();
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let i = next++; i < CASES; i = next++) {
        const c: FuzzCase = fuzzCase(SEED, i);
        const o = await guardedFetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(c.body) }, GUARD_MS);
        kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
        const codes = o.body?.errors ? [...new Set(codesOf(o).map(String))] : ['data'];
        for (const code of codes) tally.set(code, (tally.get(code) ?? 0) + 1);
        const why = verdict(c, o);
        if (why) reasons.set(why.replace(/:.*$/, ''), (reasons.get(why.replace(/:.*$/, '')) ?? 0) + 1);
        if (why) failures.push(`case ${i} (${c.kind}): ${why}\n  request: ${short(JSON.stringify(c.body))}\n  answer: ${short(describeOutcome(o), 600)}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    const sorted = (m: Map<string, number>): string => [...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`[fuzz] seed ${SEED}: ${CASES} cases in ${seconds} s (${CONCURRENCY} at a time); answers: ${sorted(tally)}; kinds: ${sorted(kinds)}; failures ${failures.length}${failures.length ? ` (${sorted(reasons)})` : ''}`);
    expect(failures.slice(0, 15), `seed ${SEED}: ${failures.length} of ${CASES} cases failed; reproduce with FUZZ_SEED=${SEED} FUZZ_CASES=${CASES} npx vitest run tests/e2e/fuzz.e2e.test.ts`).toEqual([]);
    // Data answers and refusals both occurred: the run exercised the resolvers, not only the parser.
    expect(tally.get('data') ?? 0).toBeGreaterThan(CASES / 20);
    expect(tally.get('BAD_USER_INPUT') ?? 0).toBeGreaterThan(0);
    expect(fingerprint(await graphSnapshot(db)), 'the graph after the fuzz run').toEqual(before);
  });

  it('answers each malformed HTTP request with the status and code the README gives it, and no internals', async () => {
    const url = `${service.url}/graphql`;
    const json = { 'content-type': 'application/json' };
    const nested = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    // Each with the one status it must get (README, "Errors"), and BAD_REQUEST as its code where
    // the HTTP layer or Apollo's request checks refuse it before any GraphQL runs.
    const requests: Array<[string, RequestInit, number, string[]]> = [
      ['invalid JSON', { method: 'POST', headers: json, body: '{"query": "{ status { edition } }"' }, 400, ['BAD_REQUEST']],
      ['JSON with a trailing comma', { method: 'POST', headers: json, body: '{"query": "{ status { edition } }",}' }, 400, ['BAD_REQUEST']],
      ['a JSON string', { method: 'POST', headers: json, body: '"{ status { edition } }"' }, 400, ['BAD_REQUEST']],
      ['a batch (JSON array)', { method: 'POST', headers: json, body: JSON.stringify([{ query: '{ status { edition } }' }, { query: '{ documents { id } }' }]) }, 400, ['BAD_REQUEST']],
      ['an empty body', { method: 'POST', headers: json, body: '' }, 400, ['BAD_REQUEST']],
      ['an empty object', { method: 'POST', headers: json, body: '{}' }, 400, ['BAD_REQUEST']],
      ['query is not a string', { method: 'POST', headers: json, body: JSON.stringify({ query: { a: 1 } }) }, 400, ['BAD_REQUEST']],
      ['query is null', { method: 'POST', headers: json, body: JSON.stringify({ query: null }) }, 400, ['BAD_REQUEST']],
      ['variables is a string', { method: 'POST', headers: json, body: JSON.stringify({ query: 'query($t: String!) { search(text: $t) { score } }', variables: '{"t": "x"}' }) }, 400, ['BAD_REQUEST']],
      ['variables nested 5000 deep', { method: 'POST', headers: json, body: `{"query": "query($t: String!) { search(text: $t) { score } }", "variables": {"t": ${nested}}}` }, 400, ['BAD_USER_INPUT']],
      ['a body over the 100 kB limit', { method: 'POST', headers: json, body: JSON.stringify({ query: '{ status { edition } }', variables: { pad: 'x'.repeat(200_000) } }) }, 413, ['BAD_REQUEST']],
      ['text/plain (a simple cross-site request)', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ status { edition } }' }) }, 400, ['BAD_REQUEST']],
      ['form-encoded', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B%20status%20%7B%20edition%20%7D%20%7D' }, 400, ['BAD_REQUEST']],
      ['a cross-site GET', { method: 'GET' }, 400, ['BAD_REQUEST']],
      ['PUT', { method: 'PUT', headers: json, body: JSON.stringify({ query: '{ status { edition } }' }) }, 405, ['BAD_REQUEST']],
      ['an empty query', { method: 'POST', headers: json, body: JSON.stringify({ query: '' }) }, 400, ['BAD_REQUEST']],
      ['two operations and no operationName', { method: 'POST', headers: json, body: JSON.stringify({ query: 'query A { status { edition } } query B { documents { id } }' }) }, 400, ['OPERATION_RESOLUTION_FAILURE']],
      ['an operationName that names no operation', { method: 'POST', headers: json, body: JSON.stringify({ query: 'query A { status { edition } }', operationName: 'B' }) }, 400, ['OPERATION_RESOLUTION_FAILURE']],
      ['a persisted-query hash the service does not hold', { method: 'POST', headers: json, body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }) }, 200, ['PERSISTED_QUERY_NOT_FOUND']],
      ['a JSON content type with a bad charset', { method: 'POST', headers: { 'content-type': 'application/json; charset=klingon' }, body: JSON.stringify({ query: '{ status { edition } }' }) }, 415, ['BAD_REQUEST']],
    ];
    const wrong: string[] = [];
    const seen: string[] = [];
    for (const [name, init, status, expectedCodes] of requests) {
      const o = await guardedFetch(url, init, GUARD_MS);
      const codes = o.body?.errors ? codesOf(o) : [];
      seen.push(`${name}: ${o.status} ${JSON.stringify(codes)}`);
      const why = o.failure ? `no answer: ${o.failure}`
        : o.status !== status ? `HTTP ${o.status}, not ${status}`
          : INTERNALS.test(o.text) ? `leaks internals: ${INTERNALS.exec(o.text)?.[0]}`
            : JSON.stringify(codes) !== JSON.stringify(expectedCodes) ? `codes ${JSON.stringify(codes)}, not ${JSON.stringify(expectedCodes)}` : undefined;
      if (why) wrong.push(`${name}: ${why}: ${short(o.text, 400)}`);
    }
    console.log(`[fuzz] malformed HTTP requests: ${seen.join('; ')}`);
    expect(wrong).toEqual([]);
  });
});
