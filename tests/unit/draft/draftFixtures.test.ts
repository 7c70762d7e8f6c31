import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Link } from '../../../src/extraction/schema.js';
import { draftExtraction, loadGazetteer, type DraftResult } from '../../../src/draft/index.js';
import { readOtherExtractions, validateDraft } from '../../../src/draft/validateDraft.js';

const EXTRACTION = path.resolve('extraction');
const gazetteer = loadGazetteer(EXTRACTION);
const others = readOtherExtractions(EXTRACTION);

function draft(name: string): { result: DraftResult; text: string } {
  const text = readFileSync(path.resolve('tests/fixtures/draft', `${name}.txt`), 'utf8');
  const input = { document: `test_${name.replace(/-/g, '_')}`, text, published: '2024' };
  const result = draftExtraction(input, gazetteer);
  expect(validateDraft(result.yaml, input, others)).toEqual([]);
  return { result, text };
}

const linksOf = (r: DraftResult, type: Link['type']): Link[] => r.extraction.links.filter((l) => l.type === type);
const nameOf = (r: DraftResult, id: string): string | undefined => r.extraction.entities.find((e) => e.id === id)?.name;

describe('draft extractor on test documents written for it', () => {
  it('a rally report: speakers, chair and host of one dated rally, with the speaker affiliation', () => {
    const { result } = draft('rally-report');
    const rally = result.extraction.entities.find((e) => e.type === 'Event');
    expect(rally).toMatchObject({ name: 'Harbour Workers Rally', kind: 'rally', date: '2024-03-14' });
    const parts = linksOf(result, 'PARTICIPATED_IN').map((l) => [nameOf(result, l.from), 'role' in l ? l.role : null, l.to]);
    expect(parts).toEqual(expect.arrayContaining([
      ['Ann Okafor', 'speaker', rally?.id], ['Peter Lindqvist', 'speaker', rally?.id], ['Marta Sokolowska', 'speaker', rally?.id],
      ['Daniel Whitcombe', 'chair', rally?.id], ['Millbrook Ferry Campaign', 'host', rally?.id],
    ]));
    expect(linksOf(result, 'MEMBER_OF').map((l) => [nameOf(result, l.from), nameOf(result, l.to)])).toContainEqual(['Marta Sokolowska', 'Millbrook Trades Council']);
  });

  it('a joint letter: its signatories in order, the letter dated from its text', () => {
    const { result } = draft('joint-letter');
    const letter = result.extraction.entities.find((e) => e.type === 'Statement');
    expect(letter).toMatchObject({ name: 'Open letter on the ferry yard', kind: 'letter', date: '2024-04-02' });
    const signed = linksOf(result, 'SIGNED').map((l) => [nameOf(result, l.from), 'order' in l ? l.order : null]);
    expect(signed).toEqual([['Ann Okafor', 1], ['Peter Lindqvist', 2], ['Hamid Rahimi', 3], ['Joanna Brzezinska', 4]]);
  });

  it('a results page: ward ballots PART_OF the council election, one STOOD_IN per candidate with exact votes', () => {
    const { result } = draft('election-results');
    const ids = result.extraction.entities.filter((e) => e.type === 'Election').map((e) => e.id);
    expect(ids).toEqual(['local.millbrook.2024-05-02', 'local.millbrook.harbour.2024-05-02', 'local.millbrook.castle.2024-05-02']);
    expect(linksOf(result, 'PART_OF').map((l) => [l.from, l.to])).toEqual([
      ['local.millbrook.harbour.2024-05-02', 'local.millbrook.2024-05-02'], ['local.millbrook.castle.2024-05-02', 'local.millbrook.2024-05-02'],
    ]);
    const stood = linksOf(result, 'STOOD_IN').map((l) => [nameOf(result, l.from), l.to.split('.')[2], 'votes' in l ? l.votes : null, 'elected' in l ? (l.elected ?? false) : null]);
    expect(stood).toEqual([
      ['Ann Okafor', 'harbour', 1412, true], ['Peter Lindqvist', 'harbour', 903, false], ['Gordon Pike', 'harbour', 611, false],
      ['Hamid Rahimi', 'castle', 1077, true], ['Joanna Brzezinska', 'castle', 1020, false],
    ]);
    const labour = linksOf(result, 'STOOD_IN').find((l) => 'label' in l && l.label === 'Labour Party');
    expect(labour && 'party' in labour ? labour.party : null).toBe('org:labour-party');
    expect(result.extraction.entities.map((e) => e.name)).not.toContain('INC');
  });

  it('links "Cllr Michael Lavalette", "Lavalette" and "Ian Lavery MP" to the existing nodes', () => {
    const { result, text } = draft('known-people');
    expect(result.linked.map((l) => [l.id, l.matchedBy])).toEqual(expect.arrayContaining([
      ['person:michael-lavalette', 'Michael Lavalette'], ['person:ian-lavery', 'Ian Lavery'],
    ]));
    const lavalette = result.extraction.entities.find((e) => e.id === 'person:michael-lavalette');
    expect(lavalette?.evidence).toEqual(['Cllr Michael Lavalette', { quote: 'Lavalette', start: text.indexOf('Lavalette said') }]);
    expect(result.created.map((c) => c.name)).toContain('Ruth Penhaligon');
    expect(result.created.filter((c) => c.type === 'Person').map((c) => c.name)).not.toContain('Lavalette');
    expect(linksOf(result, 'HELD_POSITION').map((l) => [l.from, l.to, 'role' in l ? l.role : null])).toContainEqual(['person:ian-lavery', 'org:house-of-commons', 'Member of Parliament']);
    expect(linksOf(result, 'PARTICIPATED_IN').map((l) => l.from).sort()).toEqual(['person:ian-lavery', 'person:michael-lavalette']);
  });

  it('marks every drafted item unreviewed with a confidence and the rule that proposed it', () => {
    const { result } = draft('rally-report');
    for (const item of [...result.extraction.entities, ...result.extraction.links]) {
      expect(item.reviewed).toBe(false);
      expect(item.confidence).toBeGreaterThan(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
      expect(item.proposedBy).toMatch(/^(?:rule|gazetteer):/);
    }
  });
});
