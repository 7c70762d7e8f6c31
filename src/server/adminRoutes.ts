import { createHash, timingSafeEqual } from 'node:crypto';
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Config, ServiceLimits } from '../config/config.js';
import type { Database } from '../graph/database.js';
import { DatabaseUnavailableError, QueryTimeoutError } from '../graph/databaseErrors.js';
import { applySchema } from '../import/applySchema.js';
import { graphSummary } from '../import/graphSummary.js';
import { ImportRefusedError } from '../import/importCorpus.js';
import { corpusPaths } from '../config/config.js';
import { importCorpusFiles } from '../import/importCorpusFiles.js';
import { ImportBusyError, takeImportLock } from '../import/importLock.js';
import { adminDocuments } from './adminDocuments.js';
import { RateLimit } from './rateLimit.js';

/** Admin writes a minute when the configuration does not say (ADMIN_RATE_PER_MINUTE). */
export const DEFAULT_ADMIN_PER_MINUTE = 10;

/** Given two strings, returns whether they are equal, in time that does not depend on where they differ. */
export function tokensEqual(given: string, expected: string): boolean {
  // Hashing first gives equal-length inputs, so timingSafeEqual never leaks the token's length.
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
function bearerToken(req: Request): string | undefined {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

/**
 * The operator's write path, the only one the service has (the GraphQL schema has no
 * mutations): `POST /admin/import` re-validates the extraction files on disk and re-imports
 * them into the running database, in one transaction like `npm run import`.
 *
 * Without ADMIN_TOKEN set, every /admin path answers 404, as if it did not exist. With it set,
 * a request must carry `Authorization: Bearer <ADMIN_TOKEN>` or get 401; the comparison takes
 * the same time wherever a wrong token differs. One import or ingest runs at a time on a corpus,
 * across processes (409 otherwise): the lock of src/import/importLock.ts.
 * Imports and ingests together are rate-limited (429 + Retry-After past ADMIN_RATE_PER_MINUTE).
 */
export function adminRoutes(config: Pick<Config, 'adminToken' | 'corpusDir' | 'extractionDir'> & { limits?: Pick<ServiceLimits, 'adminPerMinute'> }, db: Database, log: (message: string) => void = (m) => process.stderr.write(`[campaign-graph] ${m}\n`)): Router {
  const router = Router();
  const token = config.adminToken;
  router.use((req: Request, res: Response, next: NextFunction) => {
    if (!token) {
      res.status(404).json({ error: 'not found' });
      return;
    }
    const given = bearerToken(req);
    if (given === undefined || !tokensEqual(given, token)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer realm="campaign-graph admin"');
      res.json({ error: 'a valid admin bearer token is required' });
      return;
    }
    next();
  });

  const paths = { ...corpusPaths(), ...definedPaths(config) };
  const limit = new RateLimit(config.limits?.adminPerMinute ?? DEFAULT_ADMIN_PER_MINUTE);
  router.post('/import', async (_req: Request, res: Response) => {
    if (!limit.admit(res)) return;
    // The lock `npm run import` and the ingests take too (src/import/importLock.ts).
    let release: () => void;
    try {
      release = takeImportLock(paths.corpusDir);
    } catch (err) {
      if (err instanceof ImportBusyError) res.status(409).json({ error: err.message });
      else {
        log(`admin import could not take the import lock: ${(err as Error)?.message ?? String(err)}`);
        res.status(500).json({ error: 'the import could not start; see the service log' });
      }
      return;
    }
    const t0 = Date.now();
    try {
      await applySchema(db);
      await importCorpusFiles(db, [], { log, ...paths });
      const summary = await graphSummary(db);
      log(`admin import finished in ${Date.now() - t0} ms: ${summary.totalNodes} nodes, ${summary.totalRelationships} relationships`);
      res.json({
        imported: true,
        ms: Date.now() - t0,
        nodes: summary.totalNodes,
        relationships: summary.totalRelationships,
        nodesByLabel: summary.nodes,
        relationshipsByType: summary.relationships,
      });
    } catch (err) {
      if (err instanceof ImportRefusedError) {
        // Validation issues name extraction files and lines: the operator's own input, safe to show.
        res.status(422).json({ error: 'the extraction files did not validate; nothing was imported', issues: err.message.split('\n') });
      } else if (err instanceof DatabaseUnavailableError) {
        res.status(503).json({ error: 'the graph database is unavailable; nothing was imported' });
      } else if (err instanceof QueryTimeoutError) {
        res.status(504).json({ error: 'the import took too long and was rolled back' });
      } else {
        log(`admin import failed: ${(err as Error)?.message ?? String(err)}`);
        res.status(500).json({ error: 'the import failed and was rolled back; see the service log' });
      }
    } finally {
      release();
    }
  });
  // POST /admin/documents: one new document, drafted and imported (src/server/adminDocuments.ts).
  adminDocuments(router, paths, db, log, limit);
  router.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'not found' });
  });
  return router;
}

function definedPaths(c: Partial<Pick<Config, 'corpusDir' | 'extractionDir'>>): Partial<Pick<Config, 'corpusDir' | 'extractionDir'>> {
  return { ...(c.corpusDir ? { corpusDir: c.corpusDir } : {}), ...(c.extractionDir ? { extractionDir: c.extractionDir } : {}) };
}
