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
    expect(elections[0]).toMatchObject({ name: 'By-election 2019: Harbourside', date: '2019', majority: 323, turnout: 10470, turnoutPct: 35 });
    expect(elections[0]?.evidence).toEqual(['By-election 2019: Harbourside', 'Majority | 323 | 3.1', 'Turnout | 10,470 | 35.0']);
    const first = stood.filter((l) => l.to === elections[0]?.id);
    expect(first.map((l) => [l.from, (l as { votes?: number }).votes, (l as { share?: number }).share])).toEqual([
      ['person:dana-okoro', 4310, 41.2],
      ['person:martin-sloane', 3987, 38.1],
    ]);
  });

  it('drafts the uncaptioned table as an unnamed ballot dated by the document-date rule, flagged and sent for review', () => {
    expect(result.review.some((r) => r.kind === 'results-unplaced' && r.start === text.lastIndexOf('Party | Candidate'))).toBe(true);
    const unnamed = result.extraction.entities.find((e) => e.type === 'Election' && e.name.startsWith('Unnamed election'));
    expect(unnamed).toMatchObject({ kind: 'local', date: '2024-06-01', confidence: 0.4 });
    expect((unnamed as { dateInferred?: string }).dateInferred).toMatch(/publication date/);
    expect(stood.filter((l) => l.to === unnamed?.id).map((l) => [l.from, (l as { votes?: number }).votes])).toEqual([
      ['person:dana-okoro', 990], ['person:priya-nandakumar', 951],
    ]);
  });

  it('validates', () => {
    expect(validateDraft(result.yaml, input, [])).toEqual([]);
  });
});
