import { findDates } from '../dates.js';
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

/**
 * Results tables whose header row names the columns ("Party | Candidate | Votes | % | ±%", in any
 * order, as wiki pages print them): the caption line above the header names the ballot, the rows
 * under it become STOOD_IN links with votes and share. A table whose caption names no election and
 * year (an unfilled template) is left for review rather than guessed.
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
    const date = above && caption ? findDates(above.text, above.start)[0]?.value ?? /\b(1[89]\d\d|20\d\d)\b/.exec(caption[1] ?? '')?.[1] : undefined;
    if (!above || !caption?.[2] || !date) {
      ctx.registry.review.push({ kind: 'results-unplaced', message: 'a results table with no caption naming its election and year; not drafted', quote: header.text, start: header.start });
      return;
    }
    const parl = /general election|by-election/i.test(caption[1] ?? '') && !/council/i.test(caption[1] ?? '');
    const area = caption[2];
    const captionText = cellsOf(above)[0]?.text ?? '';
    const ballot = ctx.registry.create('Election', captionText, {
      base: `${parl ? 'parl' : 'local'}.${slugOf(area)}.${date}`, kind: parl ? 'parl' : 'local',
      fields: { date: date, area, ...(parl ? { body: 'House of Commons' } : {}) },
      rule: 'rule:results-table', confidence: 0.85, start: above.start, end: above.start + captionText.length,
    });
    if (!ballot) return;
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
