import { ErrorCode } from '../../src/server/errorCodes.js';

/** How one HTTP request ended: an answer (status and raw body) or a failure (aborted, refused). */
export interface Outcome {
  status: number | null;
  /** The raw body, as the client received it. */
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  body: { data?: unknown; errors?: Array<{ message?: string; extensions?: { code?: unknown } }> } | undefined;
  /** Set when no answer arrived: 'aborted' (the hang guard fired) or the network error's message. */
  failure?: string;
  startedAt: number;
  endedAt: number;
}

/**
 * Sends one request with a hang guard: `AbortSignal.timeout(guardMs)` aborts it if no answer
 * has arrived by then, and the outcome says 'aborted'. Never throws.
 */
export async function guardedFetch(url: string, init: RequestInit, guardMs: number): Promise<Outcome> {
  const startedAt = Date.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(guardMs) });
    const text = await res.text();
    let body: Outcome['body'];
    try {
      body = JSON.parse(text) as Outcome['body'];
    } catch {
      body = undefined;
    }
    return { status: res.status, text, body, startedAt, endedAt: Date.now() };
  } catch (err) {
    const e = err as Error;
    const failure = e.name === 'TimeoutError' || e.name === 'AbortError' ? 'aborted' : `${e.name}: ${e.message}${e.cause ? ` (${String((e.cause as Error).message ?? e.cause)})` : ''}`;
    return { status: null, text: '', body: undefined, failure, startedAt, endedAt: Date.now() };
  }
}

/** POSTs a GraphQL operation as JSON (the way every client does) with a hang guard. */
export function postGraphQL(url: string, query: string, variables: Record<string, unknown>, guardMs: number): Promise<Outcome> {
  return guardedFetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  }, guardMs);
}

/** The error codes the API documents (src/server/errorCodes.ts, README "Errors"). */
export const DOCUMENTED_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

/**
 * What must never reach a client, in any letter case: the database's name or its error codes
 * (`neo4j`, `Neo4jError`, `Neo.ClientError…`), the Bolt protocol, the query language, a Java or
 * JavaScript stack frame (`at fn (file:line:col)`, `at org.neo4j…`), a source path, or Apollo's
 * `stacktrace` extension. The fuzz inputs contain none of these words (fuzzOperations.ts), so
 * an echo of the input is never taken for a leak.
 */
export const INTERNALS = /neo4j|neo\.|bolt|cypher|stacktrace|\n\s*at \S.*:\d+:\d+|\bat (?:org|java|com)\.\S+\(|\/node_modules\/|\/src\/\S+\.ts|\.java:\d+/i;

/** The codes of an outcome's GraphQL errors, in order. */
export const codesOf = (o: Outcome): unknown[] => (o.body?.errors ?? []).map((e) => e.extensions?.code);

/** One line describing an outcome, for failure messages. */
export const describeOutcome = (o: Outcome): string =>
  o.failure ? `no answer after ${o.endedAt - o.startedAt} ms: ${o.failure}` : `HTTP ${o.status} after ${o.endedAt - o.startedAt} ms: ${o.text.slice(0, 600)}`;
