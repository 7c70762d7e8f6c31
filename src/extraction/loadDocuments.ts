import { readFile } from 'node:fs/promises';
import type { ValidationIssue } from '../validate/validationIssue.js';
import type { Located } from './loadExtraction.js';
import { DocumentMetaSchema, type DocumentMeta } from './schema.js';
import { checkWithSchema, parseYamlSource } from './yamlSource.js';

/** `corpus/documents.yaml`, checked entry by entry. */
export interface LoadedDocuments {
  readonly file: string;
  readonly documents: ReadonlyMap<string, Located<DocumentMeta>>;
  readonly issues: readonly ValidationIssue[];
  lineOf(path: readonly (string | number)[]): number;
}

export function parseDocuments(file: string, text: string): LoadedDocuments {
  const src = parseYamlSource(file, text);
  const issues = [...src.issues];
  const documents = new Map<string, Located<DocumentMeta>>();
  const data = src.data;
  const wrapped = typeof data === 'object' && data !== null && !Array.isArray(data) && 'documents' in data;
  const list: unknown = wrapped ? (data as { documents: unknown }).documents : data;
  const prefix = wrapped ? ['documents'] : [];
  if (src.issues.length === 0 && !Array.isArray(list)) {
    issues.push({ file, line: 1, message: 'expected a list of documents', code: 'schema' });
  }
  (Array.isArray(list) ? list : []).forEach((item, i) => {
    const where = [...prefix, i];
    const result = checkWithSchema(src, DocumentMetaSchema, item, where);
    if (!result.ok) return void issues.push(...result.issues);
    const earlier = documents.get(result.value.id);
    if (earlier) {
      const message = `document ${result.value.id} is listed twice (first at line ${src.lineOf(earlier.path)})`;
      return void issues.push({ file, line: src.lineOf(where), message, code: 'document-metadata' });
    }
    documents.set(result.value.id, { value: result.value, path: where });
  });
  return { file, documents, issues, lineOf: src.lineOf };
}

/** A missing file yields no documents and one issue. */
export async function loadDocuments(filePath: string, displayPath = filePath): Promise<LoadedDocuments> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch {
    const issue: ValidationIssue = { file: displayPath, line: 1, message: 'documents metadata file is missing', code: 'document-metadata' };
    return { file: displayPath, documents: new Map(), issues: [issue], lineOf: () => 1 };
  }
  return parseDocuments(displayPath, text);
}
