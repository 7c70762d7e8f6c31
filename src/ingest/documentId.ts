import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Corpus text files are named `NNN_<16 hex digits>.txt`: a sequence number and a content hash. */
const CORPUS_FILE = /^(\d{3,})_([0-9a-f]{16})\.txt$/;

/** The text as compared for duplicates: line endings, trailing spaces and surrounding blank lines ignored. */
export function canonicalText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
}

/** First 16 hex digits of the SHA-256 of the canonical text: the same text always gets the same hash. */
export function contentHash(text: string): string {
  return createHash('sha256').update(canonicalText(text), 'utf8').digest('hex').slice(0, 16);
}

export interface CorpusTexts {
  readonly ids: string[];
  /** The id of a corpus text with the same canonical text, if any. */
  duplicateOf(text: string): string | undefined;
  /** The id the text gets: the next sequence number and its content hash. */
  nextId(text: string): string;
}

/** Reads the corpus directory's texts once; `nextId` and `duplicateOf` answer from that reading. */
export function readCorpusTexts(corpusDir: string): CorpusTexts {
  const names = readdirSync(corpusDir).filter((n) => n.endsWith('.txt')).sort();
  const byCanonical = new Map<string, string>();
  for (const n of names) byCanonical.set(canonicalText(readFileSync(path.join(corpusDir, n), 'utf8')), n.replace(/\.txt$/, ''));
  const seq = Math.max(-1, ...names.map((n) => Number(CORPUS_FILE.exec(n)?.[1] ?? -1))) + 1;
  return {
    ids: names.map((n) => n.replace(/\.txt$/, '')),
    duplicateOf: (text) => byCanonical.get(canonicalText(text)),
    nextId: (text) => `${String(seq).padStart(3, '0')}_${contentHash(text)}`,
  };
}
