import type { Entity, ExtractionFile, Link } from '../../extraction/schema.js';
import { fieldOf } from '../../extraction/entityProps.js';
import { nameKey } from '../names/nameKey.js';
import type { DraftResult } from '../draftTypes.js';
import { formsOf, matchEntities } from './matchEntities.js';

/** True/false positives and false negatives of one category. */
export interface Counts { tp: number; fp: number; fn: number }
export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export interface DocumentScore {
  readonly document: string;
  readonly entities: Record<string, Counts>;
  readonly links: Record<string, Counts>;
  /** STOOD_IN links matched whose votes equal the reviewed votes. */
  readonly exactVotes: { matched: number; exact: number };
  /** Drafted entities linked to a gazetteer entry: how many of those the reviewed file also names. */
  readonly linking: { linked: number; correct: number; wrong: string[]; merges: string[] };
}

const roleOf = (l: Link): string => {
  const r = fieldOf(l, 'role');
  return typeof r === 'string' ? r.trim().toLowerCase() : '';
};
const linkKey = (l: Link, map: (id: string) => string): string => [l.type, map(l.from), map(l.to), roleOf(l)].join('#');

function bump(table: Record<string, Counts>, key: string, field: keyof Counts): void {
  (table[key] ??= emptyCounts())[field]++;
}

/** Scores a draft against the reviewed file of the same document. */
export function scoreDocument(text: string, draft: DraftResult, reviewed: ExtractionFile): DocumentScore {
  const d = draft.extraction;
  const match = matchEntities(text, d.entities, reviewed.entities);
  const entities: Record<string, Counts> = {};
  for (const e of d.entities) bump(entities, e.type, match.has(e.id) ? 'tp' : 'fp');
  const matchedReviewed = new Set(match.values());
  for (const e of reviewed.entities) if (!matchedReviewed.has(e.id)) bump(entities, e.type, 'fn');

  const mapId = (id: string): string => match.get(id) ?? `draft:${id}`;
  const reviewedKeys = new Map<string, Link>();
  for (const l of reviewed.links) reviewedKeys.set(linkKey(l, (id) => id), l);
  const links: Record<string, Counts> = {};
  const hit = new Set<string>();
  const exactVotes = { matched: 0, exact: 0 };
  for (const l of d.links) {
    const key = linkKey(l, mapId);
    const r = reviewedKeys.get(key);
    if (r && !hit.has(key)) {
      hit.add(key);
      bump(links, l.type, 'tp');
      if (l.type === 'STOOD_IN') {
        exactVotes.matched++;
        if (fieldOf(l, 'votes') === fieldOf(r, 'votes')) exactVotes.exact++;
      }
    } else bump(links, l.type, 'fp');
  }
  for (const [key, l] of reviewedKeys) if (!hit.has(key)) bump(links, l.type, 'fn');

  const reviewedIds = new Set(reviewed.entities.map((e) => e.id));
  const people = reviewed.entities.filter((e) => e.type === 'Person');
  const personByForm = new Map<string, Set<string>>();
  for (const p of people) for (const f of formsOf(p)) personByForm.set(f, (personByForm.get(f) ?? new Set()).add(p.id));
  const wrong: string[] = [];
  const merges: string[] = [];
  for (const l of draft.linked) {
    if (!reviewedIds.has(l.id)) wrong.push(`${l.matchedBy} → ${l.id}`);
    const named = personByForm.get(nameKey(l.matchedBy));
    if (named && !named.has(l.id) && l.id.startsWith('person:')) merges.push(`${l.matchedBy} (${[...named].join(', ')}) merged into ${l.id}`);
  }
  for (const e of d.entities.filter((x: Entity) => x.type === 'Person')) {
    const real = new Set(formsOf(e).flatMap((f) => [...(personByForm.get(f) ?? [])]));
    if (real.size > 1) merges.push(`${e.id} joins ${[...real].join(' + ')}`);
  }
  return { document: d.document, entities, links, exactVotes, linking: { linked: draft.linked.length, correct: draft.linked.length - wrong.length, wrong, merges } };
}
