import { draftExtraction } from '../../src/draft/index.js';
import type { DraftStage } from '../../src/ingest/ingestDocument.js';

/** The quote the faulty stage puts in: a sentence no fixture text contains. */
export const FOREIGN_QUOTE = 'a sentence this document never says';

/**
 * Given a draft's YAML, returns it with its first evidence quote replaced by FOREIGN_QUOTE, and
 * the 1-based line of that quote: a draft the validator must refuse at exactly that line.
 */
export function breakFirstQuote(yaml: string): { yaml: string; line: number } {
  const lines = yaml.split('\n');
  const at = lines.findIndex((l) => /^\s+evidence:$/.test(l)) + 1;
  const quote = /^(\s+- )(quote: )?(.+)$/.exec(lines[at] ?? '');
  if (at === 0 || !quote) throw new Error('faultyDraft: the draft has no evidence list to break');
  lines[at] = `${quote[1]}${quote[2] ?? ''}${FOREIGN_QUOTE}`;
  return { yaml: lines.join('\n'), line: at + 1 };
}

/** A drafting stage with a bug: the real draft, with one quote the text does not contain. */
export const faultyDraft: DraftStage = (input, gazetteer, onProgress) => {
  const real = draftExtraction(input, gazetteer, onProgress);
  return { ...real, yaml: breakFirstQuote(real.yaml).yaml };
};
