/// <reference lib="dom" />
import { request } from './api.js';
import { el } from './dom.js';
import { SearchPeople } from './operations.js';

/**
 * A keyboard-first person search on an input: typing asks the API's typo-tolerant search,
 * ArrowDown/ArrowUp move through the hits, Enter picks one (the first when none is chosen).
 */
export function attachSearch(input: HTMLInputElement, list: HTMLUListElement, pick: (id: string, name: string) => void): void {
  let hits: Array<{ id: string; name: string }> = [];
  let active = -1;
  let asked = 0;
  const show = () => {
    list.replaceChildren(...hits.map((h, i) => {
      const li = el('li', { role: 'option', id: `${list.id}-${i}`, 'data-id': h.id, 'aria-selected': String(i === active) }, h.name);
      li.addEventListener('mousedown', () => choose(i));
      return li;
    }));
    input.setAttribute('aria-activedescendant', active >= 0 ? `${list.id}-${active}` : '');
  };
  const choose = (i: number) => {
    const h = hits[i];
    if (!h) return;
    input.value = h.name;
    hits = []; active = -1; show();
    pick(h.id, h.name);
  };
  input.addEventListener('input', async () => {
    const text = input.value.trim();
    const mine = ++asked;
    if (text.length < 2) { hits = []; show(); return; }
    const data = await request(SearchPeople, { text });
    if (mine !== asked) return; // a later keystroke's answer wins
    hits = data.searchConnection.edges.map((e) => ({ id: e.node.id, name: e.node.name }));
    active = hits.length ? 0 : -1;
    show();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && hits.length) { ev.preventDefault(); active = (active + 1) % hits.length; show(); }
    else if (ev.key === 'ArrowUp' && hits.length) { ev.preventDefault(); active = (active - 1 + hits.length) % hits.length; show(); }
    else if (ev.key === 'Enter') { ev.preventDefault(); choose(Math.max(0, active)); }
    else if (ev.key === 'Escape') { hits = []; show(); }
  });
}
