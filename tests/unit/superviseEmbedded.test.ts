import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EmbeddedNeo4j } from '../../src/embedded/embeddedNeo4j.js';
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
});

describe('Database.markUnavailable', () => {
  it('makes every query fail at once with DatabaseUnavailableError, without reaching the driver, until markAvailable', async () => {
    // Nothing listens on port 1: a query that reached the driver would fail differently and slowly.
    const db = new Database({ uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'x', database: 'neo4j', queryTimeoutMs: 1000 });
    try {
      db.markUnavailable('the embedded Neo4j is restarting');
      expect(db.available).toBe(false);
      await expect(db.read('RETURN 1')).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(db.write('RETURN 1')).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(db.transaction(async () => 1, 1000)).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(db.ping()).rejects.toThrow(/restarting/);
      db.markAvailable();
      expect(db.available).toBe(true);
    } finally {
      await db.close();
    }
  });
});
