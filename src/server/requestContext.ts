import type { Database } from '../graph/database.js';

/** Per-request context handed to every resolver. */
export interface RequestContext {
  db: Database;
}
