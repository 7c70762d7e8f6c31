import type { CorpusContext } from '../extraction/corpusContext.js';
import type { ValidationIssue } from './validationIssue.js';

/** YAML syntax and schema errors of the selected extraction files and of documents.yaml. */
export function checkSchema(ctx: CorpusContext): ValidationIssue[] {
  return [...ctx.selected.flatMap((x) => x.issues), ...ctx.documents.issues];
}
