import type { DraftEntity } from '../assemble/draftRegistry.js';
import { dateFor } from '../dates.js';
import type { Mention } from '../mentions/findMentions.js';
import { slugOf } from '../slug.js';
import { mentionsIn, type DraftContext } from './draftContext.js';
import { looksLikePersonName } from './listItems.js';

const PLACE = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,4}";
/** "A won the Harbour East seat (with a majority of 320)". */
const WON_SEAT = new RegExp(`\\b(?:won|held|kept|gained|took) the (${PLACE}) seat\\b`, 'gu');
/** "A and B won Castle and Quay respectively". */
const WON_RESPECTIVELY = new RegExp(`\\bwon (${PLACE}) and (${PLACE}) respectively\\b`, 'gu');
const MAJORITY = /^\s+with a majority of (\d{1,3}(?:,\d{3})+|\d+)\b/;
/** Where the document names the council whose seats these are: "Millbrook's council elections". */
const COUNCIL_AREA = /\b(\p{Lu}[\p{L}-]+)['’]s (?:local |council |city council |borough council )?elections\b|\b(?:council|local) elections in (\p{Lu}[\p{L}-]+)/u;

/** The people named right before `at`: "A", or "A and B" when `two`. */
function subjects(ctx: DraftContext, from: number, at: number, two: boolean): Mention[] {
  const before = mentionsIn(ctx, from, at).filter((m) => m.type === 'Person' || (m.type === null && looksLikePersonName(m)));
  const last = before.at(-1);
  if (!last || !/^\s*$/.test(ctx.text.slice(last.end, at))) return [];
  if (!two) return [last];
  const prev = before.at(-2);
  return prev && /^\s+and\s+$/.test(ctx.text.slice(prev.end, last.start)) ? [prev, last] : [];
}

/**
 * Local results told in prose: "A won the W seat" and "A and B won W and V respectively" give a
 * ward ballot each (named after the ward, dated by the sentence, heading or document, flagged
 * inferred where not written) and a STOOD_IN with elected: true. A majority written right after
 * ("with a majority of 898") is the ballot's.
 */
export function proseResultRelations(ctx: DraftContext): void {
  const area = COUNCIL_AREA.exec(ctx.text);
  const council = area?.[1] ?? area?.[2] ?? null;
  const ballotFor = (ward: string, start: number, sentence: { start: number; end: number }, majority: number | null): DraftEntity | null => {
    const section = ctx.layout.sectionAt(sentence.start);
    const dated = dateFor(ctx.text.slice(sentence.start, sentence.end), section.heading?.text ?? null, ctx.text.slice(section.start, section.end), ctx.input.published);
    if (!dated.date) return null;
    const fields: Record<string, string | number> = { date: dated.date, area: ward };
    if (dated.dateInferred) fields['dateInferred'] = dated.dateInferred;
    if (majority !== null) fields['majority'] = majority;
    return ctx.registry.create('Election', `${ward} ward election, ${dated.date.slice(0, 4)}`, {
      base: `local.${council ? `${slugOf(council)}.` : ''}${slugOf(ward)}.${dated.date}`, kind: 'local', fields,
      rule: 'rule:prose-result', confidence: 0.6, start, end: start + ward.length,
    });
  };
  const stood = (person: Mention, ballot: DraftEntity | null, end: number): void => {
    const entity = ballot ? ctx.registry.resolve(person, 'Person', 'rule:prose-result', 0.75) : null;
    if (entity && ballot) ctx.links.add('STOOD_IN', entity.id, ballot.id, { fields: { elected: true }, spans: [[person.start, end]], rule: 'rule:prose-result', confidence: 0.7 });
  };
  for (const sentence of ctx.layout.sentences()) {
    for (const m of sentence.text.matchAll(WON_SEAT)) {
      const at = sentence.start + m.index;
      const [who] = subjects(ctx, sentence.start, at, false);
      if (!who || !m[1]) continue;
      const wardStart = at + m[0].indexOf(m[1]);
      const majority = MAJORITY.exec(ctx.text.slice(at + m[0].length, sentence.end));
      const end = at + m[0].length + (majority?.[0].length ?? 0);
      stood(who, ballotFor(m[1], wardStart, sentence, majority?.[1] ? Number(majority[1].replace(/,/g, '')) : null), end);
    }
    for (const m of sentence.text.matchAll(WON_RESPECTIVELY)) {
      const at = sentence.start + m.index;
      const pair = subjects(ctx, sentence.start, at, true);
      if (pair.length !== 2 || !m[1] || !m[2]) continue;
      const firstStart = at + m[0].indexOf(m[1]);
      const secondStart = at + m[0].lastIndexOf(m[2]);
      stood(pair[0]!, ballotFor(m[1], firstStart, sentence, null), at + m[0].length);
      stood(pair[1]!, ballotFor(m[2], secondStart, sentence, null), at + m[0].length);
    }
  }
}
