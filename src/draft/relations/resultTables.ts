import { dateFor, findDates } from '../dates.js';
import { slugOf } from '../slug.js';
import type { Line } from '../text/lines.js';
import type { DraftContext } from './draftContext.js';

/** A pipe-table cell with its offset in the line; empty cells are kept so columns line up. */
interface Cell { text: string; start: number }

function cellsOf(line: Line): Cell[] {
  const cells: Cell[] = [];
  let offset = 0;
  for (const part of line.text.split('|')) {
    const trimmed = part.trim();
    cells.push({ text: trimmed, start: offset + (trimmed === '' ? 0 : part.indexOf(trimmed)) });
    offset += part.length + 1;
  }
  return cells;
}

const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const PARTY = /^\p{L}[\p{L}'’&. -]*$/u;
const VOTES = /^(\d{1,3}(?:,\d{3})+|\d+)$/;
const SHARE = /^(\d{1,3}(?:\.\d+)?)\s*%?$/;
/** "General Election 2005: Preston", "Millbrook by-election 2019: Castle ward". */
const CAPTION = /^(.*?\b(?:general election|by-election|election)\b.*?)\s*:\s*(\p{Lu}[\p{L}'’ .-]+?)\s*$/iu;

/** "Majority | 106", "Turnout | 1,444 | 28", "Respect gain from Labour": the ballot's own rows. */
const MAJORITY = /^majority$/i;
const TURNOUT = /^turnout$/i;
const RESULT = /^(\p{Lu}[\p{L}' .-]*? (?:gain from \p{Lu}[\p{L}' .-]*|hold))$/u;
const number = (t: string | undefined): number | undefined => (t !== undefined && VOTES.test(t) ? Number(t.replace(/,/g, '')) : undefined);

/** Election fields and evidence spans from the rows under the candidates. */
function ballotRows(lines: readonly Line[], from: number): { fields: Record<string, string | number>; spans: [number, number][] } {
  const fields: Record<string, string | number> = {};
  const spans: [number, number][] = [];
  for (let i = from; i < lines.length && lines[i]!.text.includes('|'); i++) {
    const line = lines[i]!;
    const [first, second, third] = cellsOf(line).map((c) => c.text);
    const n = number(second);
    const pct = SHARE.exec(third ?? '')?.[1];
    if (MAJORITY.test(first ?? '') && n !== undefined) fields['majority'] = n;
    else if (TURNOUT.test(first ?? '') && n !== undefined) (fields['turnout'] = n, pct !== undefined && (fields['turnoutPct'] = Number(pct)));
    else if (RESULT.test(first ?? '')) fields['result'] = first ?? '';
    else continue;
    spans.push([line.start, line.start + line.text.replace(/[\s|]+$/, '').length]);
  }
  return { fields, spans };
}

/** Without a caption, the ballot's kind from the sentences just above the table. */
function kindAbove(ctx: DraftContext, at: number): 'parl' | 'local' {
  return /\b(?:general election|parliamentary|constituency|MP)\b/i.test(ctx.text.slice(Math.max(0, at - 600), at)) && !/\b(?:ward|council(?:lor)?)\b/i.test(ctx.text.slice(Math.max(0, at - 600), at)) ? 'parl' : 'local';
}

/**
 * Results tables whose header row names the columns ("Party | Candidate | Votes | % | ±%", in any
 * order, as wiki pages print them): the caption line above the header names the ballot, the rows
 * under it become STOOD_IN links with votes and share; Majority/Turnout/"X gain from Y" rows give
 * the ballot's fields and evidence. A table whose caption names no election and year (an unfilled
 * template) is still drafted, as an unnamed ballot dated by the document-date rule (flagged
 * inferred), with low confidence and a review item: its candidates and votes are in the text.
 */
export function resultTableRelations(ctx: DraftContext): void {
  const lines = ctx.layout.lines;
  lines.forEach((header, h) => {
    const cols = cellsOf(header).map((c) => c.text.toLowerCase());
    const [party, name, votes] = [cols.indexOf('party'), cols.indexOf('candidate'), cols.indexOf('votes')];
    if (party < 0 || name < 0 || votes < 0) return;
    const share = cols.indexOf('%');
    const above = lines.slice(Math.max(0, h - 3), h).reverse().find((l) => l.text.trim() !== '' && !/^[-|:\s]+$/.test(l.text));
    const caption = above ? CAPTION.exec(cellsOf(above)[0]?.text ?? '') : null;
    // A caption gives a full date, or (as wiki captions do) only the election's year.
    const captionDate = above && caption ? findDates(above.text, above.start)[0]?.value ?? /\b(1[89]\d\d|20\d\d)\b/.exec(caption[1] ?? '')?.[1] : undefined;
    const rows = ballotRows(lines, h + 1);
    let ballot;
    if (above && caption?.[2] && captionDate) {
      const parl = /general election|by-election/i.test(caption[1] ?? '') && !/council/i.test(caption[1] ?? '');
      const area = caption[2];
      const captionText = cellsOf(above)[0]?.text ?? '';
      ballot = ctx.registry.create('Election', captionText, {
        base: `${parl ? 'parl' : 'local'}.${slugOf(area)}.${captionDate}`, kind: parl ? 'parl' : 'local',
        fields: { date: captionDate, area, ...(parl ? { body: 'House of Commons' } : {}), ...rows.fields },
        rule: 'rule:results-table', confidence: 0.85, start: above.start, end: above.start + captionText.length,
      });
    } else {
      const dated = dateFor('', null, ctx.text.slice(Math.max(0, header.start - 600), header.start), ctx.input.published);
      if (!dated.date) return void ctx.registry.review.push({ kind: 'results-unplaced', message: 'a results table with no caption and no date to infer; not drafted', quote: header.text, start: header.start });
      const kind = kindAbove(ctx, header.start);
      const line = header.index + 1;
      ballot = ctx.registry.create('Election', `Unnamed election (results table at line ${line})`, {
        base: `${kind}.unnamed-line-${line}.${dated.date}`, kind, fields: { date: dated.date, ...(dated.dateInferred ? { dateInferred: dated.dateInferred } : {}), ...rows.fields },
        rule: 'rule:results-table-uncaptioned', confidence: 0.4, start: header.start, end: header.end,
      });
      ctx.registry.review.push({ kind: 'results-unplaced', message: 'a results table whose caption names no election: drafted as an unnamed ballot; set its name, area and date', quote: header.text, start: header.start });
    }
    if (!ballot) return;
    for (const [s, e] of rows.spans) ctx.registry.addEvidence(ballot, s, e);
    for (let i = h + 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (!line.text.includes('|')) break;
      const cells = cellsOf(line);
      const [p, n, v] = [cells[party], cells[name], cells[votes]];
      if (!p || !n || !v || !NAME.test(n.text) || !PARTY.test(p.text) || !VOTES.test(v.text)) continue;
      const person = ctx.registry.named('Person', n.text, line.start + n.start, line.start + n.start + n.text.length, 'rule:results-table', 0.9);
      if (!person) continue;
      const fields: Record<string, string | number | boolean> = { label: p.text, votes: Number(v.text.replace(/,/g, '')) };
      const org = ctx.registry.named('Organisation', p.text, line.start + p.start, line.start + p.start + p.text.length, 'rule:results-table', 0.8, 'party');
      if (org && org.type === 'Organisation') fields['party'] = org.id;
      const s = share >= 0 ? SHARE.exec(cells[share]?.text ?? '') : null;
      if (s?.[1]) fields['share'] = Number(s[1]);
      ctx.links.add('STOOD_IN', person.id, ballot.id, { fields, spans: [[line.start, line.end]], rule: 'rule:results-table', confidence: 0.85 });
    }
  });
}
