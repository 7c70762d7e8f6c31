import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../../src/graph/database.js';
import { DatabaseUnavailableError } from '../../../src/graph/databaseErrors.js';
import { requestBudgetLeft, withRequestBudget } from '../../../src/graph/deadline.js';

// A request's budget caps the deadline of every query it sends. Against a TCP server that
// accepts and never answers (no Neo4j here), a query with a 5 s timeout (deadline 7 s) run inside
// a 1 s budget must give up at the budget: its error names the bound it was given.
describe('the request budget', () => {
  let server: Server;
  const sockets = new Set<Socket>();
  let db: Database;

  beforeAll(async () => {
    server = createServer((socket) => { sockets.add(socket); socket.on('error', () => undefined); });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    db = new Database({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: 'unused-password', database: 'neo4j', queryTimeoutMs: 5000 });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close().catch(() => undefined);
  });

  it('is carried through async continuations, and absent outside a request', async () => {
    expect(requestBudgetLeft()).toBeUndefined();
    const seen = await withRequestBudget(Date.now() + 60_000, async () => {
      await new Promise((r) => setTimeout(r, 5));
      return requestBudgetLeft();
    });
    expect(seen).toBeGreaterThan(50_000);
    expect(seen).toBeLessThanOrEqual(60_000);
    expect(requestBudgetLeft()).toBeUndefined();
  });

  it('caps a query\'s client-side deadline at what is left of the request', async () => {
    const err = await withRequestBudget(Date.now() + 1000, () => db.read('RETURN 1 AS one')).then(() => 'answered', (e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseUnavailableError);
    const bound = Number(/within (\d+) ms/.exec((err as Error).message)?.[1]);
    expect(bound).toBeGreaterThan(0);
    expect(bound).toBeLessThanOrEqual(1000);
  });
});
