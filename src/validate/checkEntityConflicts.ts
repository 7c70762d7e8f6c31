import type { CorpusContext } from '../extraction/corpusContext.js';
import { fieldOf } from '../extraction/entityProps.js';
import { mergeEntity } from '../extraction/mergeEntity.js';
import type { ValidationIssue } from './validationIssue.js';

/** Scalar fields of one id that disagree between declarations (see mergeEntity). */
export function checkEntityConflicts(ctx: CorpusContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [id, decls] of ctx.declarations) {
    const [first, ...rest] = decls;
    if (!first || rest.length === 0 || decls.some((d) => d.entity.type !== first.entity.type)) continue;
    for (const { field, kept, other } of mergeEntity([first, ...rest]).conflicts) {
      const at = ctx.isSelected(other.source) ? other : ctx.isSelected(kept.source) ? kept : null;
      if (!at) continue;
      const there = at === other ? kept : other;
      const value = (d: typeof at): string => JSON.stringify(fieldOf(d.entity, field));
      const message = `${id}: ${field} ${value(at)} conflicts with ${value(there)} at ${there.source.file}:${there.source.lineOf(there.path, field)}`
        + (field === 'name' ? '; use one name and list the other form under aliases' : '');
      issues.push({ file: at.source.file, line: at.source.lineOf(at.path, field), message, code: 'prop-conflict' });
    }
  }
  return issues;
}
