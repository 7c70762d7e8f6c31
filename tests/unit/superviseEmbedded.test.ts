import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EmbeddedNeo4j } from '../../src/embedded/embeddedNeo4j.js';
import { MAX_RESTARTS } from '../../src/embedded/startDatabase.js';
import { superviseEmbedded } from '../../src/embedded/superviseEmbedded.js';
import { Database } from '../../src/graph/database.js';
import { DatabaseUnavailableError } from '../../src/graph/databaseErrors.js';

/** Stands in for the JVM: each start() takes the next outcome; a failed start emits 'exit' first, as EmbeddedNeo4j does. */
class FakeJvm extends EventEmitter {
  starts = 0;
  constructor(private readonly outcomes: Array<'ok' | 'fail'>) {
    super();
  }
  async start(): Promise<string> {
    this.starts += 1;
    if (this.outcomes.shift() === 'fail') {
      this.emit('exit', 1, null);
      throw new Error('Neo4j exited during startup');
    }
    return 'bolt://127.0.0.1:1';
  }
}

/** A loopback TCP server that counts the connections it accepts (and closes each at once). */
async function countingServer(): Promise<{ port: number; connections: () => number; close(): Promise<void> }> {
  let connections = 0;
  const server: Server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolvePromise) => server.listen({ host: '127.0.0.1', port: 0 }, () => resolvePromise()));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    connections: () => connections,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the embedded supervisor', () => {
  it('runs one restart loop at a time: a restart that fails during startup is retried by that loop, not by a second one', async () => {
    vi.useFakeTimers();
    const jvm = new FakeJvm(['fail', 'ok', 'ok', 'ok']);
    const restarted = vi.fn();
    const stop = superviseEmbedded(jvm as unknown as EmbeddedNeo4j, { maxRestarts: 5, log: () => {}, onRestarted: restarted });
    jvm.emit('exit', null, 'SIGKILL');
    await vi.advanceTimersByTimeAsync(60_000);
    // One failed start and one good one: a second loop would have started a second JVM.
    expect(jvm.starts).toBe(2);
    expect(restarted).toHaveBeenCalledTimes(1);
    // After a good restart the next death is supervised again.
    jvm.emit('exit', null, 'SIGKILL');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(jvm.starts).toBe(3);
    expect(restarted).toHaveBeenCalledTimes(2);
    stop();
  });

  it('gives up after five failed restarts in a row: no sixth start, onGaveUp once, and a log line saying so', async () => {
    // The service supervises its JVM with this limit (src/embedded/startDatabase.ts).
    expect(MAX_RESTARTS).toBe(5);
    vi.useFakeTimers();
    const jvm = new FakeJvm(['fail', 'fail', 'fail', 'fail', 'fail', 'ok', 'ok']);
    const restarted = vi.fn();
    const gaveUp = vi.fn();
    const logs: string[] = [];
    const stop = superviseEmbedded(jvm as unknown as EmbeddedNeo4j, { maxRestarts: MAX_RESTARTS, log: (m) => logs.push(m), onRestarted: restarted, onGaveUp: gaveUp });
    jvm.emit('exit', null, 'SIGKILL');
    // Backoff 1, 2, 4, 8 and 15 s: all five attempts fit well inside ten minutes.
    await vi.advanceTimersByTimeAsync(600_000);
    expect(jvm.starts).toBe(5);
    expect(restarted).not.toHaveBeenCalled();
    expect(gaveUp).toHaveBeenCalledTimes(1);
    expect(logs.filter((l) => l.startsWith('embedded Neo4j exited; restart'))).toEqual([1, 2, 3, 4, 5].map((n) => expect.stringMatching(new RegExp(`^embedded Neo4j exited; restart ${n}/5 in \\d+ ms$`))));
    expect(logs.at(-1)).toBe('embedded Neo4j could not be restarted after 5 attempts; queries answer SERVICE_UNAVAILABLE');
    stop();
  });

  it('counts failures in a row only: a restart that reaches ready resets the count', async () => {
    vi.useFakeTimers();
    // Four failures, a good start, then after a second death four more failures and a good start:
    // nine failures in all, never five in a row, so it never gives up.
    const jvm = new FakeJvm(['fail', 'fail', 'fail', 'fail', 'ok', 'fail', 'fail', 'fail', 'fail', 'ok']);
    const restarted = vi.fn();
    const gaveUp = vi.fn();
    const stop = superviseEmbedded(jvm as unknown as EmbeddedNeo4j, { maxRestarts: 5, log: () => {}, onRestarted: restarted, onGaveUp: gaveUp });
    jvm.emit('exit', null, 'SIGKILL');
    await vi.advanceTimersByTimeAsync(600_000);
    jvm.emit('exit', null, 'SIGKILL');
    await vi.advanceTimersByTimeAsync(600_000);
    expect(jvm.starts).toBe(10);
    expect(restarted).toHaveBeenCalledTimes(2);
    expect(gaveUp).not.toHaveBeenCalled();
    stop();
  });
});

describe('Database.markUnavailable', () => {
  it('makes every query fail at once with DatabaseUnavailableError, without opening a connection, until markAvailable', async () => {
    // A server we own stands where Neo4j would be, and counts connections: a refused query must
    // not open one (a query that reached the driver would connect, and then fail on the handshake).
    const server = await countingServer();
    const db = new Database({ uri: `bolt://127.0.0.1:${server.port}`, username: 'neo4j', password: 'x', database: 'neo4j', queryTimeoutMs: 1000 });
    try {
      db.markUnavailable('the embedded Neo4j is restarting');
      expect(db.available).toBe(false);
      await expect(db.read('RETURN 1')).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(db.write('RETURN 1')).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(db.transaction(async () => 1, 1000)).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(db.ping()).rejects.toThrow(/restarting/);
      expect(server.connections(), 'connections opened while marked unavailable').toBe(0);
      db.markAvailable();
      expect(db.available).toBe(true);
      // The control: once available, the same query does reach the network (and fails there, as
      // our server speaks no Bolt), so the count above could have been more than zero.
      await expect(db.read('RETURN 1')).rejects.toThrow();
      expect(server.connections()).toBeGreaterThan(0);
    } finally {
      await db.close();
      await server.close();
    }
  });
});
