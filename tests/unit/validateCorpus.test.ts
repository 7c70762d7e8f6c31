import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/extraction/corpusContext.js';
import { validateCorpus } from '../../src/validate/validateCorpus.js';

const fixture = (name: string) => path.resolve(import.meta.dirname, '..', 'fixtures', name);
const broken = { corpusDir: path.join(fixture('broken'), 'corpus'), extractionDir: path.join(fixture('broken'), 'extraction') };
const valid = { corpusDir: path.join(fixture('valid'), 'corpus'), extractionDir: path.join(fixture('valid'), 'extraction') };

/** The fixture files mark each line that must carry an issue with `# expect: code[, code]`. */
function expectedIssues(files: readonly string[]): string[] {
  return files.flatMap((abs) =>
    readFileSync(abs, 'utf8').split('\n').flatMap((line, i) => {
      const codes = /# expect: ([a-z-]+(?:, [a-z-]+)*)$/.exec(line)?.[1]?.split(',').map((c) => c.trim()) ?? [];
      return codes.map((code) => `${displayPath(abs)}:${i + 1}:${code}`);
    }),
  ).sort();
}

const brokenFiles = ['corpus/documents.yaml', 'extraction/doc-x.yaml', 'extraction/doc-y.yaml'].map((f) => path.join(fixture('broken'), f));

describe('validateCorpus', () => {
  it('reports exactly the marked issues, each at its file and line', async () => {
    const issues = await validateCorpus(broken);
    const actual = issues.map((i) => `${i.file}:${i.line}:${i.code}`).sort();
    expect(actual).toEqual(expectedIssues(brokenFiles));
    expect(actual.length).toBeGreaterThanOrEqual(20);
  });

  it('explains the problems in its messages', async () => {
    const messages = (await validateCorpus(broken)).map((i) => i.message);
    expect(messages).toContain('start 2022 is after end 2021-06');
    expect(messages).toContain('start 5 does not point at "Lena Ortiz"; it occurs at 93, 105, 142');
    expect(messages.some((m) => m.includes('person:omar-pike was born 2030'))).toBe(true);
    expect(messages.some((m) => m.startsWith('to org:nowhere: not declared'))).toBe(true);
  });

  it('checks only the selected files, resolving references against all of them', async () => {
    const onlyY = await validateCorpus({ ...broken, files: [path.join(broken.extractionDir, 'doc-y.yaml')] });
    const files = new Set(onlyY.map((i) => i.file));
    expect([...files].filter((f) => f.endsWith('doc-x.yaml'))).toEqual([]);
    expect(onlyY.filter((i) => i.code === 'prop-conflict')).toHaveLength(2);
  });

  it('finds nothing wrong with the valid fixture', async () => {
    expect(await validateCorpus(valid)).toEqual([]);
  });

  it('suggests a fix for a quote that differs only in quote marks', async () => {
    const { checkEvidence } = await import('../../src/validate/checkEvidence.js');
    const { readCorpusContext } = await import('../../src/extraction/corpusContext.js');
    const ctx = await readCorpusContext(valid);
    const x = ctx.selected[0];
    if (!x) throw new Error('fixture has no files');
    const tampered = { ...x, entities: [{ value: { ...x.entities[4]!.value, evidence: ["dockworkers' union"] }, path: x.entities[4]!.path }] };
    const issues = checkEvidence({ ...ctx, selected: [tampered] });
    expect(issues).toEqual([expect.objectContaining({ code: 'quote-not-found', line: 27 })]);
    expect(issues[0]?.message).toContain('the text has "Dockworkers’ Union" at line 3');
  });
});
