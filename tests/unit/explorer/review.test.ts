import { describe, expect, it } from 'vitest';
import { draftShare, keptFacts, restsOnDrafts } from '../../../src/explorer/review.js';
import { formatState, parseState } from '../../../src/explorer/state.js';

// The explorer's rule for unreviewed facts must be the API's leaveOut: [UNREVIEWED] rule
// (src/resolvers/leaveOut.ts): a fact all of whose quotes are unreviewed is left out; a fact
// with a reviewed quote stays with that quote only.
const q = (reviewed: boolean, quote = reviewed ? 'from a reviewed file' : 'from a draft') => ({ reviewed, quote });

describe('unreviewed facts in the explorer', () => {
  it('a fact rests on drafts only when it has quotes and none is reviewed', () => {
    expect(restsOnDrafts([q(false), q(false)])).toBe(true);
    expect(restsOnDrafts([q(false), q(true)])).toBe(false);
    expect(restsOnDrafts([])).toBe(false);
  });

  it('counts the shared activities of a link that rest only on drafts', () => {
    expect(draftShare([{ evidence: [q(false)] }, { evidence: [q(true), q(false)] }, { evidence: [q(true)] }])).toEqual({ unreviewed: 1, total: 3 });
  });

  it('hiding keeps facts with a reviewed quote, with their reviewed quotes only', () => {
    const facts = [{ name: 'draft only', evidence: [q(false)] }, { name: 'mixed', evidence: [q(true), q(false)] }];
    expect(keptFacts(facts, false)).toEqual(facts);
    expect(keptFacts(facts, true)).toEqual([{ name: 'mixed', evidence: [q(true)] }]);
  });

  it('the URL keeps "hide unreviewed", and leaves it out when off', () => {
    const s = parseState('#person=person:ian-lavery&reviewed=only');
    expect(s.reviewedOnly).toBe(true);
    expect(formatState(s)).toBe('#person=person%3Aian-lavery&reviewed=only');
    expect(formatState({ ...s, reviewedOnly: false })).toBe('#person=person%3Aian-lavery');
    expect(parseState('#person=x&reviewed=yes').reviewedOnly).toBe(false);
  });
});
