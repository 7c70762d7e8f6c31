import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CorpusContext, Declaration } from '../extraction/corpusContext.js';
import { parseDocuments } from '../extraction/loadDocuments.js';
import { parseExtraction, type LoadedExtraction } from '../extraction/loadExtraction.js';
import { validateContext } from '../validate/validateCorpus.js';
import type { ValidationIssue } from '../validate/validationIssue.js';
import type { DraftInput } from './draftTypes.js';

/** Parses every extraction file of a directory except `excludeDocument`'s (the context a draft is checked in). */
export function readOtherExtractions(extractionDir: string, excludeDocument?: string): LoadedExtraction[] {
  return readdirSync(extractionDir)
    .filter((n) => /\.ya?ml$/.test(n) && n.replace(/\.ya?ml$/, '') !== excludeDocument)
    .sort()
    .map((n) => parseExtraction(`extraction/${n}`, readFileSync(path.join(extractionDir, n), 'utf8')));
}

/**
 * Runs the project's validator on a draft's YAML, in memory, as if it were written as
 * extraction/<id>.yaml next to `others` with the text in corpus/<id>.txt. Returns its issues.
 */
export function validateDraft(yaml: string, input: DraftInput, others: readonly LoadedExtraction[] = []): ValidationIssue[] {
  const draft = parseExtraction(`extraction/${input.document}.yaml`, yaml);
  const extractions = [...others.filter((x) => x.stem !== draft.stem), draft];
  const meta = JSON.stringify({ id: input.document, title: 'draft', publisher: 'draft', kind: 'news-report', published: input.published ?? '2000' });
  const documents = parseDocuments('corpus/documents.yaml', `- ${meta}\n`);
  const declarations = new Map<string, Declaration[]>();
  for (const source of extractions) {
    for (const { value, path: p } of source.entities) declarations.set(value.id, [...(declarations.get(value.id) ?? []), { entity: value, source, path: p }]);
  }
  const ctx: CorpusContext = {
    extractions, selected: [draft], texts: new Map([[input.document, input.text]]), documents, declarations,
    isSelected: (x) => x === draft,
    textPath: (id) => `corpus/${id}.txt`,
  };
  return validateContext(ctx);
}
