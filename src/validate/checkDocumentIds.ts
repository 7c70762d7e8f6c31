import type { CorpusContext } from '../extraction/corpusContext.js';
import type { ValidationIssue } from './validationIssue.js';

/** Each selected file names its own document, which has text and metadata. */
export function checkDocumentIds(ctx: CorpusContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const x of ctx.selected) {
    if (x.document !== null && x.document !== x.stem) {
      const message = `document "${x.document}" does not match the file name; expected "${x.stem}"`;
      issues.push({ file: x.file, line: x.lineOf(['document']), message, code: 'document-id' });
    }
    if (!ctx.texts.has(x.stem)) {
      issues.push({ file: x.file, line: 1, message: `document text ${ctx.textPath(x.stem)} not found`, code: 'missing-text' });
    }
    if (!ctx.documents.documents.has(x.stem)) {
      const message = `document ${x.stem} has no entry in ${ctx.documents.file}`;
      issues.push({ file: x.file, line: 1, message, code: 'document-metadata' });
    }
  }
  return issues;
}
