import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedNeo4j } from '../src/embedded/embeddedNeo4j.js';
import { freePort } from '../src/embedded/portCheck.js';
import { Database } from '../src/graph/database.js';
import { waitForDatabase } from '../src/graph/waitForDatabase.js';
import { benchDataDir } from './paths.js';

/** How the bench reaches Neo4j: a URI and credentials (a dedicated embedded one, or the tests'). */
export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface BenchNeo4j extends Neo4jTarget {
  /** The JVM's process id (for CPU accounting). */
  pid: number | undefined;
  heapMb: number;
  pagecacheMb: number;
  dataDir: string;
  stop(): Promise<void>;
}

/** Heap and page cache per scale: the page cache holds the whole store at S and M. */
export const MEMORY_BY_SCALE: Readonly<Record<string, { heapMb: number; pagecacheMb: number }>> = {
  tiny: { heapMb: 1024, pagecacheMb: 256 },
  S: { heapMb: 2048, pagecacheMb: 1024 },
  M: { heapMb: 4096, pagecacheMb: 3072 },
  L: { heapMb: 8192, pagecacheMb: 6144 },
};

/**
 * Starts a dedicated embedded Neo4j for one bench run, on a free port, with a fresh data
 * directory under bench/.data/<scale>/neo4j-<pid> (removed by stop() unless keepData).
 */
export async function startBenchNeo4j(scale: string, log: (m: string) => void, keepData = false): Promise<BenchNeo4j> {
  const memory = MEMORY_BY_SCALE[scale] ?? MEMORY_BY_SCALE['S']!;
  const dataDir = join(benchDataDir, scale, `neo4j-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const password = `bench-${process.pid}-pw`;
  const embedded = new EmbeddedNeo4j({ dataDir, boltPort: port, ...memory, txTimeoutSeconds: 3600, password, startupTimeoutMs: 300_000 });
  log(`starting a dedicated embedded Neo4j (heap ${memory.heapMb} MB, page cache ${memory.pagecacheMb} MB) in ${dataDir}`);
  const t0 = Date.now();
  await embedded.start();
  const target = { uri: embedded.uri, username: 'neo4j', password, database: 'neo4j' };
  const db = new Database({ ...target, queryTimeoutMs: 10_000 });
  try {
    await waitForDatabase(db, 60_000, log);
  } finally {
    await db.close();
  }
  log(`Neo4j ready in ${Date.now() - t0} ms on ${embedded.uri} (pid ${embedded.pid})`);
  return {
    ...target,
    ...memory,
    pid: embedded.pid,
    dataDir,
    async stop() {
      await embedded.stop();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
