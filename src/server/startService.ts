import type { Config } from '../config/config.js';
import { startDatabase, type StartedDatabase } from '../embedded/startDatabase.js';
import { assertPortFree } from '../embedded/portCheck.js';
import { applySchema } from '../import/applySchema.js';
import { createApp } from './createApp.js';
import { createHttpServer, listen } from './httpServer.js';
import { Readiness } from './readiness.js';
import { warmUpApi } from './warmUpApi.js';

export interface ServiceOptions {
  log: (message: string) => void;
  /** Runs after the schema is applied and before HTTP opens (npm start imports the corpus here). */
  prepare?: (started: StartedDatabase) => Promise<void>;
  /** Run the example operations before HTTP opens, so the first requests do not meet a cold database (see warmUpApi). */
  warmUp?: boolean;
}

export interface RunningService extends StartedDatabase {
  url: string;
  port: number;
  readiness: Readiness;
  stop(): Promise<void>;
}

/** Starts (or connects to) Neo4j, applies the schema, runs `prepare`, then serves HTTP. */
export async function startService(config: Config, o: ServiceOptions): Promise<RunningService> {
  await assertPortFree(config.host, config.port, 'PORT');
  const started = await startDatabase(config, o.log);
  try {
    const readiness = new Readiness(started.db);
    started.onRecovered(() => o.log('Neo4j is back; serving again'));
    await applySchema(started.db);
    readiness.schemaApplied = true;
    await o.prepare?.(started);
    const { app, apollo } = await createApp(config, started.db, readiness);
    if (o.warmUp) await warmUpApi(apollo, started.db, o.log);
    const server = await listen(createHttpServer(app, config.limits), config.host, config.port);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host}:${port}`;
    return {
      ...started,
      url,
      port,
      readiness,
      async stop() {
        const closed = new Promise<void>((r) => server.close(() => r()));
        server.closeAllConnections();
        await closed;
        await apollo.stop();
        await started.stop();
      },
    };
  } catch (err) {
    await started.stop();
    throw err;
  }
}
