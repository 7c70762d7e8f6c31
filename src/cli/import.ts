import { loadConfig } from '../config/config.js';
import { connectForTool } from '../embedded/connectForTool.js';
import { assertPortFree } from '../embedded/portCheck.js';
import { loadCorpus } from '../extraction/resolveCorpus.js';
import { applySchema } from '../import/applySchema.js';
import { finishBulkLoad } from '../import/bulkFinish.js';
import { bulkImportCorpora, type BulkImportStats } from '../import/bulkImport.js';
import { formatSummary, graphSummary } from '../import/graphSummary.js';
import { importCorpusFiles } from '../import/importCorpusFiles.js';
import { ImportBusyError, withImportLock } from '../import/importLock.js';
import { extractionFileOf } from './repoPaths.js';
import { log } from './runMain.js';

// `npm run import [-- files…]`: validate, then load (all of extraction/ when no files are given).
// Uses the running service's embedded Neo4j when one holds DATA_DIR, else starts one for the run.
// `npm run import -- --bulk`: first load of the whole corpus into an EMPTY embedded database with
// Neo4j's bulk importer, while no service runs on DATA_DIR (src/import/bulkImport.ts).
// Exit codes: 0 imported, 5 another import or ingest holds the corpus's lock (nothing was
// done), 1 anything else (nothing was loaded: the import is one transaction).
async function main(argv: string[]): Promise<void> {
  const config = loadConfig();
  const bulk = argv.includes('--bulk');
  const args = argv.filter((a) => a !== '--bulk');
  const paths = { corpusDir: config.corpusDir, extractionDir: config.extractionDir };
  // The lock first, before a database is started: a refused import does nothing at all.
  await withImportLock(config.corpusDir, async () => {
    let loaded: BulkImportStats | undefined;
    if (bulk) {
      if (config.target.mode !== 'embedded') throw new Error('--bulk loads the embedded database only (NEO4J_URI is set); use the plain import');
      if (args.length > 0) throw new Error('--bulk loads the whole corpus; give no files');
      // The importer writes the store files itself, so no Neo4j may have them open.
      await assertPortFree('127.0.0.1', config.target.boltPort, 'EMBEDDED_BOLT_PORT');
      const corpus = await loadCorpus(paths);
      loaded = await bulkImportCorpora([corpus], { dataDir: config.target.dataDir, log });
    }
    const started = await connectForTool(config, log);
    try {
      const t0 = Date.now();
      if (loaded) await finishBulkLoad(started.db, loaded.emptyLists, log);
      else {
        await applySchema(started.db);
        await importCorpusFiles(started.db, args.map(extractionFileOf), { log, ...paths });
      }
      log(`import finished in ${Date.now() - t0} ms`);
      for (const line of formatSummary(await graphSummary(started.db))) log(line);
    } finally {
      await started.stop();
    }
  });
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`campaign-graph: ${(err as Error).message}\n`);
    process.exit(err instanceof ImportBusyError ? 5 : 1);
  },
);
