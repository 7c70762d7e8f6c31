import type { CorpusContext, Declaration } from '../extraction/corpusContext.js';
import { normaliseName } from '../extraction/normaliseName.js';
import type { ValidationIssue } from './validationIssue.js';

const where = (d: Declaration): string => `${d.source.file}:${d.source.lineOf(d.path)}`;

function issueAt(d: Declaration, message: string, code: ValidationIssue['code']): ValidationIssue {
  return { file: d.source.file, line: d.source.lineOf(d.path), message, code };
}

/** One id declared twice in one file, or declared with different types in different files. */
function checkIds(ctx: CorpusContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [id, decls] of ctx.declarations) {
    decls.forEach((d, i) => {
      if (!ctx.isSelected(d.source)) return;
      const twin = decls.slice(0, i).find((e) => e.source === d.source);
      if (twin) issues.push(issueAt(d, `${id} is declared twice in this file (also at line ${twin.source.lineOf(twin.path)})`, 'duplicate-entity'));
      const other = decls.find((e) => e.entity.type !== d.entity.type);
      if (other) issues.push(issueAt(d, `${id} is a ${d.entity.type} here but a ${other.entity.type} at ${where(other)}`, 'type-conflict'));
    });
  }
  return issues;
}

interface NameUse { readonly form: string; readonly decl: Declaration; readonly path: readonly (string | number)[] }

function nameUses(ctx: CorpusContext): Map<string, NameUse[]> {
  const byKey = new Map<string, NameUse[]>();
  for (const decls of ctx.declarations.values()) {
    for (const decl of decls) {
      const e = decl.entity;
      const forms: [string, (string | number)[]][] = [
        [e.name, [...decl.path, 'name']],
        ...(e.aliases ?? []).map((a, k): [string, (string | number)[]] => [a, [...decl.path, 'aliases', k]]),
        ...(e.misspellings ?? []).map((m, k): [string, (string | number)[]] => [m, [...decl.path, 'misspellings', k]]),
      ];
      for (const [form, path] of forms) {
        const key = normaliseName(form);
        if (key) byKey.set(key, [...(byKey.get(key) ?? []), { form, decl, path }]);
      }
    }
  }
  return byKey;
}

/** The same normalised name, alias or misspelling on two different ids, across all files. */
function checkNames(ctx: CorpusContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const uses of nameUses(ctx).values()) {
    const reported = new Set<string>();
    for (const use of uses) {
      const id = use.decl.entity.id;
      const other = uses.find((u) => u.decl.entity.id !== id);
      if (!other || reported.has(id) || !ctx.isSelected(use.decl.source)) continue;
      reported.add(id);
      const there = `${other.decl.source.file}:${other.decl.source.lineOf(other.path)}`;
      const message = `"${use.form}" names ${id} here and ${other.decl.entity.id} at ${there} ("${other.form}")`;
      issues.push({ file: use.decl.source.file, line: use.decl.source.lineOf(use.path), message, code: 'duplicate-entity' });
    }
  }
  return issues;
}

export function checkDuplicateEntities(ctx: CorpusContext): ValidationIssue[] {
  return [...checkIds(ctx), ...checkNames(ctx)];
}
