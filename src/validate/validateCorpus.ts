import { readCorpusContext, type CorpusContext, type CorpusOptions } from '../extraction/corpusContext.js';
import { checkDates } from './checkDates.js';
import { checkDocumentIds } from './checkDocumentIds.js';
import { checkDuplicateEntities } from './checkDuplicateEntities.js';
import { checkDuplicateLinks } from './checkDuplicateLinks.js';
import { checkEntityConflicts } from './checkEntityConflicts.js';
import { checkEvidence } from './checkEvidence.js';
import { checkReferences } from './checkReferences.js';
import { checkSchema } from './checkSchema.js';
import { sortIssues, type ValidationIssue } from './validationIssue.js';

export const CHECKS: readonly ((ctx: CorpusContext) => ValidationIssue[])[] = [
  checkSchema, checkDocumentIds, checkEvidence, checkReferences,
  checkDuplicateEntities, checkEntityConflicts, checkDates, checkDuplicateLinks,
];

/** Runs every check; issues sorted by file and line. */
export function validateContext(ctx: CorpusContext): ValidationIssue[] {
  return sortIssues(CHECKS.flatMap((check) => check(ctx)));
}

export async function validateCorpus(opts: CorpusOptions): Promise<ValidationIssue[]> {
  return validateContext(await readCorpusContext(opts));
}
