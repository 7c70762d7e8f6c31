import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DraftInputError, draftExtraction, loadGazetteer } from '../draft/index.js';
import { readOtherExtractions, validateDraft } from '../draft/validateDraft.js';
import type { Database } from '../graph/database.js';
import { importDocuments } from '../import/importDocuments.js';
import { ImportBusyError, takeImportLock } from '../import/importLock.js';
import { formatIssue } from '../validate/validationIssue.js';
import { readCorpusTexts } from './documentId.js';
import { FileJournal } from './fileJournal.js';
import { diskError, IngestError } from './ingestErrors.js';
import { appendDocument, documentMeta, type DocumentFacts } from './metadata.js';
import type { IngestSummary } from './summary.js';

export interface IngestOptions {
  corpusDir: string;
  extractionDir: string;
  /** Draft and summarise only: nothing is written or imported. */
  dryRun?: boolean;
  /** The database to import into; without it the files are written but nothing is imported. */
  db?: Database;
  log?: (message: string) => void;
  /**
   * The drafting stage (draftExtraction). Only tests replace it, to show what a draft that fails
   * validation does (exit 6: reported with file and line, nothing written or imported).
   */
  draft?: DraftStage;
}

/** The signature of draftExtraction, the stage IngestOptions.draft stands in for. */
export type DraftStage = typeof draftExtraction;

/**
 * Ingests one text: id from its content, refuse a duplicate, draft, validate the draft, write
 * corpus/<id>.txt, documents.yaml and extraction/<id>.yaml atomically, then import that document
 * alone in one transaction. If any step after the first write fails, every written file is put
 * back as it was before the error is thrown, so neither files nor graph are half-written.
 */
export async function ingestDocument(text: string, facts: DocumentFacts, o: IngestOptions): Promise<IngestSummary> {
  const log = o.log ?? (() => {});
  const release = o.dryRun ? () => {} : lockOrBusy(o.corpusDir);
  try {
    const corpus = readCorpusTexts(o.corpusDir);
    const duplicate = corpus.duplicateOf(text);
    if (duplicate) throw new IngestError('duplicate', `this text is already in the corpus as ${duplicate}; nothing was written`);
    const id = corpus.nextId(text);
    const meta = wrapInput(() => documentMeta(id, text, facts));
    const gazetteer = loadGazetteer(o.extractionDir, { excludeDocument: id });
    let shown = 0;
    const draft = wrapInput(() => (o.draft ?? draftExtraction)({ document: id, text, published: meta.published }, gazetteer, (done, total) => {
      // Progress on long inputs only: a line at each tenth.
      if (text.length < 20_000 || done * 10 < (shown + 1) * total) return;
      shown = Math.floor((done * 10) / total);
      log(`drafting ${id}: ${done}/${total}`);
    }));
    const issues = validateDraft(draft.yaml, { document: id, text, published: meta.published }, readOtherExtractions(o.extractionDir, id));
    if (issues.length > 0) {
      throw new IngestError('draft-invalid', `the draft of ${id} failed validation (a bug in the extractor); nothing was written or imported`, issues.map(formatIssue));
    }
    const summary: IngestSummary = {
      id, title: meta.title, published: meta.published, ...(meta.publishedInferred ? { publishedInferred: meta.publishedInferred } : {}),
      written: [], imported: false, entitiesNew: draft.created, entitiesLinked: draft.linked,
      linksByType: draft.linksByType, uncovered: draft.uncovered, review: draft.review,
    };
    if (o.dryRun) return summary;
    const journal = new FileJournal();
    const documentsFile = path.join(o.corpusDir, 'documents.yaml');
    const extractionFile = path.join(o.extractionDir, `${id}.yaml`);
    try {
      journal.write(path.join(o.corpusDir, `${id}.txt`), text);
      journal.write(documentsFile, appendDocument(existsSync(documentsFile) ? readFileSync(documentsFile, 'utf8') : '', meta));
      journal.write(extractionFile, draft.yaml);
      if (o.db) {
        log(`importing ${id}`);
        await importDocuments(o.db, [extractionFile], { corpusDir: o.corpusDir, extractionDir: o.extractionDir, log });
        summary.imported = true;
      }
    } catch (err) {
      journal.rollback();
      if (err instanceof IngestError) throw err;
      const disk = diskError(err, `every file written for ${id} was put back, and nothing was imported`);
      if (disk) throw disk;
      throw new IngestError('import', `importing ${id} failed, so its files were removed again and nothing was loaded: ${(err as Error).message}`);
    }
    journal.commit();
    summary.written = journal.files;
    return summary;
  } finally {
    release();
  }
}

/** The import lock shared with `npm run import` and the admin routes; busy as an IngestError. */
function lockOrBusy(corpusDir: string): () => void {
  try {
    return takeImportLock(corpusDir);
  } catch (err) {
    if (err instanceof ImportBusyError) throw new IngestError('busy', err.message);
    // A full disk can refuse the lock file itself: the ingest's one 'disk' error.
    throw diskError(err, 'nothing was written or imported') ?? err;
  }
}

/** Runs `f`, turning the input errors of metadata and drafting into IngestError. */
function wrapInput<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof DraftInputError) throw new IngestError('input', err.message);
    throw err;
  }
}
