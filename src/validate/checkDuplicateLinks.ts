import type { Link } from '../extraction/schema.js';
import type { CorpusContext } from '../extraction/corpusContext.js';
import { fieldOf } from '../extraction/entityProps.js';
import type { ValidationIssue } from './validationIssue.js';

/** Two links of one file are duplicates when type, ends and role agree. */
export function linkIdentity(link: Link): string {
  const role = fieldOf(link, 'role');
  return [link.type, link.from, link.to, typeof role === 'string' ? role.trim().toLowerCase() : ''].join('#');
}

export function checkDuplicateLinks(ctx: CorpusContext): ValidationIssue[] {
  return ctx.selected.flatMap((x) => {
    const seen = new Map<string, number>();
    const issues: ValidationIssue[] = [];
    for (const link of x.links) {
      const key = linkIdentity(link.value);
      const line = x.lineOf(link.path);
      const firstLine = seen.get(key);
      if (firstLine === undefined) seen.set(key, line);
      else {
        const message = `duplicate ${link.value.type} ${link.value.from} → ${link.value.to} (first at line ${firstLine}); merge the evidence into one link`;
        issues.push({ file: x.file, line, message, code: 'duplicate-link' });
      }
    }
    return issues;
  });
}
