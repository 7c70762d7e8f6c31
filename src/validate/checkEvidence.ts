import type { CorpusContext } from '../extraction/corpusContext.js';
import type { LoadedExtraction, Located } from '../extraction/loadExtraction.js';
import { locateEvidence } from '../extraction/locateQuote.js';
import type { EvidenceItem } from '../extraction/schema.js';
import type { ValidationIssue } from './validationIssue.js';

function checkItem(x: LoadedExtraction, text: string, item: Located<{ evidence: EvidenceItem[] }>): ValidationIssue[] {
  return item.value.evidence.flatMap((quote, k): ValidationIssue[] => {
    const found = locateEvidence(text, quote);
    if (found.ok) return [];
    return [{ file: x.file, line: x.lineOf([...item.path, 'evidence', k]), message: found.message, code: found.code }];
  });
}

/** Every evidence quote occurs verbatim in the document (at `start`, when given). */
export function checkEvidence(ctx: CorpusContext): ValidationIssue[] {
  return ctx.selected.flatMap((x) => {
    const text = ctx.texts.get(x.stem);
    if (text === undefined) return [];
    return [...x.entities, ...x.links].flatMap((item) => checkItem(x, text, item));
  });
}
