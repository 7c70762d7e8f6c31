import type { Database } from '../graph/database.js';
import type { ImportOptions } from './importCorpus.js';
import { importCorpusFiles } from './importCorpusFiles.js';

/**
 * Imports a selection of documents (their extraction files) and nothing else, in one
 * transaction: the selected files are validated against the whole corpus, their facts are
 * merged and pruned, and documents outside the selection are left as they are (never retired).
 * Throws ImportRefusedError (nothing loaded) when a selected file fails validation.
 */
export async function importDocuments(
  db: Database,
  extractionFiles: readonly string[],
  o: Omit<ImportOptions, 'retireMissingDocuments' | 'atomic'> & { corpusDir: string; extractionDir: string },
): Promise<void> {
  if (extractionFiles.length === 0) throw new Error('importDocuments needs at least one extraction file');
  await importCorpusFiles(db, extractionFiles, { ...o, atomic: true });
}
