import type { Database } from './database.js';
import { isAuthFailure } from './databaseErrors.js';

/** The first line of a driver message, without its closing full stop (we add our own). */
const firstLine = (message: string): string => (message.split('\n')[0] ?? '').replace(/\.+$/, '');

/**
 * Resolves once `db` answers a query; retries until `timeoutMs` has passed, then rejects with
 * one plain message naming the URI and the last error. A refused username or password fails at
 * once: waiting cannot fix it, and repeated failed logins make Neo4j lock the user.
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
      lastError = firstLine(cause?.message ?? (err as Error).message);
      if (isAuthFailure(err)) {
        throw new Error(`Neo4j at ${db.options.uri} refused the username and password (${lastError}). Check NEO4J_USERNAME and NEO4J_PASSWORD.`);
      }
      attempt += 1;
      if (attempt === 1 || attempt % 5 === 0) log(`waiting for Neo4j at ${db.options.uri} (${lastError})`);
      await new Promise((r) => setTimeout(r, Math.min(500 * attempt, 3000)));
    }
  }
  throw new Error(`Could not reach Neo4j at ${db.options.uri} within ${timeoutMs} ms (STARTUP_TIMEOUT_MS): ${lastError}. Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.`);
}
