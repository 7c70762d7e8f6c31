/// <reference lib="dom" />
import type { ActivityKind } from '../generated/explorer/graphql.js';
import { byId, el } from './dom.js';
import type { ViewState } from './state.js';

/**
 * The date window, activity kinds, hops and page size. They are passed as they are to the
 * API's own arguments (`from`, `to`, `activityKinds`, `first`); the API checks the dates and
 * answers BAD_USER_INPUT for a malformed one, which the status line then shows. "Hide
 * unreviewed" leaves out facts resting only on unreviewed drafts (review.ts says how).
 */
export function bindFilters(get: () => ViewState, go: (s: ViewState) => void, kinds: readonly ActivityKind[]): void {
  const form = byId<HTMLFormElement>('filters');
  const box = byId('kinds');
  box.replaceChildren(...kinds.map((k) => el('label', {}, el('input', { type: 'checkbox', name: 'kind', value: k }), ` ${k.toLowerCase()}`)));
  const fill = () => {
    const s = get();
    byId<HTMLInputElement>('from').value = s.from ?? '';
    byId<HTMLInputElement>('to').value = s.to ?? '';
    byId<HTMLSelectElement>('hops').value = String(s.hops);
    byId<HTMLInputElement>('reviewed-only').checked = s.reviewedOnly;
    form.querySelectorAll<HTMLInputElement>('input[name=kind]').forEach((c) => { c.checked = s.kinds.includes(c.value as ActivityKind); });
  };
  window.addEventListener('hashchange', fill);
  fill();
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const from = byId<HTMLInputElement>('from').value.trim();
    const to = byId<HTMLInputElement>('to').value.trim();
    const checked = [...form.querySelectorAll<HTMLInputElement>('input[name=kind]:checked')].map((c) => c.value as ActivityKind);
    go({ ...get(), from: from || null, to: to || null, kinds: checked, hops: byId<HTMLSelectElement>('hops').value === '2' ? 2 : 1,
      reviewedOnly: byId<HTMLInputElement>('reviewed-only').checked, panel: null });
  });
}
