import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../src/extraction/normaliseName.js';
import { coverageReport, indexNames, isCovered } from '../../src/validate/coverage.js';
import { findNameSpans } from '../../src/validate/nameSpans.js';

const spans = (text: string) => findNameSpans(text).map((s) => s.text);

describe('normaliseName', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(normaliseName('  Jean-Luc  Mélenchon ')).toBe('jean luc melenchon');
    expect(normaliseName('O’Neill')).toBe(normaliseName("O'Neill"));
    expect(normaliseName('Marks & Spencer')).toBe('marks and spencer');
  });
});

describe('findNameSpans', () => {
  it('finds capitalised runs with connectors, initials and acronyms', () => {
    expect(spans('Yesterday the Campaign for Clean Rivers met J. R. Hale and the GMB at Stop the War Coalition HQ.'))
      .toEqual(['Campaign for Clean Rivers', 'J. R. Hale', 'GMB', 'Stop the War Coalition HQ']);
  });

  it('breaks at punctuation and possessives, and splits two names joined by "and"', () => {
    expect(spans('Signed: Ann Lee MP, Bob Cole, Cy Dunn and Dee Erin. Ann Lee’s Workers’ Party of Britain'))
      .toEqual(['Ann Lee', 'Bob Cole', 'Cy Dunn', 'Dee Erin', 'Ann Lee', 'Workers’ Party of Britain']);
    expect(spans('the Preston and District Trades Council')).toEqual(['Preston and District Trades Council']);
    expect(spans('for Cuba and the Cuba Solidarity Campaign')).toEqual(['Cuba Solidarity Campaign']);
  });

  it('drops sentence openers and post-nominals, keeps "The" in titles, skips generic acronyms', () => {
    expect(spans('In Millbrook Town the MPs met. The Guardian said so. Ann Lee MP and the UK.'))
      .toEqual(['Millbrook Town', 'The Guardian', 'Ann Lee']);
  });

  it('keeps single capitalised words only after "by" or "with"', () => {
    expect(spans('Backed by Unite, she spoke with Momentum in March and with May.')).toEqual(['Unite', 'Momentum']);
  });

  it('joins a title abbreviation to the name after it', () => {
    expect(spans('with Prof. Keith Ewing today')).toEqual(['Prof. Keith Ewing']);
  });

  it('reports line numbers and offsets into the whole text', () => {
    const text = 'first line\nthen Ann Lee spoke';
    const [span] = findNameSpans(text);
    expect(span).toMatchObject({ text: 'Ann Lee', line: 2 });
    expect(text.slice(span?.start, span?.end)).toBe('Ann Lee');
  });
});

describe('isCovered', () => {
  const index = indexNames(['Ada Quill', 'Quill', 'Workers Party of Britain', 'general secretary', 'Dockworkers Union']);

  it('accepts names, aliases, titles around them and pieces of longer names', () => {
    for (const s of ['Ada Quill', 'Cllr Ada Quill MP', 'Mrs Quill', 'Workers’ Party', 'The Dockworkers Union', 'General Secretary Ada Quill']) {
      expect(isCovered(s, index), s).toBe(true);
    }
  });

  it('rejects spans with an extra real word or unrelated names', () => {
    for (const s of ['Ada Quill Foundation', 'Bea Ng', 'Party of Quill', 'Socialist Party']) {
      expect(isCovered(s, index), s).toBe(false);
    }
  });
});

describe('coverageReport', () => {
  it('finds the valid fixture fully covered, using aliases from other files and ignore entries', async () => {
    const root = path.resolve(import.meta.dirname, '..', 'fixtures', 'valid');
    const report = await coverageReport({ corpusDir: path.join(root, 'corpus'), extractionDir: path.join(root, 'extraction'), docs: ['doc-a', 'doc-b'] });
    expect(report.map((d) => [d.doc, d.uncovered.map((s) => s.text)])).toEqual([['doc-a', []], ['doc-b', []]]);
    expect(report[0]?.spanCount).toBeGreaterThan(8);
    expect(report[0]?.unusedIgnores).toEqual([{ span: 'Rally in Millbrook', line: 69 }]);
  });

  it('lists every span of a document that has no extraction file', async () => {
    const root = path.resolve(import.meta.dirname, '..', 'fixtures', 'broken');
    const [doc] = await coverageReport({ corpusDir: path.join(root, 'corpus'), extractionDir: path.join(root, 'corpus'), docs: ['doc-x'] });
    expect(doc?.extractionFile).toBeNull();
    expect(doc?.uncovered.map((s) => `${s.line}:${s.text}`)).toEqual([
      '2:Kestrel Foods', '2:Lena Ortiz', '3:Bakers Guild', '3:Tidewater Socialist League', '4:The Guild', '4:Omar Pike', '4:Kestrel Pledge',
    ]);
  });
});
