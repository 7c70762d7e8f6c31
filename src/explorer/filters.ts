/// <reference lib="dom" />
import type { ActivityKind, LeaveOut } from '../generated/explorer/graphql.js';
import { byId, el } from './dom.js';
import { LEAVE_OUT, parseState, type ViewState } from './state.js';

/** What each `leaveOut` box says. */
const LEAVE_OUT_LABELS: Record<LeaveOut, string> = { UNREVIEWED: 'unreviewed drafts', WITHDRAWN: 'withdrawn', ALLEGED: 'alleged' };

/**
 * The date window, activity kinds, hops, and what to leave out. They are passed as they are to
 * the API's own arguments (`from`, `to`, `activityKinds`, `leaveOut`); the API checks the dates
 * and answers BAD_USER_INPUT for a malformed one, which the status line then shows.
 */
export function bindFilters(get: () => ViewState, go: (s: ViewState) => void, kinds: readonly ActivityKind[]): void {
  const form = byId<HTMLFormElement>('filters');
  // Appended after each fieldset's legend (replacing the children dropped the legend before).
  byId('kinds').append(...kinds.map((k) => el('label', {}, el('input', { type: 'checkbox', name: 'kind', value: k }), ` ${k.toLowerCase()}`)));
  byId('leave-out').append(...LEAVE_OUT.map((v) => el('label', {}, el('input', { type: 'checkbox', name: 'leaveOut', value: v }), ` ${LEAVE_OUT_LABELS[v]}`)));
  const ticked = <T extends string>(name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map((c) => c.value as T);
  const fill = (s: ViewState) => {
    byId<HTMLInputElement>('from').value = s.from ?? '';
    byId<HTMLInputElement>('to').value = s.to ?? '';
    byId<HTMLSelectElement>('hops').value = String(s.hops);
    form.querySelectorAll<HTMLInputElement>('input[name=kind]').forEach((c) => { c.checked = s.kinds.includes(c.value as ActivityKind); });
    form.querySelectorAll<HTMLInputElement>('input[name=leaveOut]').forEach((c) => { c.checked = s.leaveOut.includes(c.value as LeaveOut); });
  };
  // Read from the URL itself: this listener runs before main.ts's, whose `state` is then stale.
  window.addEventListener('hashchange', () => fill(parseState(location.hash)));
  fill(get());
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const from = byId<HTMLInputElement>('from').value.trim();
    const to = byId<HTMLInputElement>('to').value.trim();
    go({ ...get(), from: from || null, to: to || null, kinds: ticked<ActivityKind>('kind'), hops: byId<HTMLSelectElement>('hops').value === '2' ? 2 : 1,
      leaveOut: ticked<LeaveOut>('leaveOut'), panel: null });
  });
}
