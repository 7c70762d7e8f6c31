import type { EntityType, EvidenceItem } from '../../extraction/schema.js';
import type { ReviewItem } from '../draftTypes.js';
import { evidenceAt, sameEvidence } from '../evidence.js';
import { acronymExpansion } from './acronyms.js';
import type { Gazetteer } from '../gazetteer.js';
import { linkMention } from '../link/linkMention.js';
import type { Mention } from '../mentions/findMentions.js';
import { organisationKind } from '../mentions/organisationKind.js';
import { matchPersonName } from '../names/matchPersonName.js';
import { nameKey } from '../names/nameKey.js';
import { parsePersonName, type PersonName } from '../names/personName.js';
import { slugOf } from '../slug.js';

/** An entity of the draft: created here, or a gazetteer entry the text names (then `linked`). */
export interface DraftEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  kind: string | null;
  readonly aliases: string[];
  readonly evidence: EvidenceItem[];
  /** Type-specific fields: date, dateInferred, place, body, area… */
  readonly fields: Record<string, string | number | boolean>;
  confidence: number;
  readonly proposedBy: string;
  readonly linked: { readonly matchedBy: string; readonly how: string } | null;
  readonly personNames: PersonName[];
}

const ID_PREFIX: Record<EntityType, string> = { Person: 'person:', Organisation: 'org:', Event: 'event:', Statement: 'statement:', Election: '' };
const MAX_EVIDENCE = 3;

/** The draft's entities, the name forms they use, and the review items raised while resolving. */
export class DraftRegistry {
  readonly entities = new Map<string, DraftEntity>();
  readonly review: ReviewItem[] = [];
  private readonly keys = new Map<string, string>();
  private readonly byMention = new Map<number, DraftEntity | null>();
  /** Drafted people by folded surname. */
  private readonly personWords = new Map<string, string[]>();

  private indexPerson(e: DraftEntity, parsed: PersonName): void {
    e.personNames.push(parsed);
    const list = this.personWords.get(parsed.last) ?? [];
    if (!list.includes(e.id)) list.push(e.id);
    this.personWords.set(parsed.last, list);
  }

  constructor(readonly text: string, readonly gazetteer: Gazetteer) {}

  /** Whether a folded name form is free for `id`: no other id (known or drafted) uses it. */
  isKeyFree(key: string, id: string): boolean {
    const known = this.gazetteer.byKey.get(key) ?? [];
    const drafted = this.keys.get(key);
    return known.every((k) => k === id) && (drafted === undefined || drafted === id);
  }

  private uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.entities.has(id) || this.gazetteer.entries.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  addEvidence(e: DraftEntity, start: number, end: number): void {
    const item = evidenceAt(this.text, start, end);
    if (e.evidence.length < MAX_EVIDENCE && !e.evidence.some((x) => sameEvidence(x, item, this.text))) e.evidence.push(item);
  }

  private addForm(e: DraftEntity, form: string): void {
    const key = nameKey(form);
    if (key === '' || !this.isKeyFree(key, e.id)) return;
    this.keys.set(key, e.id);
    const known = [e.name, ...e.aliases].some((f) => nameKey(f) === key);
    if (!known) e.aliases.push(form);
    if (e.type === 'Person') {
      const parsed = parsePersonName(form);
      if (parsed) this.indexPerson(e, parsed);
    }
  }

  /**
   * A new entity, or null when its name is taken by another id (a reviewer must decide which
   * it is). `base` is the id without the type prefix, e.g. a slug plus a date.
   */
  create(type: EntityType, name: string, opts: { base?: string; kind?: string | null; fields?: DraftEntity['fields']; rule: string; confidence: number; start: number; end: number }): DraftEntity | null {
    const key = nameKey(name);
    if (key === '') return null;
    const taken = this.keys.get(key) ?? this.gazetteer.byKey.get(key)?.[0];
    if (taken !== undefined) {
      this.review.push({ kind: 'name-taken', message: `"${name}" looks like a new ${type}, but the name already belongs to ${taken}; not drafted`, quote: this.text.slice(opts.start, opts.end), start: opts.start });
      return null;
    }
    const id = this.uniqueId(`${ID_PREFIX[type]}${opts.base ?? slugOf(name)}`);
    const e: DraftEntity = {
      id, type, name, kind: opts.kind ?? null, aliases: [], evidence: [], fields: { ...opts.fields },
      confidence: opts.confidence, proposedBy: opts.rule, linked: null, personNames: [],
    };
    this.entities.set(id, e);
    this.addForm(e, name);
    this.addEvidence(e, opts.start, opts.end);
    return e;
  }

  private fromGazetteer(id: string, form: string, how: string, score: number, m: Mention): DraftEntity | null {
    const entry = this.gazetteer.entries.get(id);
    if (!entry) return null;
    let e = this.entities.get(id);
    if (!e) {
      e = {
        id, type: entry.type, name: entry.name, kind: entry.kind, aliases: [], evidence: [], fields: {},
        confidence: Math.min(0.99, score), proposedBy: `gazetteer:${how}`, linked: { matchedBy: form, how }, personNames: [],
      };
      this.entities.set(id, e);
      for (const f of entry.forms) {
        this.keys.set(nameKey(f), id);
        const parsed = entry.type === 'Person' ? parsePersonName(f) : null;
        if (parsed) this.indexPerson(e, parsed);
      }
    }
    this.addForm(e, form);
    this.addEvidence(e, m.start, m.end);
    return e;
  }

  /** A drafted entity the mention names: same folded form, or (people) same first and last names. */
  private fromDraft(name: string, type: EntityType): { e: DraftEntity; ambiguous: DraftEntity[] } | null {
    const id = this.keys.get(nameKey(name));
    const exact = id === undefined ? undefined : this.entities.get(id);
    if (exact) return exact.type === type ? { e: exact, ambiguous: [] } : null;
    if (type !== 'Person') return null;
    const parsed = parsePersonName(name);
    if (!parsed) return null;
    // Within one text a person keeps the spelling of their surname: candidates share it exactly
    // (indexed, so a list of thousands of names stays linear; "Ann Namea" is not "Ann Nameb").
    const ids = new Set(this.personWords.get(parsed.last) ?? []);
    const hits = [...ids].flatMap((i) => this.entities.get(i) ?? []).filter((e) => e.personNames.some((n) => (matchPersonName(parsed, n)?.score ?? 0) >= 0.68));
    const [first] = hits;
    return first ? { e: first, ambiguous: hits.length > 1 ? hits : [] } : null;
  }

  /**
   * The entity a name written by a rule rather than a mention stands for ("House of Commons" for
   * "X MP"): known, drafted, or new, with the quote [start, end) as evidence.
   */
  named(type: EntityType, name: string, start: number, end: number, rule: string, confidence: number, kind: string | null = null): DraftEntity | null {
    const m: Mention = { start, end, quote: this.text.slice(start, end), name, type: type === 'Person' ? 'Person' : 'Organisation', cue: 'rule', title: null, postNominal: null, roleBefore: null };
    const outcome = linkMention(this.gazetteer, name, type);
    if (outcome.kind === 'linked' && outcome.entry.type === type) return this.fromGazetteer(outcome.entry.id, outcome.entry.name, outcome.how, outcome.score, m);
    if (outcome.kind === 'ambiguous') return null;
    const local = this.fromDraft(name, type);
    if (local && local.ambiguous.length === 0) {
      this.addEvidence(local.e, start, end);
      return local.e;
    }
    return this.create(type, name, { kind: kind ?? (type === 'Organisation' ? organisationKind(name) : null), rule, confidence, start, end });
  }

  /**
   * The entity a Person or Organisation mention names: a known entity (gazetteer), one already
   * drafted from this text, or a new one. A lone word (a surname, "Mr Tarry") is only ever linked,
   * never created, unless it carries a title. Ambiguous names become review items and resolve to null.
   */
  resolve(m: Mention, type: 'Person' | 'Organisation', rule: string, confidence: number): DraftEntity | null {
    const cached = this.byMention.get(m.start);
    if (cached !== undefined) return cached && cached.type === type ? cached : null;
    const result = this.resolveUncached(m, type, rule, confidence);
    this.byMention.set(m.start, result);
    return result;
  }

  private resolveUncached(m: Mention, type: 'Person' | 'Organisation', rule: string, confidence: number): DraftEntity | null {
    const name = m.name.replace(/^The\s+(?=\p{Lu})/u, '');
    const outcome = linkMention(this.gazetteer, name, type);
    if (outcome.kind === 'ambiguous') {
      const ids = outcome.candidates.map((c) => c.id).join(', ');
      this.review.push({ kind: 'ambiguous-link', message: `"${m.quote}" could be any of ${ids}; not linked, decide and add it by hand`, quote: m.quote, start: m.start });
      return null;
    }
    if (outcome.kind === 'linked' && outcome.entry.type === type) {
      const drafted = this.entities.get(outcome.entry.id);
      if (outcome.how !== 'exact' && !drafted) {
        this.review.push({ kind: 'fuzzy-link', message: `"${m.quote}" linked to ${outcome.entry.id} ("${outcome.entry.name}") by ${outcome.how} match; check it is the same ${type === 'Person' ? 'person' : 'organisation'}`, quote: m.quote, start: m.start });
      }
      return this.fromGazetteer(outcome.entry.id, name, outcome.how, outcome.score, m);
    }
    const local = this.fromDraft(name, type);
    if (local) {
      if (local.ambiguous.length > 0) {
        this.review.push({ kind: 'ambiguous-link', message: `"${m.quote}" could be any of ${local.ambiguous.map((e) => e.id).join(', ')} (all in this text); not linked`, quote: m.quote, start: m.start });
        return null;
      }
      this.addForm(local.e, name);
      this.addEvidence(local.e, m.start, m.end);
      return local.e;
    }
    if (name.split(/\s+/).length < 2 && !(type === 'Person' && m.title) && type === 'Person') return null;
    const expanded = type === 'Organisation' ? acronymExpansion(this.entities.values(), name) : null;
    if (expanded) {
      this.addForm(expanded, name);
      this.addEvidence(expanded, m.start, m.end);
      return expanded;
    }
    const kind = type === 'Organisation' ? organisationKind(name) : null;
    return this.create(type, name, { kind, rule, confidence, start: m.start, end: m.end });
  }
}
