import type { EntityType } from '../../extraction/schema.js';
import type { Gazetteer, GazetteerEntry } from '../gazetteer.js';
import { matchPersonName, type NameMatch } from '../names/matchPersonName.js';
import { nameKey } from '../names/nameKey.js';
import { parsePersonName } from '../names/personName.js';
import { editDistance } from '../names/stringMetrics.js';

export type LinkOutcome =
  | { readonly kind: 'linked'; readonly entry: GazetteerEntry; readonly score: number; readonly how: NameMatch['how'] }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly GazetteerEntry[] }
  | { readonly kind: 'none' };

/** Below this a person match is not proposed at all. */
const PERSON_THRESHOLD = 0.68;
/** Two candidates closer than this are ambiguous: a reviewer decides, the linker never merges. */
const AMBIGUITY_MARGIN = 0.1;

function entriesOf(g: Gazetteer, ids: readonly string[], type: EntityType | null): GazetteerEntry[] {
  return ids.flatMap((id) => {
    const e = g.entries.get(id);
    return e && (type === null || e.type === type) ? [e] : [];
  });
}

function linkPerson(g: Gazetteer, text: string): LinkOutcome {
  const name = parsePersonName(text);
  if (!name) return { kind: 'none' };
  const ids = new Set([...(g.byWord.get(name.last) ?? []), ...(name.first ? (g.byWord.get(name.first) ?? []) : [])]);
  // Misspelt surnames share no word with the known form: compare with every person then.
  const pool = ids.size > 0 && [...ids].some((id) => g.personNames.get(id)?.some((n) => n.last === name.last)) ? ids : g.personNames.keys();
  const scored: { entry: GazetteerEntry; match: NameMatch }[] = [];
  for (const id of pool) {
    let best: NameMatch | null = null;
    for (const known of g.personNames.get(id) ?? []) {
      if (known.last[0] !== name.last[0]) continue; // block on the surname's initial: keeps the scan cheap
      const m = matchPersonName(name, known);
      if (m && (!best || m.score > best.score)) best = m;
    }
    const entry = g.entries.get(id);
    if (best && entry && best.score >= PERSON_THRESHOLD) scored.push({ entry, match: best });
  }
  scored.sort((a, b) => b.match.score - a.match.score || a.entry.id.localeCompare(b.entry.id));
  const [top, second] = scored;
  if (!top) return { kind: 'none' };
  if (second && top.match.score - second.match.score < AMBIGUITY_MARGIN) {
    return { kind: 'ambiguous', candidates: scored.filter((s) => top.match.score - s.match.score < AMBIGUITY_MARGIN).map((s) => s.entry) };
  }
  return { kind: 'linked', entry: top.entry, score: top.match.score, how: top.match.how };
}

/** Organisations and other named things: exact folded forms ("the" dropped), or one edit in a long name. */
function linkOther(g: Gazetteer, text: string, type: EntityType | null): LinkOutcome {
  const key = nameKey(text).replace(/^the /, '');
  for (const k of [key, `the ${key}`]) {
    const hits = entriesOf(g, g.byKey.get(k) ?? [], type === 'Person' ? null : type);
    if (hits.length === 1 && hits[0]) return { kind: 'linked', entry: hits[0], score: 0.97, how: 'exact' };
    if (hits.length > 1) return { kind: 'ambiguous', candidates: hits };
  }
  if (key.length < 15) return { kind: 'none' };
  const near: GazetteerEntry[] = [];
  for (const [k, ids] of g.byKey) {
    if (Math.abs(k.length - key.length) <= 2 && editDistance(k, key, 2) <= 2) near.push(...entriesOf(g, ids, type));
  }
  const unique = [...new Map(near.map((e) => [e.id, e])).values()];
  if (unique.length === 1 && unique[0]) return { kind: 'linked', entry: unique[0], score: 0.85, how: 'fuzzy' };
  return unique.length > 1 ? { kind: 'ambiguous', candidates: unique } : { kind: 'none' };
}

/**
 * Finds the known entity a mention names. `type` is what the mention looks like (null: unsure).
 * Exact folded forms first; for people, then first/last-name comparison.
 */
export function linkMention(g: Gazetteer, text: string, type: EntityType | null): LinkOutcome {
  const exact = linkOther(g, text, type === 'Person' ? 'Person' : type);
  if (exact.kind !== 'none' || type === 'Organisation') return exact;
  if (type === 'Person' || type === null) {
    const person = linkPerson(g, text);
    if (person.kind !== 'none') return person;
  }
  return type === null ? linkOther(g, text, null) : { kind: 'none' };
}
