import { findDates } from '../dates.js';
import { isHeading, type Line } from '../text/lines.js';
import { slugOf } from '../slug.js';
import type { DraftContext } from './draftContext.js';

/** One candidate's line of a results page. */
interface ResultRow { line: Line; name: string; nameStart: number; nameEnd: number; party: string; partyStart: number; votes: number; share: number | null; elected: boolean; incumbent: boolean }

const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const INCUMBENT = /\s*\((?:INC|Inc|inc|incumbent|Incumbent)\)\s*$/;
const ELECTED = /^(?:elected|\(elected\)|✓|✔|\*|winner|won)$/i;

/** "Ann Lee - Labour - 1,234", "Ann Lee (INC) - Labour Party - 1,234 - 45.2% - elected", "| Ann Lee | Labour | 1,234 |". */
function parseRow(line: Line): ResultRow | null {
  const raw = line.text;
  const cells: { text: string; start: number }[] = [];
  for (const m of raw.matchAll(/[^|\t]+/g)) {
    // Within a pipe/tab cell, " - " also separates.
    let offset = m.index;
    for (const part of m[0].split(/(\s[-–—]\s)/)) {
      if (!/^\s[-–—]\s$/.test(part) && part.trim() !== '') cells.push({ text: part.trim(), start: offset + part.indexOf(part.trim()) });
      offset += part.length;
    }
  }
  if (cells.length < 3 || cells.length > 6) return null;
  const [nameCell, partyCell, votesCell, ...rest] = cells;
  if (!nameCell || !partyCell || !votesCell) return null;
  const name = nameCell.text.replace(INCUMBENT, '');
  if (!NAME.test(name) || !/^\p{L}[\p{L}'’&. -]*$/u.test(partyCell.text)) return null;
  const votes = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\s+votes?)?$/.exec(votesCell.text);
  if (!votes?.[1]) return null;
  let share: number | null = null;
  let elected = false;
  for (const cell of rest) {
    const pct = /^\(?(\d{1,3}(?:\.\d+)?)\s*%\)?$/.exec(cell.text);
    if (pct?.[1]) share = Number(pct[1]);
    else if (ELECTED.test(cell.text)) elected = true;
    else return null;
  }
  return {
    line, name, nameStart: line.start + nameCell.start, nameEnd: line.start + nameCell.start + name.length,
    party: partyCell.text, partyStart: line.start + partyCell.start, votes: Number(votes[1].replace(/,/g, '')), share, elected,
    incumbent: INCUMBENT.test(nameCell.text),
  };
}

const NOT_A_PARTY = /^(?:independent|ind|none|no description)$/i;

/** The council (area) and body a page's heading names: "Millbrook Borough Council election 2024" → Millbrook, Millbrook Borough Council. */
function areaOf(heading: string): { area: string; body: string | null } | null {
  const council = /((?:\p{Lu}[\p{L}'’-]*\s+)+?)((?:City|Borough|County|District|Metropolitan Borough|Town)?\s*Council)\b/u.exec(heading);
  if (council?.[1]) return { area: council[1].trim(), body: `${council[1].trim()} ${council[2]?.trim() ?? 'Council'}`.replace(/\s+/g, ' ') };
  const local = /^((?:\p{Lu}[\p{L}'’-]*\s+)+?)(?:local |council )?elections?\b/u.exec(heading.trim());
  return local?.[1] ? { area: local[1].trim(), body: null } : null;
}

/**
 * Results pages: rows under ward or division headings become one ballot Election per heading,
 * PART_OF the page's election group, with one STOOD_IN per candidate (votes, share, elected).
 */
export function resultRelations(ctx: DraftContext): void {
  const lines = ctx.layout.lines;
  const rows = lines.map(parseRow);
  if (rows.filter(Boolean).length < 2) return;
  const firstRow = rows.findIndex(Boolean);
  const top = lines.slice(0, Math.max(1, firstRow)).find((l) => /\belection|\bresults?\b/i.test(l.text) && l.text.trim() !== '') ?? lines.find((l) => l.text.trim() !== '');
  const area = top ? areaOf(top.text) : null;
  const dateHit = top ? findDates(top.text, top.start)[0] : undefined;
  const anyDate = dateHit ?? findDates(ctx.text.slice(0, Math.max(0, lines[firstRow]?.start ?? 0)))[0];
  const date = anyDate?.value ?? ctx.input.published;
  if (!top || !area || !date) {
    ctx.registry.review.push({ kind: 'results-unplaced', message: 'result rows found, but no council or date to name the election by; not drafted' });
    return;
  }
  const dateFields: Record<string, string> = anyDate ? { date } : { date, dateInferred: `no election date in the text; the document's publication date (${date})` };
  const parl = /\bgeneral election|\bparliament|\bconstituenc/i.test(top.text);
  const kind = parl ? 'parl' : 'local';
  const areaSlug = slugOf(area.area);
  const group = parl ? null : ctx.registry.create('Election', `${area.body ?? area.area} election ${date}`, {
    base: `local.${areaSlug}.${date}`, kind: 'local', fields: { ...dateFields, area: area.area, ...(area.body ? { body: area.body } : {}) },
    rule: 'rule:results-page', confidence: 0.8, start: top.start, end: top.end,
  });
  let ballot: ReturnType<typeof ctx.registry.create> = null;
  // Once a ward marks anyone elected, its unmarked candidates were not.
  const byBallot = new Map<string, { fields: Record<string, string | number | boolean> }[]>();
  lines.forEach((line, i) => {
    const row = rows[i];
    if (!row) {
      if (isHeading(line) && line !== top && line.text.trim() !== '') {
        const ward = line.text.trim().replace(/\s*\((\d+) seats?\)\s*$/i, '').replace(/\s+(?:ward|division|constituency)(?:\s+results?)?$/i, '').trim();
        const seats = /\((\d+) seats?\)/i.exec(line.text)?.[1];
        ballot = ctx.registry.create('Election', `${area.body ?? area.area} election ${date}: ${ward}`, {
          base: parl ? `parl.${slugOf(ward)}.${date}` : `local.${areaSlug}.${slugOf(ward)}.${date}`, kind,
          fields: { ...dateFields, area: ward, ...(area.body && !parl ? { body: area.body } : parl ? { body: 'House of Commons' } : {}), ...(seats ? { seats: Number(seats) } : {}) },
          rule: 'rule:results-ward-heading', confidence: 0.8, start: line.start, end: line.end,
        });
        if (ballot && group) ctx.links.add('PART_OF', ballot.id, group.id, { spans: [[line.start, line.end]], rule: 'rule:results-ward-heading', confidence: 0.8 });
      }
      return;
    }
    if (!ballot) return;
    const person = ctx.registry.named('Person', row.name, row.nameStart, row.nameEnd, 'rule:result-line', 0.9);
    if (!person) return;
    const fields: Record<string, string | number | boolean> = { label: row.party, votes: row.votes };
    if (!NOT_A_PARTY.test(row.party)) {
      const party = ctx.registry.named('Organisation', row.party, row.partyStart, row.partyStart + row.party.length, 'rule:result-line', 0.8, 'party');
      if (party && party.type === 'Organisation') fields['party'] = party.id;
    }
    if (row.share !== null) fields['share'] = row.share;
    if (row.elected) fields['elected'] = true;
    if (row.incumbent) fields['note'] = 'incumbent (INC)';
    const link = ctx.links.add('STOOD_IN', person.id, ballot.id, { fields, spans: [[row.line.start, row.line.end]], rule: 'rule:result-line', confidence: 0.9 });
    if (link) byBallot.set(ballot.id, [...(byBallot.get(ballot.id) ?? []), link]);
  });
  for (const links of byBallot.values()) {
    if (links.some((l) => l.fields['elected'] === true)) for (const l of links) l.fields['elected'] ??= false;
  }
}
