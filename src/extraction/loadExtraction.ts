import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ValidationIssue } from '../validate/validationIssue.js';
import {
  EntitySchema, ExtractionShellSchema, IgnoreEntrySchema, LinkSchema,
  type Entity, type IgnoreEntry, type Link,
} from './schema.js';
import { checkWithSchema, parseYamlSource, type YamlPath, type YamlSource } from './yamlSource.js';

/** A validated item together with its path in the YAML file (for line lookups). */
export interface Located<T> {
  readonly value: T;
  readonly path: YamlPath;
}

/**
 * One extraction file. Items that fail the schema are reported in `issues` and left out,
 * so the valid rest of the file still takes part in cross-file checks.
 */
export interface LoadedExtraction {
  readonly file: string;
  /** File name without `.yaml`: the document id the file must describe. */
  readonly stem: string;
  readonly document: string | null;
  readonly entities: readonly Located<Entity>[];
  readonly links: readonly Located<Link>[];
  readonly ignore: readonly Located<IgnoreEntry>[];
  readonly issues: readonly ValidationIssue[];
  lineOf(path: YamlPath, key?: string): number;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkItems<T>(
  src: YamlSource, items: unknown, key: string, schema: import('zod').ZodType<T>, issues: ValidationIssue[],
): Located<T>[] {
  if (!Array.isArray(items)) return [];
  const out: Located<T>[] = [];
  items.forEach((item, i) => {
    const result = checkWithSchema(src, schema, item, [key, i]);
    if (result.ok) out.push({ value: result.value, path: [key, i] });
    else issues.push(...result.issues);
  });
  return out;
}

/** Parses and checks extraction YAML text; `file` is the path used in issues. */
export function parseExtraction(file: string, text: string): LoadedExtraction {
  const src = parseYamlSource(file, text);
  const issues = [...src.issues];
  const stem = path.basename(file).replace(/\.ya?ml$/, '');
  const base = { file, stem, lineOf: src.lineOf, issues };
  if (src.issues.length > 0) return { ...base, document: null, entities: [], links: [], ignore: [] };
  if (!isRecord(src.data)) {
    issues.push({ file, line: 1, message: 'expected a mapping with document, entities and links', code: 'schema' });
    return { ...base, document: null, entities: [], links: [], ignore: [] };
  }
  const shell = checkWithSchema(src, ExtractionShellSchema, src.data, []);
  if (!shell.ok) issues.push(...shell.issues);
  const raw = src.data;
  return {
    ...base,
    document: typeof raw['document'] === 'string' ? raw['document'] : null,
    entities: checkItems(src, raw['entities'], 'entities', EntitySchema, issues),
    links: checkItems(src, raw['links'], 'links', LinkSchema, issues),
    ignore: checkItems(src, raw['ignore'], 'ignore', IgnoreEntrySchema, issues),
  };
}

/** An unreadable file yields one issue and no items. */
export async function loadExtraction(filePath: string, displayPath = filePath): Promise<LoadedExtraction> {
  try {
    return parseExtraction(displayPath, await readFile(filePath, 'utf8'));
  } catch (err) {
    const empty = parseExtraction(displayPath, '');
    const issue: ValidationIssue = { file: displayPath, line: 1, message: `cannot read file: ${(err as Error).message}`, code: 'yaml-syntax' };
    return { ...empty, issues: [issue] };
  }
}
