import type { Database } from '../graph/database.js';

/** What /ready reports: the schema has been applied and Neo4j answers right now. */
export class Readiness {
  schemaApplied = false;
  corpusLoaded = false;

  constructor(private readonly db: Database) {}

  async check(): Promise<{ ready: boolean; reason?: string }> {
    if (!this.schemaApplied) return { ready: false, reason: 'schema not applied yet' };
    try {
      await this.db.ping(1500);
      return { ready: true };
    } catch {
      return { ready: false, reason: 'Neo4j unreachable' };
    }
  }
}
