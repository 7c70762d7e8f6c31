import { LineCounter, isMap, isNode, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import type { ValidationIssue } from '../validate/validationIssue.js';

export type YamlPath = readonly (string | number)[];

/** A parsed YAML file that can map any value path back to a 1-based line. */
export interface YamlSource {
  readonly file: string;
  readonly data: unknown;
  readonly issues: ValidationIssue[];
  lineOf(path: YamlPath, key?: string): number;
}

function lineLocator(doc: Document, counter: LineCounter) {
  return (path: YamlPath, key?: string): number => {
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = doc.getIn(path.slice(0, n), true);
      if (!isNode(node) || !node.range) continue;
      if (key !== undefined && n === path.length && isMap(node)) {
        const pair = node.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === key);
        const keyRange = pair && isNode(pair.key) ? pair.key.range : undefined;
        if (keyRange) return counter.linePos(keyRange[0]).line;
      }
      return counter.linePos(node.range[0]).line;
    }
    return 1;
  };
}

/** Files are reviewed by hand, so anchors, aliases and explicit tags are refused. */
function plainYamlIssues(file: string, doc: Document, counter: LineCounter): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const report = (offset: number, what: string): void =>
    void issues.push({ file, line: counter.linePos(offset).line, message: `YAML: ${what} not allowed; write the value out`, code: 'yaml-syntax' });
  visit(doc, {
    Alias: (_, node) => report(node.range?.[0] ?? 0, `alias *${node.source}`),
    Node: (_, node) => {
      if ('anchor' in node && node.anchor) report(node.range?.[0] ?? 0, `anchor &${node.anchor}`);
      if (node.tag) report(node.range?.[0] ?? 0, `tag ${node.tag}`);
    },
  });
  return issues;
}

/** Parses YAML; syntax errors become issues and leave `data` undefined. */
export function parseYamlSource(file: string, text: string): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  const issues: ValidationIssue[] = doc.errors.map((e) => ({
    file,
    line: e.linePos?.[0].line ?? 1,
    message: `YAML: ${e.message.split('\n')[0] ?? e.message}`,
    code: 'yaml-syntax',
  }));
  issues.push(...plainYamlIssues(file, doc, counter));
  const data: unknown = issues.length > 0 ? undefined : doc.toJS();
  return { file, data, issues, lineOf: lineLocator(doc, counter) };
}

function describePath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/** Runs a zod schema on the value at `base`, turning its errors into located issues. */
export function checkWithSchema<S extends z.ZodType>(
  src: YamlSource, schema: S, value: unknown, base: YamlPath,
): { ok: true; value: z.output<S> } | { ok: false; issues: ValidationIssue[] } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((iss): ValidationIssue => {
    const path = [...base, ...iss.path.filter((p): p is string | number => typeof p !== 'symbol')];
    const keys = iss.code === 'unrecognized_keys' ? iss.keys : [];
    const where = describePath(path);
    const missing = iss.code === 'invalid_type' && iss.message.endsWith('received undefined');
    const message = keys.length > 0 ? `unknown field ${keys.map((k) => `"${k}"`).join(', ')}` : missing ? 'required field is missing' : iss.message;
    return { file: src.file, line: src.lineOf(path, keys[0]), message: where ? `${where}: ${message}` : message, code: 'schema' };
  });
  return { ok: false, issues };
}
