/// <reference lib="dom" />

type Child = Node | string | null | undefined | false;

/** Builds an element with attributes and children; text children are escaped by the DOM itself. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

/** The element with this id; throws when the page lacks it (a broken page should fail loudly). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The page has no #${id}.`);
  return node as T;
}

export interface EvidenceLike {
  quote: string;
  start: number;
  end: number;
  document: { id: string; title: string };
}

/**
 * A quote with a link to its document's text, the span highlighted from its offsets. `link`
 * turns a panel name into a hash, so the link keeps the rest of the view.
 */
export function quote(e: EvidenceLike, link: (panel: string) => string): HTMLElement {
  return el('blockquote', { class: 'quote' }, `“${e.quote}” `,
    el('a', { href: link(`doc:${e.document.id}:${e.start}:${e.end}`), class: 'quote-link' }, `— ${e.document.title}`));
}

/** A badge for a fact the corpus marks as alleged or withdrawn. */
export function flags(f: { alleged?: boolean; withdrawn?: boolean }): HTMLElement | null {
  const words = [f.alleged ? 'alleged' : '', f.withdrawn ? 'withdrawn' : ''].filter(Boolean);
  return words.length ? el('span', { class: 'flag' }, words.join(', ')) : null;
}
