import type { DraftRegistry } from '../assemble/draftRegistry.js';
import type { Mention } from './findMentions.js';

/**
 * Lone surnames ("Lavalette said…") of the people already drafted: the span detector keeps no
 * single capitalised word, so these are found here, as mentions that can only link, never create.
 */
export function surnameMentions(text: string, registry: DraftRegistry, existing: readonly Mention[]): Mention[] {
  const surnames = new Map<string, string>();
  for (const e of registry.entities.values()) {
    if (e.type !== 'Person') continue;
    const last = e.name.split(/\s+/).at(-1);
    if (last && last.length >= 3 && /^\p{Lu}/u.test(last)) surnames.set(last, e.id);
  }
  if (surnames.size === 0) return [];
  // Existing mentions sorted by start: a binary search finds the one that could overlap.
  const sorted = [...existing].sort((a, b) => a.start - b.start);
  const covered = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid]?.start ?? 0) < end) lo = mid + 1;
      else hi = mid;
    }
    // sorted[lo - 1] is the last mention starting before `end`; mentions do not nest, so check a few back.
    for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) if ((sorted[k]?.end ?? 0) > start) return true;
    return false;
  };
  const words = [...surnames.keys()].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${words.join('|')})(?![\\p{L}\\p{N}]|['’-]\\p{L})`, 'gu');
  const out: Mention[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered(start, end)) continue;
    out.push({ start, end, quote: m[0], name: m[0], type: 'Person', cue: 'surname', title: null, postNominal: null, roleBefore: null });
  }
  return out;
}
