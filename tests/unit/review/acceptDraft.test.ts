import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftExtraction, loadGazetteer } from '../../../src/draft/index.js';
import { readOtherExtractions, validateDraft } from '../../../src/draft/validateDraft.js';
import { acceptAll, pendingItems } from '../../../src/review/acceptDraft.js';

// The review step on a real draft: the text below is made up for this test, and the gazetteer is
// the repository's reviewed extraction files, so a known person is linked as ingest would.

const EXTRACTION_DIR = join(import.meta.dirname, '..', '..', '..', 'extraction');
const TEXT = `Picket line at the depot

4 February 2025

Speakers included Ian Lavery MP, Morwenna Tregarthen and Idris Penhallow.

The open letter was signed by Morwenna Tregarthen and Caspian Holloway.
`;
const input = { document: '950_review-test', text: TEXT, published: '2025-02-04' };
const draft = draftExtraction(input, loadGazetteer(EXTRACTION_DIR, { excludeDocument: input.document }));
const others = readOtherExtractions(EXTRACTION_DIR, input.document);
type Items = { entities: Array<Record<string, unknown>>; links: Array<Record<string, unknown>> };

describe('reviewing a draft', () => {
  it('lists every drafted entity and link as pending, with its line, confidence and rule', () => {
    const x = draft.extraction as unknown as Items;
    const pending = pendingItems(draft.yaml);
    expect(pending.length).toBe(x.entities.length + x.links.length);
    expect(pending.filter((p) => p.section === 'links').length).toBeGreaterThanOrEqual(3);
    expect(pending.map((p) => p.label)).toContain('person:ian-lavery');
    const lines = draft.yaml.split('\n');
    for (const p of pending) {
      expect(p.confidence, p.label).toBeGreaterThan(0);
      expect(p.proposedBy, p.label).toMatch(/^(rule|gazetteer):/);
      // The line given is the item's first line, where a reviewer starts reading it.
      expect(lines[p.line - 1], p.label).toMatch(/^\s*- /);
    }
  });

  it('--accept-all removes every reviewed: false, keeps everything else, and the file still validates', () => {
    const { text, accepted } = acceptAll(draft.yaml);
    expect(accepted).toBe(pendingItems(draft.yaml).length);
    expect(pendingItems(text)).toEqual([]);
    expect(text).not.toMatch(/^\s*reviewed: false/m);
    expect(draft.yaml).toMatch(/^\s*reviewed: false/m);
    // The header comment telling how to review stays, as do confidence and proposedBy.
    expect(text.startsWith(draft.yaml.split('\n')[0]!)).toBe(true);
    const before = parse(draft.yaml) as Items;
    const after = parse(text) as Items;
    const strip = (items: Array<Record<string, unknown>>): unknown[] => items.map(({ reviewed: _r, ...rest }) => rest);
    expect(strip(after.entities)).toEqual(strip(before.entities));
    expect(strip(after.links)).toEqual(strip(before.links));
    expect(after.links.every((l) => typeof l.confidence === 'number' && l.reviewed === undefined)).toBe(true);
    expect(validateDraft(text, input, others)).toEqual([]);
  });

  it('accepting a reviewed file changes nothing', () => {
    const once = acceptAll(draft.yaml).text;
    expect(acceptAll(once)).toEqual({ text: once, accepted: 0 });
  });

  it('refuses a file that is not YAML', () => {
    expect(() => acceptAll('entities: [\n')).toThrow(/not valid YAML/);
  });
});
