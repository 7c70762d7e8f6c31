import { loadConfig } from '../config/config.js';
import { formatSummary, graphSummary } from '../import/graphSummary.js';
import { importCorpusFiles } from '../import/importCorpusFiles.js';
import { withImportLock } from '../import/importLock.js';
import { startService } from '../server/startService.js';
import { runMain } from './runMain.js';

// `npm start`: the whole service, with the corpus loaded, until SIGTERM or SIGINT.
// SKIP_IMPORT=1 serves whatever the database already holds.
runMain(async (log) => {
  const config = loadConfig();
  const service = await startService(config, {
    log,
    warmUp: true,
    prepare: async ({ db }) => {
      if (process.env.SKIP_IMPORT === '1') return;
      // Under the lock `npm run import` and the ingests take: refused (the service does not
      // start) while another import or ingest runs on this corpus.
      await withImportLock(config.corpusDir, async () => {
        const t0 = Date.now();
        await importCorpusFiles(db, [], { log, corpusDir: config.corpusDir, extractionDir: config.extractionDir });
        log(`corpus imported in ${Date.now() - t0} ms; ${formatSummary(await graphSummary(db)).join('; ')}`);
      });
    },
  });
  log(`GraphQL at ${service.url}/graphql, GraphiQL at ${service.url}/graphiql`);
  log(`ready (health: ${service.url}/health, readiness: ${service.url}/ready)`);
  return () => service.stop();
});
