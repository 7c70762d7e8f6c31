import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath, readCorpusContext, type CorpusContext } from '../extraction/corpusContext.js';
import { fieldOf } from '../extraction/entityProps.js';
import type { LoadedExtraction } from '../extraction/loadExtraction.js';
import { normaliseName } from '../extraction/normaliseName.js';
import { findNameSpans, type NameSpan } from './nameSpans.js';
import { FILLER } from './nameWords.js';

/** Link and entity fields whose text names a position, party label, body or place. */
const NAMING_FIELDS = ['role', 'label', 'qualification', 'place', 'body', 'area'] as const;

/** Normalised names plus every contiguous word sequence inside them. */
export interface NameIndex { readonly names: ReadonlySet<string>; readonly parts: ReadonlySet<string> }

export function indexNames(forms: Iterable<string>): NameIndex {
  const names = new Set<string>();
  const parts = new Set<string>();
  for (const form of forms) {
    const words = normaliseName(form).split(' ').filter(Boolean);
    if (words.length === 0) continue;
    names.add(words.join(' '));
    for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= words.length; j++) parts.add(words.slice(i, j).join(' '));
  }
  return { names, parts };
}

/**
 * A span is covered when each of its words is filler (titles, connectors, months…) or lies in a
 * stretch of the span that equals a known name, or is a 2+ word piece of one that starts and ends
 * with a non-filler word. The whole span may
 * also be any piece of a name. So "Cllr Matthew Brown" and "Workers' Party" are covered by
 * "Matthew Brown" and "Workers' Party of Britain", but "Jeremy Corbyn Foundation" is not covered by "Jeremy Corbyn".
 */
export function isCovered(spanText: string, index: NameIndex): boolean {
  const words = normaliseName(spanText).split(' ').filter(Boolean);
  if (index.parts.has(words.join(' '))) return true;
  const marked = words.map((w) => FILLER.has(w));
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) {
      const seq = words.slice(i, j).join(' ');
      const piece = j - i >= 2 && !FILLER.has(words[i] ?? '') && !FILLER.has(words[j - 1] ?? '') && index.parts.has(seq);
      if (index.names.has(seq) || piece) marked.fill(true, i, j);
    }
  }
  return marked.every(Boolean);
}

/** Names a document's extraction file vouches for: its entities (with aliases from every file), roles, places, ignores. */
export function coveredForms(ctx: CorpusContext, x: LoadedExtraction): string[] {
  const forms: string[] = x.ignore.map((i) => i.value.span);
  for (const { value } of x.entities) {
    for (const d of ctx.declarations.get(value.id) ?? []) {
      forms.push(d.entity.name, ...(d.entity.aliases ?? []), ...(d.entity.misspellings ?? []));
    }
  }
  for (const item of [...x.entities, ...x.links]) {
    for (const field of NAMING_FIELDS) {
      const v = fieldOf(item.value, field);
      if (typeof v === 'string') forms.push(v);
    }
  }
  return forms;
}

export interface DocumentCoverage {
  readonly doc: string;
  readonly textFile: string;
  /** Null when the document has no extraction file: then every span is uncovered. */
  readonly extractionFile: string | null;
  readonly spanCount: number;
  /** Uncovered spans, first occurrence of each distinct (normalised) span, in text order. */
  readonly uncovered: readonly NameSpan[];
  /** Ignore entries that cover no span of the text (stale or mistyped), with their lines. */
  readonly unusedIgnores: readonly { readonly span: string; readonly line: number }[];
}

export function documentCoverage(ctx: CorpusContext, doc: string, text: string, textFile: string): DocumentCoverage {
  const x = ctx.extractions.find((e) => e.stem === doc) ?? null;
  const index = indexNames(x ? coveredForms(ctx, x) : []);
  const spans = findNameSpans(text);
  const seen = new Set<string>();
  const uncovered = spans.filter((s) => {
    const key = normaliseName(s.text);
    if (seen.has(key) || isCovered(s.text, index)) return false;
    return seen.add(key), true;
  });
  const unusedIgnores = (x?.ignore ?? [])
    .filter((entry) => !spans.some((s) => isCovered(s.text, indexNames([entry.value.span]))))
    .map((entry) => ({ span: entry.value.span, line: x?.lineOf(entry.path) ?? 1 }));
  return { doc, textFile, extractionFile: x?.file ?? null, spanCount: spans.length, uncovered, unusedIgnores };
}

export interface CoverageOptions { corpusDir: string; extractionDir: string; docs: readonly string[] }

/** Coverage of the given document ids, in the order given. */
export async function coverageReport(opts: CoverageOptions): Promise<DocumentCoverage[]> {
  const ctx = await readCorpusContext({ corpusDir: opts.corpusDir, extractionDir: opts.extractionDir });
  const out: DocumentCoverage[] = [];
  for (const doc of opts.docs) {
    const file = path.resolve(opts.corpusDir, `${doc}.txt`);
    const text = ctx.texts.get(doc) ?? (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    out.push(documentCoverage(ctx, doc, text, displayPath(file)));
  }
  return out;
}
