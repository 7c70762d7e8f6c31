import { findNameSpans } from '../validate/nameSpans.js';
import { checkDraftInput } from './draftInputError.js';
import type { DraftInput, DraftResult, ExtractionFileObject } from './draftTypes.js';
import type { Gazetteer } from './gazetteer.js';
import { serialiseDraft } from './serialiseDraft.js';

/** See the contract in ./index.ts. */
export function draftExtraction(input: DraftInput, _gazetteer: Gazetteer, onProgress?: (done: number, total: number) => void): DraftResult {
  checkDraftInput(input.document, input.text);
  onProgress?.(0, 1);
  const extraction: ExtractionFileObject = { document: input.document, entities: [], links: [], ignore: [] };
  const uncovered = [...new Set(findNameSpans(input.text).map((s) => s.text))];
  onProgress?.(1, 1);
  return {
    extraction, yaml: serialiseDraft(extraction), linked: [], created: [], linksByType: {}, uncovered,
    review: uncovered.slice(0, 20).map((span) => ({ kind: 'uncovered-span', message: `"${span}" is name-like but no entity covers it`, quote: span })),
  };
}
