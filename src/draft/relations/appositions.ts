import type { DraftEntity } from '../assemble/draftRegistry.js';
import type { Mention } from '../mentions/findMentions.js';
import type { DraftContext } from './draftContext.js';

/** Post-nominals and titles that state a seat: the body and the role they imply. */
const SEATS: Readonly<Record<string, readonly [string, string]>> = {
  MP: ['House of Commons', 'Member of Parliament'],
  MEP: ['European Parliament', 'Member of the European Parliament'],
  MSP: ['Scottish Parliament', 'Member of the Scottish Parliament'],
  Lord: ['House of Lords', 'Member of the House of Lords'],
  Baroness: ['House of Lords', 'Member of the House of Lords'],
};

const ROLE_HEAD = /\b(?:chair(?:man|woman|person)?|co-chair|vice[- ]chair|president|vice-president|leader|deputy leader|secretary|general secretary|treasurer|director|organi[sz]er|co-?ordinator|convenor|editor|founder|spokes(?:person|man|woman)|officer|minister|ambassador|head|executive|councillor|mayor)s?\b/i;
/** "X, chair of Y", "X, the general secretary of Y", "X (director of Y)". */
const ROLE_BEFORE_ORG = /^(?:\s+MPs?)?\s*(?:,|\()\s*(?:the\s+|a\s+|an\s+)?((?:former\s+|then\s+)?[\p{L}' -]{2,50}?)\s+(?:of|for|at)\s+(?:the\s+)?$/u;
/** "X, a member of Y", "X is a member of Y". */
const MEMBER_GAP = /^(?:\s+MPs?)?(?:\s*,\s*|\s+(?:is|was|has been|became|joined as)\s+)(?:a\s+|an\s+)?(?:(?:founding|founder|life|leading|long-standing|national)\s+)?(?:member|activist|supporter)\s+of\s+(?:the\s+)?$/i;
/** "RMT general secretary Mick Lynch", "Unite leader Ann Lee". */
const ORG_ROLE_PERSON = /^\s+((?:former\s+)?(?:assistant\s+|deputy\s+)?(?:general secretary|president|leader|chair(?:man|woman)?|secretary|director|organi[sz]er|treasurer|editor|co-?ordinator|spokes(?:person|man|woman)|founder|convenor))\s+$/i;
const ORG_MEMBER_PERSON = /^\s+(?:member|activist|councillor|MP)\s+$/i;

function titleCase(role: string): string {
  return role.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()).replace(/\b(Of|The|For|And|At)\b/g, (w) => w.toLowerCase());
}

function held(ctx: DraftContext, person: DraftEntity, org: DraftEntity, rawRole: string, span: [number, number], rule: string, confidence: number): void {
  const former = /^(?:former|then)\s+/i.test(rawRole);
  const role = titleCase(rawRole.replace(/^(?:former|then)\s+/i, '').trim());
  if (role === '') return;
  const fields: Record<string, string | boolean> = { role };
  if (former) fields['current'] = false;
  ctx.links.add('HELD_POSITION', person.id, org.id, { fields, spans: [span], rule, confidence });
}

const entityOf = (ctx: DraftContext, m: Mention, type: 'Person' | 'Organisation'): DraftEntity | null =>
  m.type === type ? ctx.registry.resolve(m, type, `rule:mention-${m.cue.split(':')[0]}`, 0.8) : null;

/** Appositions: "X MP", "Lord X", "X, chair of Y", "Y general secretary X", "X, a member of Y" → HELD_POSITION / MEMBER_OF. */
export function appositionRelations(ctx: DraftContext): void {
  const ms = ctx.mentions;
  ms.forEach((m, i) => {
    const person = entityOf(ctx, m, 'Person');
    if (person) {
      const seat = (m.postNominal && SEATS[m.postNominal]) || (m.title && SEATS[m.title.split(' ')[0] ?? '']);
      if (seat) {
        const end = m.postNominal ? m.end + ctx.text.slice(m.end).indexOf(m.postNominal) + m.postNominal.length : m.end;
        const body = ctx.registry.named('Organisation', seat[0], m.start, end, 'rule:seat-post-nominal', 0.85, 'parliament');
        if (body) ctx.links.add('HELD_POSITION', person.id, body.id, { fields: { role: seat[1] }, spans: [[m.start, end]], rule: 'rule:seat-post-nominal', confidence: 0.85 });
      }
      const next = ms[i + 1];
      const org = next ? entityOf(ctx, next, 'Organisation') : null;
      if (next && org && next.start - m.end <= 80) {
        const gap = ctx.text.slice(m.end, next.start);
        const role = ROLE_BEFORE_ORG.exec(gap);
        if (next.roleBefore && /^(?:\s+MPs?)?\s*(?:,|\()\s*(?:the\s+)?(?:former\s+)?$/.test(gap)) {
          held(ctx, person, org, `${/former/i.test(gap) ? 'former ' : ''}${next.roleBefore}`, [m.start, next.end], 'rule:apposition-role-of', 0.75);
        } else if (role?.[1] && ROLE_HEAD.test(role[1]) && role[1].split(/\s+/).length <= 5) {
          held(ctx, person, org, role[1], [m.start, next.end], 'rule:apposition-role-of', 0.75);
        } else if (MEMBER_GAP.test(gap)) {
          ctx.links.add('MEMBER_OF', person.id, org.id, { spans: [[m.start, next.end]], rule: 'rule:apposition-member-of', confidence: 0.75 });
        }
      }
    }
    const org = entityOf(ctx, m, 'Organisation');
    const next = ms[i + 1];
    if (org && next) {
      const p = entityOf(ctx, next, 'Person');
      const gap = ctx.text.slice(m.end, next.start);
      const role = ORG_ROLE_PERSON.exec(gap);
      if (p && role?.[1]) held(ctx, p, org, role[1], [m.start, next.end], 'rule:org-role-person', 0.75);
      else if (p && ORG_MEMBER_PERSON.test(gap)) ctx.links.add('MEMBER_OF', p.id, org.id, { spans: [[m.start, next.end]], rule: 'rule:org-member-person', confidence: 0.65 });
    }
  });
}
