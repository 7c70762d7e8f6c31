import type { DraftEntity } from '../assemble/draftRegistry.js';
import type { Mention } from '../mentions/findMentions.js';
import { mentionsIn, type DraftContext } from './draftContext.js';

const VERB = /\b(?:backed|backs|backing|supported|supports|endorsed|endorses|endorsing|threw (?:his|her|their) (?:weight|support) behind)\b(\s+by\b)?/gi;
/** A clause break after which mentions no longer belong to the verb's object. */
const CLAUSE_END = /[;:]|,\s+(?:which|who|while|but|and then)\b|\s+(?:in|at|for)\s+the\s+(?:subsequent|following|\d{4})\b/;
const PRONOUN_START = /^\s*(?:He|She|They)\b/;

function entityOf(ctx: DraftContext, m: Mention): DraftEntity | null {
  if (m.type !== 'Person' && m.type !== 'Organisation') return null;
  return ctx.registry.resolve(m, m.type, `rule:mention-${m.cue.split(':')[0]}`, 0.75);
}

/** "X backed Y", "X supported Y and Z", "Y, backed by X": BACKED from the backer to each backed person or organisation. */
export function backingRelations(ctx: DraftContext): void {
  const sentences = ctx.layout.sentences();
  sentences.forEach((s, k) => {
    for (const v of s.text.matchAll(VERB)) {
      const at = s.start + v.index;
      const verbEnd = at + v[0].length;
      const rest = ctx.text.slice(verbEnd, s.end);
      const stop = CLAUSE_END.exec(rest);
      const objects = mentionsIn(ctx, verbEnd, verbEnd + (stop ? stop.index : rest.length)).map((m) => [m, entityOf(ctx, m)] as const).filter(([, e]) => e !== null);
      const before = mentionsIn(ctx, s.start, at).map((m) => [m, entityOf(ctx, m)] as const).filter(([, e]) => e !== null);
      let subject = before.at(-1) ?? null;
      let confidence = 0.7;
      if (!subject && PRONOUN_START.test(s.text) && k > 0) {
        const prev = sentences[k - 1];
        const people = prev ? mentionsIn(ctx, prev.start, prev.end).filter((m) => m.type === 'Person').map((m) => [m, entityOf(ctx, m)] as const) : [];
        subject = people.at(-1) ?? null;
        confidence = 0.45;
      }
      if (!subject?.[1]) continue;
      for (const [m, e] of objects) {
        if (!e) continue;
        const [from, to] = v[1] ? [e, subject[1]] : [subject[1], e];
        const spanStart = Math.min(subject[0].start, m.start, at);
        const spanEnd = Math.max(subject[0].end, m.end, verbEnd);
        const spans: [number, number][] = subject[0].start >= s.start ? [[spanStart, spanEnd]] : [[at, spanEnd], [subject[0].start, subject[0].end]];
        ctx.links.add('BACKED', from.id, to.id, { spans, rule: 'rule:backed', confidence });
      }
    }
  });
}
