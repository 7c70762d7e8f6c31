import type { Database } from './database.js';

/**
 * Resolves once `db` answers a query; retries until `timeoutMs` has passed, then rejects with
 * one plain message naming the URI and the last error (for example a wrong password).
 */
export async function waitForDatabase(db: Database, timeoutMs: number, log: (m: string) => void): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let attempt = 0;
  let lastError = '';
  while (Date.now() < deadline) {
    try {
      await db.ping(3000);
      return;
    } catch (err) {
      const cause = (err as Error).cause as Error | undefined;
      lastError = cause?.message ?? (err as Error).message;
      attempt += 1;
      if (attempt === 1 || attempt % 5 === 0) log(`waiting for Neo4j at ${db.options.uri} (${lastError.split('\n')[0]})`);
      await new Promise((r) => setTimeout(r, Math.min(500 * attempt, 3000)));
    }
  }
  throw new Error(`Could not reach Neo4j at ${db.options.uri} within ${timeoutMs} ms (STARTUP_TIMEOUT_MS): ${lastError.split('\n')[0]}. Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.`);
}
