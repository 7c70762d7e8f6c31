import type { Database } from '../graph/database.js';
import type { Loaders } from '../resolvers/loaders.js';

/** Per-request context handed to every resolver. */
export interface RequestContext {
  db: Database;
  /** Batching loaders, new for each request, so nested fields cost one query per field. */
  loaders: Loaders;
}
