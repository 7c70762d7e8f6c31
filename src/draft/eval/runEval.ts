import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocuments } from '../../extraction/loadDocuments.js';
import { parseExtraction } from '../../extraction/loadExtraction.js';
import type { ExtractionFile } from '../../extraction/schema.js';
import { draftExtraction } from '../draftExtraction.js';
import { loadGazetteer } from '../gazetteer.js';
import { readOtherExtractions, validateDraft } from '../validateDraft.js';
import { emptyCounts, scoreDocument, type Counts, type DocumentScore } from './scoreDocument.js';

export interface EvalOptions {
  corpusDir: string;
  /** The reviewed files the drafts are scored against. */
  extractionDir: string;
  /**
   * Out of sample: the gazetteer and validation context come from this directory's extraction
   * files (all of them: the scored documents are not among them), not from `extractionDir`.
   */
  gazetteerDir?: string;
  onDocument?: (doc: string, i: number, n: number) => void;
}

export interface EvalResult {
  readonly documents: readonly (DocumentScore & { draftMs: number; validationIssues: number; chars: number })[];
  readonly entities: Record<string, Counts>;
  readonly links: Record<string, Counts>;
  readonly exactVotes: { matched: number; exact: number };
  readonly linking: { linked: number; correct: number; wrong: string[]; merges: string[] };
}

function add(into: Record<string, Counts>, from: Record<string, Counts>): void {
  for (const [k, c] of Object.entries(from)) {
    const t = (into[k] ??= emptyCounts());
    t.tp += c.tp; t.fp += c.fp; t.fn += c.fn;
  }
}

/**
 * Leave-one-out: each reviewed document is drafted from its raw text with a gazetteer built from
 * the OTHER extraction files only (its own file is never opened), then scored against its file.
 * With `gazetteerDir` (held-out documents), the gazetteer is that directory's files instead.
 */
export function runEval(opts: EvalOptions): EvalResult {
  const meta = parseDocuments('documents.yaml', readFileSync(path.join(opts.corpusDir, 'documents.yaml'), 'utf8')).documents;
  const ids = [...meta.keys()].sort();
  const documents: EvalResult['documents'][number][] = [];
  ids.forEach((doc, i) => {
    opts.onDocument?.(doc, i, ids.length);
    const text = readFileSync(path.join(opts.corpusDir, `${doc}.txt`), 'utf8').replace(/^\uFEFF/, '');
    const context = opts.gazetteerDir ?? opts.extractionDir;
    const gazetteer = loadGazetteer(context, { excludeDocument: doc });
    const published = meta.get(doc)?.value.published;
    const input = { document: doc, text, ...(published ? { published } : {}) };
    const t0 = performance.now();
    const draft = draftExtraction(input, gazetteer);
    const draftMs = performance.now() - t0;
    const validationIssues = validateDraft(draft.yaml, input, readOtherExtractions(context, doc)).length;
    // Only now is the reviewed file read, to score the finished draft.
    const file = path.join(opts.extractionDir, `${doc}.yaml`);
    const x = parseExtraction(file, readFileSync(file, 'utf8'));
    const reviewed: ExtractionFile = { document: doc, entities: x.entities.map((e) => e.value), links: x.links.map((l) => l.value), ignore: [] };
    documents.push({ ...scoreDocument(text, draft, reviewed), draftMs, validationIssues, chars: text.length });
  });
  const entities: Record<string, Counts> = {};
  const links: Record<string, Counts> = {};
  const exactVotes = { matched: 0, exact: 0 };
  const linking = { linked: 0, correct: 0, wrong: [] as string[], merges: [] as string[] };
  for (const d of documents) {
    add(entities, d.entities);
    add(links, d.links);
    exactVotes.matched += d.exactVotes.matched;
    exactVotes.exact += d.exactVotes.exact;
    linking.linked += d.linking.linked;
    linking.correct += d.linking.correct;
    linking.wrong.push(...d.linking.wrong.map((w) => `${d.document}: ${w}`));
    linking.merges.push(...d.linking.merges.map((w) => `${d.document}: ${w}`));
  }
  return { documents, entities, links, exactVotes, linking };
}
