import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../src/draft/gazetteer.js';
import { linkMention } from '../../../src/draft/link/linkMention.js';
import { matchPersonName } from '../../../src/draft/names/matchPersonName.js';
import { nameKey } from '../../../src/draft/names/nameKey.js';
import { parsePersonName } from '../../../src/draft/names/personName.js';
import type { Entity } from '../../../src/extraction/schema.js';

const person = (id: string, name: string, aliases: string[] = []): Entity => ({ id, type: 'Person', name, aliases, evidence: [name] });
const gazetteer = buildGazetteer([{
  document: 'a',
  entities: [
    person('person:rene-gonzalez', 'René González', ['González']),
    person('person:ann-lee', 'Ann Lee'),
    person('person:john-smith', 'John Smith'),
    person('person:jane-smith', 'Jane Smith'),
    person('person:siobhan-oconnell', 'Siobhán O’Connell'),
    person('person:alexandra-featherstonehaugh', 'Alexandra Featherstonehaugh'),
  ],
}]);
const match = (a: string, b: string) => {
  const x = parsePersonName(a);
  const y = parsePersonName(b);
  return x && y ? matchPersonName(x, y) : null;
};
const linked = (text: string): string | null => {
  const out = linkMention(gazetteer, text, 'Person');
  return out.kind === 'linked' ? out.entry.id : out.kind;
};

describe('name matching', () => {
  it('folds accents, case and apostrophes', () => {
    expect(nameKey('Siobhán O’Connell')).toBe('siobhan oconnell');
    expect(linked('SIOBHAN OCONNELL')).toBe('person:siobhan-oconnell');
    expect(linked('Rene Gonzalez')).toBe('person:rene-gonzalez');
  });

  it('allows an edit budget that grows with length: none for short words, one for 5-8 letters, two beyond', () => {
    expect(linked('Rene Gonazalez')).toBe('person:rene-gonzalez');
    expect(linked('Alexandra Fetherstonhaugh')).toBe('person:alexandra-featherstonehaugh');
    expect(match('Ann Lea', 'Ann Lee')).toBeNull();
    expect(linked('Ann Lea')).toBe('none');
    expect(match('Rene Gnozalex', 'René González')).toBeNull();
  });

  it('accepts an initial for the first name and drops titles and post-nominals', () => {
    expect(match('J. Smith', 'John Smith')?.how).toBe('initial');
    expect(linked('Cllr Ann Lee MP')).toBe('person:ann-lee');
    expect(linked('Dr A Lee')).toBe('person:ann-lee');
  });

  it('refuses a namesake with a different first name', () => {
    expect(match('Peter Lee', 'Ann Lee')).toBeNull();
    expect(linked('Peter Lee')).toBe('none');
    expect(linked('Bill Smith')).toBe('none');
  });

  it('reports a surname or initial that fits two people as ambiguous, never picking one', () => {
    expect(linked('Smith')).toBe('ambiguous');
    expect(linked('J Smith')).toBe('ambiguous');
    expect(linked('Lee')).toBe('person:ann-lee');
  });
});
