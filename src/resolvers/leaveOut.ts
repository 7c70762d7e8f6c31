import type { EvidenceModel } from '../queries/models.js';

/** The values of the schema's LeaveOut enum; a field's `leaveOut` argument is a list of them. */
export type LeaveOutValue = 'UNREVIEWED' | 'WITHDRAWN' | 'ALLEGED';

/** The three flags campaignedWith and paths pass to Cypher: which facts to leave out. */
export interface LeaveOutFlags { noUnreviewed: boolean; noWithdrawn: boolean; noAlleged: boolean }

/** Given a field's `leaveOut`, returns the flags its Cypher reads (entity fields apply UNREVIEWED only). */
export function leaveOutFlags(leaveOut: readonly string[] | null | undefined): LeaveOutFlags {
  const l = leaveOut ?? [];
  return { noUnreviewed: l.includes('UNREVIEWED'), noWithdrawn: l.includes('WITHDRAWN'), noAlleged: l.includes('ALLEGED') };
}

const wantsReviewedOnly = (leaveOut: readonly string[] | null | undefined): boolean => (leaveOut ?? []).includes('UNREVIEWED');

/** Given evidence and a field's `leaveOut`, returns the quotes to show: with UNREVIEWED, the reviewed ones only. */
export function keptEvidence(evidence: EvidenceModel[], leaveOut: readonly string[] | null | undefined): EvidenceModel[] {
  return wantsReviewedOnly(leaveOut) ? evidence.filter((e) => e.reviewed) : evidence;
}

/**
 * Given facts (each with its evidence) and a field's `leaveOut`: with UNREVIEWED, a fact every
 * quote of which is unreviewed is left out, and the others keep their reviewed quotes only.
 * Without it, the facts come back as they are.
 */
export function keptFacts<T extends { evidence: EvidenceModel[] }>(facts: T[], leaveOut: readonly string[] | null | undefined): T[] {
  if (!wantsReviewedOnly(leaveOut)) return facts;
  return facts.flatMap((f) => {
    const evidence = f.evidence.filter((e) => e.reviewed);
    return evidence.length > 0 ? [{ ...f, evidence }] : [];
  });
}
