import { loadConfig } from '../config/config.js';
import { connectForTool } from '../embedded/connectForTool.js';
import { applySchema } from '../import/applySchema.js';
import { formatSummary, graphSummary } from '../import/graphSummary.js';
import { importCorpusFiles } from '../import/importCorpusFiles.js';
import { ImportBusyError, withImportLock } from '../import/importLock.js';
import { extractionFileOf } from './repoPaths.js';
import { log } from './runMain.js';

// `npm run import [-- files…]`: validate, then load (all of extraction/ when no files are given).
// Uses the running service's embedded Neo4j when one holds DATA_DIR, else starts one for the run.
// Exit codes: 0 imported, 5 another import or ingest holds the corpus's lock (nothing was
// done), 1 anything else (nothing was loaded: the import is one transaction).
async function main(args: string[]): Promise<void> {
  const config = loadConfig();
  // The lock first, before a database is started: a refused import does nothing at all.
  await withImportLock(config.corpusDir, async () => {
    const started = await connectForTool(config, log);
    try {
      await applySchema(started.db);
      const t0 = Date.now();
      await importCorpusFiles(started.db, args.map(extractionFileOf), { log, corpusDir: config.corpusDir, extractionDir: config.extractionDir });
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
