import type { Config } from '../config/config.js';
import { Database } from '../graph/database.js';
import { embeddedPassword } from './password.js';
import { assertPortFree, PortInUseError } from './portCheck.js';
import { startDatabase, type StartedDatabase } from './startDatabase.js';

/**
 * For one-shot tools (import, reset): when the embedded Bolt port is taken by a running
 * campaign-graph on the same DATA_DIR (its password works), reuses that database; otherwise
 * starts the database as `npm start` would, and stops it again in `stop()`.
 */
export async function connectForTool(config: Config, log: (m: string) => void): Promise<StartedDatabase> {
  const target = config.target;
  if (target.mode === 'embedded') {
    try {
      await assertPortFree('127.0.0.1', target.boltPort, 'EMBEDDED_BOLT_PORT');
    } catch (err) {
      if (!(err instanceof PortInUseError)) throw err;
      const db = new Database({ uri: `bolt://127.0.0.1:${target.boltPort}`, username: 'neo4j', password: embeddedPassword(target.dataDir, target.password), database: config.database, queryTimeoutMs: config.queryTimeoutMs });
      try {
        await db.ping();
      } catch {
        await db.close();
        throw err;
      }
      log(`using the running embedded Neo4j on 127.0.0.1:${target.boltPort}`);
      return { db, embedded: undefined, onRecovered: () => {}, stop: () => db.close() };
    }
  }
  return startDatabase(config, log);
}
