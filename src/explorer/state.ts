/// <reference lib="dom" />
import type { ActivityKind, LeaveOut } from '../generated/explorer/graphql.js';

/** Everything a shared link restores: it lives in the URL's hash (`/explore#person=…&hops=2`). */
export interface ViewState {
  person: string | null;
  hops: 1 | 2;
  first: number;
  from: string | null;
  to: string | null;
  kinds: ActivityKind[];
  /** The open panel: `profile:<id>`, `edge:<id>|<id>`, `doc:<id>:<start>:<end>`, `path:<id>|<id>`. */
  panel: string | null;
  table: boolean;
  /**
   * What the API is asked to leave out (its own `leaveOut` argument): UNREVIEWED (facts from
   * documents added by `npm run ingest`, not yet reviewed), WITHDRAWN, ALLEGED. Sorted, no repeats.
   */
  leaveOut: LeaveOut[];
}

export const ACTIVITY_KINDS: readonly ActivityKind[] = ['EVENT', 'STATEMENT', 'SLATE', 'BACKING', 'CAMPAIGN', 'CO_BACKING'];
export const LEAVE_OUT: readonly LeaveOut[] = ['ALLEGED', 'UNREVIEWED', 'WITHDRAWN'];
const DEFAULT_FIRST = 25;

/** Given a hash (with or without `#`), returns the view it names; unknown or bad parts fall back to defaults. */
export function parseState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const first = Number(p.get('first'));
  const kinds = (p.get('kinds') ?? '').split(',').filter((k): k is ActivityKind => (ACTIVITY_KINDS as readonly string[]).includes(k));
  // `reviewed=only` is how links made before `leaveOut=` said "leave out unreviewed"; still read.
  const asked = [...(p.get('leaveOut') ?? '').split(','), p.get('reviewed') === 'only' ? 'UNREVIEWED' : ''];
  return {
    person: p.get('person'),
    hops: p.get('hops') === '2' ? 2 : 1,
    first: Number.isInteger(first) && first > 0 && first <= 100 ? first : DEFAULT_FIRST,
    from: p.get('from'),
    to: p.get('to'),
    kinds,
    panel: p.get('panel'),
    table: p.get('table') === '1',
    leaveOut: LEAVE_OUT.filter((v) => asked.includes(v)),
  };
}

/** The hash for a view; defaults are left out, so links stay short. */
export function formatState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.person) p.set('person', s.person);
  if (s.hops === 2) p.set('hops', '2');
  if (s.first !== DEFAULT_FIRST) p.set('first', String(s.first));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.kinds.length) p.set('kinds', s.kinds.join(','));
  if (s.panel) p.set('panel', s.panel);
  if (s.table) p.set('table', '1');
  if (s.leaveOut.length) p.set('leaveOut', LEAVE_OUT.filter((v) => s.leaveOut.includes(v)).join(','));
  return `#${p.toString()}`;
}

/** The hash a link to a panel gets: the current view with that panel open. */
export function linkTo(s: ViewState, panel: string): string {
  return formatState({ ...s, panel });
}

/** The view's leaveOut in words, e.g. "unreviewed, withdrawn or alleged". */
export function leftOutWords(leaveOut: readonly LeaveOut[]): string {
  const words = LEAVE_OUT.filter((v) => leaveOut.includes(v)).map((v) => v.toLowerCase());
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? '');
}
