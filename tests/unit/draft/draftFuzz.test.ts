import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Random } from '../../../bench/prng.js';
import { DraftInputError, buildGazetteer, draftExtraction } from '../../../src/draft/index.js';
import { validateDraft } from '../../../src/draft/validateDraft.js';
import type { Entity } from '../../../src/extraction/schema.js';

const CASES = Number(process.env['DRAFT_FUZZ_CASES'] ?? 1000);
const SEED = Number(process.env['DRAFT_FUZZ_SEED'] ?? 20261202);

const FIRST = ['Ann', 'Peter', 'Marta', 'José', 'Zoë', 'Siobhán', 'Hamid', 'Wei', 'Olu', 'Björn', 'Ngozi', 'Łukasz'];
const LAST = ['Lee', 'Okafor', 'Lindqvist', 'O’Brien', 'García', 'Nguyen', 'Rahimi', 'Smith-Jones', 'McAllister', 'Øvergaard'];
const HOSTILE = [
  "Ann` DETACH DELETE n //", "Bob'}) MATCH (n) DETACH DELETE n //", 'Eve"; CALL db.clearQueryCaches();', '$param', '{id: 1}',
  'MERGE (x:Person {name: "X"})', 'Lee~ AND Ann^2', 'title:(Bob OR *)', 'Eve\\ Lee', '[A TO Z]', 'Ann* OR Lee?', '/regex.*/',
  '"quoted" Name', 'Null', 'true', '---', '- item', 'key: value', '&anchor', '*alias', '!!binary', '#comment', '%TAG',
];
const DECOR = ['😀', '👩‍👩‍👧', '🏳️‍🌈', '\u202Eevil\u202C', 'שלום', 'مرحبا', '«', '»', '\u200F', '\u200B', '\u00A0', '\u2028', 'ﬁ', 'e\u0301'];
const CUES = ['Speakers included', 'Chaired by', 'Hosted by', 'featuring', 'With', 'guests including', 'Joined on platform by', 'Signatories included', 'Signed by', 'Yours sincerely,\n'];

function name(r: Random): string {
  if (r.chance(0.15)) return r.pick(HOSTILE);
  const base = `${r.pick(FIRST)} ${r.pick(LAST)}`;
  return r.chance(0.2) ? `${r.pick(['Cllr', 'Dr', 'Lord', 'Baroness', 'Sir'])} ${base}` : r.chance(0.2) ? `${base} MP` : base;
}

function list(r: Random, n: number): string {
  const names = Array.from({ length: n }, () => name(r));
  return names.join(r.pick([', ', ' // ', '; ', ' and ']));
}

/** One hostile document; `refuse` says whether the extractor must refuse it. */
function hostileDocument(r: Random, i: number): { text: string; refuse: boolean } {
  const kind = i % 10;
  const parts: string[] = [];
  parts.push(r.chance(0.5) ? `${r.pick(DECOR)} ${list(r, 2)} Rally ${r.pick(DECOR)}` : 'Report');
  parts.push('');
  const lines = r.int(1, 8);
  for (let k = 0; k < lines; k++) {
    const deco = r.chance(0.5) ? r.pick(DECOR) : '';
    parts.push(`${deco}“${r.pick(CUES)} ${list(r, r.int(1, 6))}.”${deco} ${r.chance(0.3) ? `${name(r)} - ${r.pick(['Labour', 'Green Party', 'Independent'])} - ${r.int(0, 99999).toLocaleString('en-GB')}` : ''}`);
    if (r.chance(0.2)) parts.push(`${name(r)} backed ${name(r)} on ${r.int(1, 28)} May ${r.int(1990, 2030)}.`);
  }
  let text = parts.join('\n');
  if (kind === 1 && i % 500 === 1) text += `\nSpeakers included ${Array.from({ length: 5000 }, (_, k) => `${FIRST[k % FIRST.length]} Name${k.toString(36).replace(/\d/g, 'x')}`).join(', ')}.`;
  if (kind === 2 && i % 200 === 2) text += `\n${'word Ann Lee '.repeat(20_000)}`;
  if (kind === 3) text += `\n${Array.from({ length: r.int(1, 40) }, () => { const c = r.int(0x20, 0x2ffff); return String.fromCodePoint(c >= 0xd800 && c <= 0xdfff ? c + 0x800 : c); }).join('')}`;
  if (kind === 4) {
    const at = r.int(0, text.length);
    return { text: `${text.slice(0, at)}${r.pick(['\uD800', '\uDBFF', '\uDC00', '\uDFFF'])}${r.chance(0.5) ? '' : 'x'}${text.slice(at)}`, refuse: true };
  }
  if (kind === 5 && i % 20 === 5) return { text: r.pick(['', '   ', '\n\n', '\t']), refuse: true };
  if (kind === 6 && i % 20 === 6) return { text: `${text}\0binary`, refuse: true };
  return { text, refuse: false };
}

const known: Entity[] = [
  { id: 'person:ann-lee', type: 'Person', name: 'Ann Lee', evidence: ['Ann Lee'] },
  { id: 'org:labour-party', type: 'Organisation', name: 'Labour Party', aliases: ['Labour'], kind: 'party', evidence: ['Labour'] },
];
const gazetteer = buildGazetteer([{ document: 'other', entities: known }]);

describe(`seeded fuzz of ${CASES} hostile documents (seed ${SEED})`, () => {
  it('every draft validates, or the input is refused with a DraftInputError', () => {
    const r = new Random(SEED, 'draft-fuzz');
    let drafted = 0;
    let refused = 0;
    for (let i = 0; i < CASES; i++) {
      const { text, refuse } = hostileDocument(r, i);
      const input = { document: `fuzz_${i}`, text, published: '2024' };
      let result;
      try {
        result = draftExtraction(input, gazetteer);
      } catch (err) {
        expect(err, `case ${i}`).toBeInstanceOf(DraftInputError);
        expect((err as Error).message).toMatch(/^document fuzz_\d+: /);
        expect(refuse, `case ${i} refused: ${(err as Error).message}`).toBe(true);
        refused++;
        continue;
      }
      expect(refuse, `case ${i} should have been refused`).toBe(false);
      const issues = validateDraft(result.yaml, input, []);
      expect(issues, `case ${i}: ${JSON.stringify(text.slice(0, 200))}`).toEqual([]);
      expect(parse(result.yaml)).toEqual(JSON.parse(JSON.stringify(result.extraction)));
      drafted++;
    }
    expect(drafted + refused).toBe(CASES);
    expect(refused).toBeGreaterThan(CASES / 20);
    expect(drafted).toBeGreaterThan(CASES / 2);
  }, 600_000);
});
