// Unreviewed facts: a document added with `npm run ingest` is imported as an unreviewed draft.
// The API says so on every quote (`Evidence.reviewed`) and every shared activity
// (`SharedActivity.reviewed`: false when a link it rests on is a draft); the explorer shows
// such facts as such. Leaving them out is the API's work: the view passes `leaveOut` (state.ts).

export interface Reviewable { reviewed: boolean }

/** True when the fact has quotes and none of them is reviewed: it rests only on drafts. */
export function restsOnDrafts(evidence: readonly Reviewable[]): boolean {
  return evidence.length > 0 && evidence.every((e) => !e.reviewed);
}

/** Given a co-campaigning's shared activities, how many the API marks unreviewed, of how many. */
export function draftShare(activities: readonly Reviewable[]): { unreviewed: number; total: number } {
  return { unreviewed: activities.filter((a) => !a.reviewed).length, total: activities.length };
}
