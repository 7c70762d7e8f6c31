import { loadConfig } from '../../src/config/config.js';
import { startService, type RunningService, type ServiceOptions } from '../../src/server/startService.js';
import { testNeo4j } from './testNeo4j.js';

/** Starts the whole HTTP service in-process against the test Neo4j, on a free port. */
export async function startTestService(env: Record<string, string> = {}, prepare?: ServiceOptions['prepare']): Promise<RunningService> {
  const t = testNeo4j();
  const config = loadConfig({
    NEO4J_URI: t.uri,
    NEO4J_USERNAME: t.username,
    NEO4J_PASSWORD: t.password,
    NEO4J_DATABASE: t.database,
    PORT: '0',
    ...env,
  });
  return startService(config, { log: () => {}, ...(prepare ? { prepare } : {}) });
}

/** POSTs a GraphQL operation and returns the HTTP status and parsed body. */
export async function graphql(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> } }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as never };
}
