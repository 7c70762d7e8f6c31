import { locateEvidence } from '../../extraction/locateQuote.js';
import type { Entity, EntityType } from '../../extraction/schema.js';
import { nameKey } from '../names/nameKey.js';

/** Folded name forms of an entity, with a leading "the" dropped ("The Liberation Movement" = "Liberation Movement"). */
export function formsOf(e: Entity): string[] {
  return [e.name, ...(e.aliases ?? []), ...(e.misspellings ?? [])].map((f) => nameKey(f).replace(/^the /, '')).filter(Boolean);
}

function spansOf(text: string, e: Entity): [number, number][] {
  return e.evidence.flatMap((q) => {
    const found = locateEvidence(text, q);
    return found.ok ? [[found.span.start, found.span.end] as [number, number]] : [];
  });
}

const overlaps = (a: [number, number][], b: [number, number][]): boolean => a.some(([s, e]) => b.some(([t, f]) => s < f && t < e));
/** Types named after what the text describes rather than by a fixed name: matched also by where the text describes them. */
const DESCRIBED: ReadonlySet<EntityType> = new Set(['Event', 'Statement', 'Election']);

/**
 * Maps each drafted entity to the reviewed entity it stands for, or to nothing. A drafted entity
 * matches by id, else by a shared normalised name or alias of the same type, else (events,
 * statements, elections only) by evidence quotes at overlapping places in the text. Each reviewed
 * entity is claimed once; a second drafted entity for it counts as a false positive.
 */
export function matchEntities(text: string, drafted: readonly Entity[], reviewed: readonly Entity[]): Map<string, string> {
  const byId = new Map(reviewed.map((e) => [e.id, e]));
  const byForm = new Map<string, Entity[]>();
  for (const e of reviewed) for (const f of formsOf(e)) byForm.set(`${e.type}#${f}`, [...(byForm.get(`${e.type}#${f}`) ?? []), e]);
  const claimed = new Set<string>();
  const out = new Map<string, string>();
  const claim = (d: Entity, r: Entity | undefined): boolean => {
    if (!r || claimed.has(r.id) || r.type !== d.type) return false;
    claimed.add(r.id);
    out.set(d.id, r.id);
    return true;
  };
  const rest = drafted.filter((d) => !claim(d, byId.get(d.id)));
  const rest2 = rest.filter((d) => !formsOf(d).some((f) => (byForm.get(`${d.type}#${f}`) ?? []).some((r) => claim(d, r))));
  for (const d of rest2) {
    if (!DESCRIBED.has(d.type)) continue;
    const mine = spansOf(text, d);
    reviewed.some((r) => r.type === d.type && !claimed.has(r.id) && overlaps(mine, spansOf(text, r)) && claim(d, r));
  }
  return out;
}
