import { describe, expect, it } from 'vitest';
import { buildGazetteer, draftExtraction } from '../../../src/draft/index.js';
import { validateDraft } from '../../../src/draft/validateDraft.js';

// A made-up campaign note written for this test: acronyms of organisations named in full earlier,
// and two organisations joined by "and" in one capitalised run.
const text = [
  'Ann Okafor chairs the Millbrook Ferry Campaign (MFC) and sits on the National Union of Boatbuilders.',
  'The MFC met NUB officials in March 2024.',
  'The fringe meeting was sponsored by Harbour Workers Assembly and Quayside.',
  'Families and friends of the crews attended, and the United Families and Friends newsletter reported it.',
].join('\n');

describe('organisation names', () => {
  const input = { document: 'fixture_org_names', text, published: '2024' };
  const result = draftExtraction(input, buildGazetteer([]));
  const orgs = result.extraction.entities.filter((e) => e.type === 'Organisation');

  it('an acronym of an organisation named in full is its alias, not a new organisation', () => {
    expect(orgs.map((o) => o.name)).not.toContain('MFC');
    expect(orgs.map((o) => o.name)).not.toContain('NUB');
    expect(orgs.find((o) => o.name === 'Millbrook Ferry Campaign')?.aliases).toContain('MFC');
    expect(orgs.find((o) => o.name === 'National Union of Boatbuilders')?.aliases).toContain('NUB');
  });

  it('"A Assembly and B" is two organisations; a name with "and" but no organisation on its left stays whole', () => {
    const names = orgs.map((o) => o.name);
    expect(names).toContain('Harbour Workers Assembly');
    expect(names).not.toContain('Harbour Workers Assembly and Quayside');
    expect(names).toContain('United Families and Friends');
  });

  it('validates', () => {
    expect(validateDraft(result.yaml, input, [])).toEqual([]);
  });
});
