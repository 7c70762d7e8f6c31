import { describe, expect, it } from 'vitest';
import type { EvidenceModel } from '../../src/queries/models.js';
import { evidenceOf } from '../../src/queries/models.js';
import { keptEvidence, keptFacts } from '../../src/resolvers/leaveOut.js';

// evidenceOf reads `reviewed` from a stored relationship (absent = reviewed), and leaveOut
// drops what rests only on drafts. The rows are shaped as the graph stores them.

const draft = evidenceOf({ doc: 'doc:950_x', quotes: ['Ann Lee MP'], starts: [4], ends: [14], reviewed: false });
const corpus = evidenceOf({ doc: 'doc:000_y', quotes: ['Ann Lee', 'Lee'], starts: [0, 30], ends: [7, 33] });

describe('reviewed evidence and leaveOut', () => {
  it('reads reviewed false only where the relationship says so', () => {
    expect(draft.map((e) => e.reviewed)).toEqual([false]);
    expect(corpus.map((e) => e.reviewed)).toEqual([true, true]);
    expect(evidenceOf({ doc: 'doc:1', quotes: ['q'], reviewed: true })[0]!.reviewed).toBe(true);
  });

  it('keeps everything without UNREVIEWED, and only reviewed quotes with it', () => {
    const all: EvidenceModel[] = [...draft, ...corpus];
    expect(keptEvidence(all, [])).toBe(all);
    expect(keptEvidence(all, null)).toBe(all);
    expect(keptEvidence(all, ['UNREVIEWED'])).toEqual(corpus);
  });

  it('leaves out a fact only drafts state, and strips draft quotes from a mixed one', () => {
    const facts = [{ id: 'draft-only', evidence: draft }, { id: 'mixed', evidence: [...draft, ...corpus] }, { id: 'reviewed', evidence: corpus }];
    expect(keptFacts(facts, undefined)).toBe(facts);
    expect(keptFacts(facts, ['UNREVIEWED'])).toEqual([{ id: 'mixed', evidence: corpus }, { id: 'reviewed', evidence: corpus }]);
  });
});
