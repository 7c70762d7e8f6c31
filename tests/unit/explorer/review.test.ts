import { describe, expect, it } from 'vitest';
import { draftShare, restsOnDrafts } from '../../../src/explorer/review.js';
import { formatState, leftOutWords, parseState } from '../../../src/explorer/state.js';

// How the explorer marks unreviewed facts, and how the URL keeps what the view asks the API to
// leave out (`leaveOut`): the leaving out itself is the API's, tested over HTTP in
// tests/e2e/coCampaigningFilters.e2e.test.ts and in the browser test.
const q = (reviewed: boolean) => ({ reviewed });

describe('unreviewed facts in the explorer', () => {
  it('a fact rests on drafts only when it has quotes and none is reviewed', () => {
    expect(restsOnDrafts([q(false), q(false)])).toBe(true);
    expect(restsOnDrafts([q(false), q(true)])).toBe(false);
    expect(restsOnDrafts([])).toBe(false);
  });

  it('counts the shared activities of a link the API marks unreviewed', () => {
    expect(draftShare([q(false), q(true), q(true)])).toEqual({ unreviewed: 1, total: 3 });
  });
});

describe('leaveOut in the URL', () => {
  it('keeps the values the API knows, sorted and once each, and drops the rest', () => {
    const s = parseState('#person=person:ian-lavery&leaveOut=WITHDRAWN,bogus,ALLEGED,WITHDRAWN');
    expect(s.leaveOut).toEqual(['ALLEGED', 'WITHDRAWN']);
    expect(formatState(s)).toBe('#person=person%3Aian-lavery&leaveOut=ALLEGED%2CWITHDRAWN');
    expect(parseState(formatState(s))).toEqual(s);
    expect(formatState({ ...s, leaveOut: [] })).toBe('#person=person%3Aian-lavery');
  });

  it('still reads the older reviewed=only as leaving out UNREVIEWED', () => {
    expect(parseState('#person=x&reviewed=only').leaveOut).toEqual(['UNREVIEWED']);
    expect(parseState('#person=x&reviewed=only&leaveOut=UNREVIEWED').leaveOut).toEqual(['UNREVIEWED']);
    expect(parseState('#person=x&reviewed=yes').leaveOut).toEqual([]);
  });

  it('says what is left out in words', () => {
    expect(leftOutWords(['UNREVIEWED'])).toBe('unreviewed');
    expect(leftOutWords(['WITHDRAWN', 'ALLEGED', 'UNREVIEWED'])).toBe('alleged, unreviewed or withdrawn');
  });
});
