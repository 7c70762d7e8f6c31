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
  /** false when the quote's fact comes from an unreviewed draft (`Evidence.reviewed`). */
  reviewed: boolean;
  document: { id: string; title: string };
}

/**
 * A quote with a link to its document's text, the span highlighted from its offsets. `link`
 * turns a panel name into a hash, so the link keeps the rest of the view. A quote from an
 * unreviewed draft says so in words (not only by its style), for screen readers too.
 */
export function quote(e: EvidenceLike, link: (panel: string) => string): HTMLElement {
  return el('blockquote', { class: e.reviewed ? 'quote' : 'quote unreviewed' }, `“${e.quote}” `,
    el('a', { href: link(`doc:${e.document.id}:${e.start}:${e.end}`), class: 'quote-link' }, `— ${e.document.title}`),
    e.reviewed ? null : el('span', { class: 'flag draft' }, 'unreviewed draft'));
}

/** A badge for a fact the corpus marks as alleged or withdrawn, or that rests only on unreviewed drafts. */
export function flags(f: { alleged?: boolean; withdrawn?: boolean; draft?: boolean }): HTMLElement | null {
  const words = [f.alleged ? 'alleged' : '', f.withdrawn ? 'withdrawn' : '', f.draft ? 'unreviewed draft' : ''].filter(Boolean);
  return words.length ? el('span', { class: f.draft ? 'flag draft' : 'flag' }, words.join(', ')) : null;
}
