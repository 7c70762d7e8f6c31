import type { DraftEntity } from './draftRegistry.js';

/** Initials of a name's capitalised words, hyphenated parts counted apart ("All-Party Parliamentary Group" → APPG). */
export const initialsOf = (name: string): string =>
  name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/**
 * "NUM" after "National Union of Mineworkers", "TLM" after "The Liberation Movement": an acronym
 * whose letters are the initials of exactly one organisation already drafted from the text (with
 * or without a leading "The") is that organisation's short name, not a new organisation. Null when
 * none or several match: then the acronym is drafted as it stands.
 */
export function acronymExpansion(entities: Iterable<DraftEntity>, acronym: string): DraftEntity | null {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return null;
  const forms = (e: DraftEntity): string[] => [e.name, ...e.aliases];
  const hits = [...entities].filter((e) => e.type === 'Organisation' && forms(e).some((f) => initialsOf(f) === acronym || initialsOf(f.replace(/^The\s+/, '')) === acronym));
  return hits.length === 1 ? (hits[0] ?? null) : null;
}
