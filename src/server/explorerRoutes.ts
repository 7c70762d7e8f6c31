import { join } from 'node:path';
import express, { Router } from 'express';
import { ensureExplorerBundle } from './explorerBundle.js';

/**
 * /explore: the network explorer, a client of the public /graphql on the same origin. It stays
 * on in production (it is an app, not a developer tool). The bundle is built, if stale, before
 * the routes are mounted.
 */
export async function explorerRoutes(): Promise<Router> {
  const dir = await ensureExplorerBundle();
  const router = Router();
  router.get('/explore', (_req, res) => {
    res.sendFile(join(dir, 'index.html'));
  });
  router.use('/explore', express.static(dir, { index: false, dotfiles: 'ignore', fallthrough: false }));
  return router;
}
