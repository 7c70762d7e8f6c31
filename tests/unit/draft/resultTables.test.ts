import { describe, expect, it } from 'vitest';
import { buildGazetteer, draftExtraction } from '../../../src/draft/index.js';
import { validateDraft } from '../../../src/draft/validateDraft.js';

// A made-up wiki-style results table: party column first, bare share numbers, a ±% column,
// Majority/Turnout rows, and a second table whose caption is an unfilled template.
const text = [
  'Dana Okoro stood for the Harbourside seat twice.',
  'By-election 2019: Harbourside | ||||',
  '---|---|---|---|---|',
  'Party | Candidate | Votes | % | ±% |',
  'Green Party | Dana Okoro | 4,310 | 41.2 | +9.0 |',
  'Labour | Martin Sloane | 3,987 | 38.1 | -2.4 |',
  'Majority | 323 | 3.1 | |',
  'Turnout | 10,470 | 35.0 | |',
  '',
  '{{{title}}} | ||||',
  '---|---|---|---|---|',
  'Party | Candidate | Votes | % | ±% |',
  'Green Party | Dana Okoro | 990 | 51.0 | |',
  'Labour | Priya Nandakumar | 951 | 49.0 | |',
].join('\n');

describe('results tables with a header row', () => {
  const input = { document: 'fixture_tables', text, published: '2024-06-01' };
  const result = draftExtraction(input, buildGazetteer([]));
  const stood = result.extraction.links.filter((l) => l.type === 'STOOD_IN');

  it('names the ballot from the caption and reads votes and share by column, not by position', () => {
    const elections = result.extraction.entities.filter((e) => e.type === 'Election');
    expect(elections.map((e) => [e.name, (e as { date?: string }).date])).toEqual([['By-election 2019: Harbourside', '2019']]);
    expect(stood.map((l) => [l.from, (l as { votes?: number }).votes, (l as { share?: number }).share])).toEqual([
      ['person:dana-okoro', 4310, 41.2],
      ['person:martin-sloane', 3987, 38.1],
    ]);
  });

  it('leaves the uncaptioned table for review instead of guessing its election', () => {
    expect(result.review.some((r) => r.kind === 'results-unplaced' && r.start === text.lastIndexOf('Party | Candidate'))).toBe(true);
    expect(result.extraction.entities.some((e) => e.name === 'Priya Nandakumar')).toBe(false);
  });

  it('validates', () => {
    expect(validateDraft(result.yaml, input, [])).toEqual([]);
  });
});
