import { locateEvidence } from '../../extraction/locateQuote.js';
import {
  ELECTION_KINDS, EVENT_KINDS, EntitySchema, LinkSchema, ORGANISATION_KINDS, STATEMENT_KINDS,
  type Entity, type EntityType, type EvidenceItem, type Link,
} from '../../extraction/schema.js';
import type { ExtractionFileObject, ReviewItem } from '../draftTypes.js';
import type { DraftEntity } from './draftRegistry.js';
import type { DraftLink } from './draftLinks.js';

const KINDS: Partial<Record<EntityType, readonly string[]>> = {
  Organisation: ORGANISATION_KINDS, Event: EVENT_KINDS, Statement: STATEMENT_KINDS, Election: ELECTION_KINDS,
};
const TYPE_ORDER: readonly EntityType[] = ['Person', 'Organisation', 'Event', 'Statement', 'Election'];
const round = (n: number): number => Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;

function entityObject(e: DraftEntity): Record<string, unknown> {
  const out: Record<string, unknown> = { id: e.id, type: e.type, name: e.name };
  if (e.aliases.length > 0) out['aliases'] = [...e.aliases];
  const kinds = KINDS[e.type];
  if (kinds) out['kind'] = e.kind !== null && kinds.includes(e.kind) ? e.kind : kinds.includes('other') ? 'other' : (kinds[0] ?? 'other');
  Object.assign(out, e.fields);
  return { ...out, reviewed: false, confidence: round(e.confidence), proposedBy: e.proposedBy, evidence: [...e.evidence] };
}

function linkObject(l: DraftLink): Record<string, unknown> {
  return { type: l.type, from: l.from, to: l.to, ...l.fields, reviewed: false, confidence: round(l.confidence), proposedBy: l.proposedBy, evidence: [...l.evidence] };
}

/**
 * The draft as an extraction file. Each item is checked with the project's own schema and each
 * quote located in the text before it is kept; an item that fails (a bug in a rule) is dropped
 * and reported, so the file always validates. Links to dropped entities go too.
 */
export function toExtraction(document: string, text: string, entities: Iterable<DraftEntity>, links: readonly DraftLink[], review: ReviewItem[]): ExtractionFileObject {
  const quotesOk = (evidence: readonly EvidenceItem[]): boolean => evidence.every((q) => locateEvidence(text, q).ok);
  const kept: Entity[] = [];
  const sorted = [...entities].sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type));
  for (const e of sorted) {
    const parsed = EntitySchema.safeParse(entityObject(e));
    if (parsed.success && quotesOk(parsed.data.evidence)) kept.push(parsed.data);
    else review.push({ kind: 'dropped', message: `draft entity ${e.id} failed the schema or its quotes and was left out (extractor bug)` });
  }
  const ids = new Set(kept.map((e) => e.id));
  const keptLinks: Link[] = [];
  for (const l of links) {
    if (!ids.has(l.from) || !ids.has(l.to)) continue;
    const parsed = LinkSchema.safeParse(linkObject(l));
    if (parsed.success && quotesOk(parsed.data.evidence)) keptLinks.push(parsed.data);
    else review.push({ kind: 'dropped', message: `draft ${l.type} ${l.from} → ${l.to} failed the schema or its quotes and was left out (extractor bug)` });
  }
  return { document, entities: kept, links: keptLinks, ignore: [] };
}
