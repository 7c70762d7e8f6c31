// Unreviewed facts: a document added with `npm run ingest` is imported as an unreviewed draft,
// and every quote the API returns says whether its fact is reviewed (`Evidence.reviewed`). The
// explorer shows such facts as such, and with "Hide unreviewed" leaves them out, by the same
// rule as the API's `leaveOut: [UNREVIEWED]` (src/resolvers/leaveOut.ts): a fact every quote of
// which is unreviewed is left out; a fact with a reviewed quote stays, with its reviewed quotes.

export interface Reviewable { reviewed: boolean }

/** True when the fact has quotes and none of them is reviewed: it rests only on drafts. */
export function restsOnDrafts(evidence: readonly Reviewable[]): boolean {
  return evidence.length > 0 && evidence.every((e) => !e.reviewed);
}

/** Given a co-campaigning's shared activities, how many rest only on drafts, of how many. */
export function draftShare(activities: ReadonlyArray<{ evidence: readonly Reviewable[] }>): { unreviewed: number; total: number } {
  return { unreviewed: activities.filter((a) => restsOnDrafts(a.evidence)).length, total: activities.length };
}

/** The facts to show: all of them, or (reviewed only) those with a reviewed quote, keeping only those quotes. */
export function keptFacts<T extends { evidence: readonly Reviewable[] }>(facts: readonly T[], reviewedOnly: boolean): T[] {
  if (!reviewedOnly) return [...facts];
  return facts.flatMap((f) => {
    const evidence = f.evidence.filter((e) => e.reviewed);
    return evidence.length > 0 ? [{ ...f, evidence }] : [];
  });
}
