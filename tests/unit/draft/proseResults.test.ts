import { describe, expect, it } from 'vitest';
import { buildGazetteer, draftExtraction } from '../../../src/draft/index.js';
import { validateDraft } from '../../../src/draft/validateDraft.js';

// A made-up local news item telling council results in prose, written for this test.
const text = [
  'Independents celebrate in Millbrook',
  '',
  'There were upsets in Millbrook’s council elections on 1 May 2025.',
  'Dana Okoro won the Harbour North East seat with a majority of 412, and fellow independents Martin Sloane and Priya Nandakumar won Castle Central and Quayside respectively.',
  'Labour won the Old Town seat.',
].join('\n');

describe('results told in prose', () => {
  const input = { document: 'fixture_prose_results', text, published: '2025-05' };
  const result = draftExtraction(input, buildGazetteer([]));
  const ballots = result.extraction.entities.filter((e) => e.type === 'Election');
  const nameOf = (id: string): string | undefined => result.extraction.entities.find((e) => e.id === id)?.name;

  it('gives each ward won a dated ballot and the winner a STOOD_IN with elected: true', () => {
    expect(ballots.map((b) => [b.id, 'area' in b ? b.area : null])).toEqual([
      ['local.millbrook.harbour-north-east.2025-05-01', 'Harbour North East'],
      ['local.millbrook.castle-central.2025-05-01', 'Castle Central'],
      ['local.millbrook.quayside.2025-05-01', 'Quayside'],
    ]);
    expect(ballots[0]).toMatchObject({ majority: 412 });
    const stood = result.extraction.links.filter((l) => l.type === 'STOOD_IN').map((l) => [nameOf(l.from), l.to.split('.')[2], 'elected' in l ? l.elected : null]);
    expect(stood).toEqual([['Dana Okoro', 'harbour-north-east', true], ['Martin Sloane', 'castle-central', true], ['Priya Nandakumar', 'quayside', true]]);
  });

  it('a party winning a seat is no candidacy, and ward names are not people', () => {
    expect(ballots.some((b) => b.name.startsWith('Old Town'))).toBe(false);
    const people = result.extraction.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).not.toContain('Harbour North East');
    expect(people).not.toContain('Castle Central');
  });

  it('validates', () => {
    expect(validateDraft(result.yaml, input, [])).toEqual([]);
  });
});
