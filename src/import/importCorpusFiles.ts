import { existsSync } from 'node:fs';
import { corpusPaths } from '../config/config.js';
import { loadCorpus } from '../extraction/resolveCorpus.js';
import type { Database } from '../graph/database.js';
import { formatIssue } from '../validate/validationIssue.js';
import { ImportRefusedError, importCorpus, type ImportOptions } from './importCorpus.js';

/** The corpus the service and the tools use: CORPUS_DIR's, read at start (see src/config). */
export const { corpusDir: CORPUS_DIR, extractionDir: EXTRACTION_DIR } = corpusPaths();

/**
 * Validates the given extraction files (all of `extraction/` when none are given) and imports
 * them; a full import also removes the facts of documents whose files are gone. Throws ImportRefusedError listing every issue as `file:line: message` when any file
 * fails validation; then nothing is loaded.
 */
export async function importCorpusFiles(db: Database, files: readonly string[], o: ImportOptions & { corpusDir?: string; extractionDir?: string } = {}): Promise<void> {
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length > 0) throw new ImportRefusedError(`no such extraction file: ${missing.join(', ')}`);
  const corpus = await loadCorpus({
    corpusDir: o.corpusDir ?? CORPUS_DIR,
    extractionDir: o.extractionDir ?? EXTRACTION_DIR,
    ...(files.length > 0 ? { files: [...files] } : {}),
  });
  if (corpus.issues.length > 0) {
    throw new ImportRefusedError([...corpus.issues.map(formatIssue), `${corpus.issues.length} validation issue(s); nothing was imported`].join('\n'));
  }
  // Importing the whole corpus also retires documents whose files were removed.
  await importCorpus(db, corpus, { scopedDerivation: files.length > 0, ...o, retireMissingDocuments: files.length === 0 });
}
