import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Link } from '../../../src/extraction/schema.js';
import { draftExtraction, loadGazetteer, type DraftResult } from '../../../src/draft/index.js';
import { readOtherExtractions, validateDraft } from '../../../src/draft/validateDraft.js';

// Documents written for these tests (made-up people and places); each exercises one list rule.
const EXTRACTION = path.resolve('extraction');
const gazetteer = loadGazetteer(EXTRACTION);
const others = readOtherExtractions(EXTRACTION);

function draft(text: string): DraftResult {
  const input = { document: 'test_cue_rules', text, published: '2024' };
  const result = draftExtraction(input, gazetteer);
  expect(validateDraft(result.yaml, input, others)).toEqual([]);
  return result;
}
const nameOf = (r: DraftResult, id: string): string | undefined => r.extraction.entities.find((e) => e.id === id)?.name;
const links = (r: DraftResult, type: Link['type']): [string | undefined, string | null, string | undefined][] =>
  r.extraction.links.filter((l) => l.type === type).map((l) => [nameOf(r, l.from), 'role' in l ? (l.role ?? null) : null, nameOf(r, l.to)]);
const quotes = (r: DraftResult, name: string): string[] =>
  (r.extraction.entities.find((e) => e.name === name)?.evidence ?? []).map((q) => (typeof q === 'string' ? q : q.quote));

describe('list rules on made-up documents', () => {
  it('a letter: the names after "Yours sincerely," sign the letter and are not read as speakers', () => {
    const r = draft(['Harbour Ferry letter', '', 'On 2 April 2024 four councillors wrote to the transport minister about the ferry.', '',
      'Yours sincerely,', '', 'Ann Okafor MP, Vice Chair, Peter Lindqvist MP, Hamid Rahimi MP, Joanna Brzezinska MP', ''].join('\n'));
    expect(links(r, 'SIGNED')).toEqual([
      ['Ann Okafor', null, 'Harbour Ferry letter'], ['Peter Lindqvist', null, 'Harbour Ferry letter'],
      ['Hamid Rahimi', null, 'Harbour Ferry letter'], ['Joanna Brzezinska', null, 'Harbour Ferry letter'],
    ]);
    expect(links(r, 'PARTICIPATED_IN')).toEqual([]);
  });

  it('a billed rally: title from the caption, names before a trailing cue, a cue ending its line, a footnoted "Hosted by" line', () => {
    const r = draft(['Spring Unity', '', 'photo 1234.png', '', 'Spring Unity: Dockers and Teachers eve of Congress Rally', '',
      'Ann Okafor // Peter Lindqvist, Millbrook Trades Council // Hamid Rahimi, Ferry Youth // Chaired by Joanna Brzezinska, Ferry Youth.', '',
      'With international guests including...', '', 'Marta Sokolowska, Baltic Dockers Union // Daniel Whitcombe, Shipwrights Review.', '',
      'Hosted by Millbrook Festival.[4]', ''].join('\n'));
    const title = 'Spring Unity: Dockers and Teachers eve of Congress Rally';
    expect(r.extraction.entities.filter((e) => e.type === 'Event').map((e) => e.name)).toEqual([title]);
    expect(links(r, 'PARTICIPATED_IN')).toEqual(expect.arrayContaining([
      ['Ann Okafor', 'speaker', title], ['Peter Lindqvist', 'speaker', title], ['Hamid Rahimi', 'speaker', title],
      ['Joanna Brzezinska', 'chair', title], ['Marta Sokolowska', 'guest', title], ['Daniel Whitcombe', 'guest', title],
      ['Millbrook Festival', 'host', title],
    ]));
    expect(links(r, 'PARTICIPATED_IN')).toHaveLength(7);
    expect(r.extraction.entities.filter((e) => e.type === 'Person').map((e) => e.name)).not.toContain('Ferry Youth');
    expect(links(r, 'MEMBER_OF')).toContainEqual(['Hamid Rahimi', null, 'Ferry Youth']);
  });

  it('a tour with a reception: "The reception was…" is its own event, evidenced by the sentence that introduced it', () => {
    const intro = 'The visitors were welcomed at a crowded harbour-side reception in the Old Customs House.';
    const r = draft(['Ferry Yard Tour', '', 'Shipwrights Ann Okafor and Peter Lindqvist came to Millbrook for the Ferry Yard Tour on 3 June 2024.', '',
      intro, '', 'The reception was packed, with guests including Hamid Rahimi, Joanna Brzezinska and Marta Sokolowska.', '',
      'Speaking at the reception, Daniel Whitcombe thanked the volunteers.', ''].join('\n'));
    const reception = 'Ferry Yard Tour: reception';
    expect(r.extraction.entities.find((e) => e.name === reception)).toMatchObject({ kind: 'reception' });
    expect(quotes(r, reception)).toContain(intro);
    expect(links(r, 'PARTICIPATED_IN')).toEqual(expect.arrayContaining([
      ['Hamid Rahimi', 'guest', reception], ['Joanna Brzezinska', 'guest', reception], ['Marta Sokolowska', 'guest', reception],
      ['Daniel Whitcombe', 'speaker', reception],
    ]));
  });

  it('a committee listing its co-chairs is no event; "chaired by A and included B" splits chair from speakers', () => {
    const committee = draft(['Harbour Friends group', '', 'The Harbour Friends group is made up of the following councillors:', '',
      'Co-Chairs: Ann Okafor and Peter Lindqvist', ''].join('\n'));
    expect(committee.extraction.entities.filter((e) => e.type === 'Event')).toEqual([]);
    const intro = 'On Sunday 5 May 2024 Hamid Rahimi spoke at a meeting to defend the ferry service.';
    const meeting = draft(['Defending the ferry', '', intro, '',
      'The event was chaired by Joanna Brzezinska and included Marta Sokolowska and Daniel Whitcombe.', ''].join('\n'));
    expect(links(meeting, 'PARTICIPATED_IN').sort()).toEqual([
      ['Daniel Whitcombe', 'speaker', 'Defending the ferry'], ['Hamid Rahimi', 'speaker', 'Defending the ferry'],
      ['Joanna Brzezinska', 'chair', 'Defending the ferry'], ['Marta Sokolowska', 'speaker', 'Defending the ferry'],
    ]);
    expect(quotes(meeting, 'Defending the ferry')).toContain(intro);
  });

  it('a photo caption: the people named are pictured, not also attendees, and a name after "to defend" is not in the photo', () => {
    const r = draft(['Ferry rally', '', 'harbour 998.jpg', '', 'Ann Okafor, Peter Lindqvist and Hamid Rahimi took part in an online rally to defend Joanna Brzezinska.', ''].join('\n'));
    expect(links(r, 'PARTICIPATED_IN').sort()).toEqual([
      ['Ann Okafor', 'pictured', 'Ferry rally'], ['Hamid Rahimi', 'pictured', 'Ferry rally'], ['Peter Lindqvist', 'pictured', 'Ferry rally'],
    ]);
  });

  it('a dateline is no title; "A of the X Council" is a person and her organisation; "GP Dr B" is Dr B', () => {
    const r = draft(['Quay march draws a crowd', '', 'Saturday 6 April 2024', '',
      'Speakers at the rally included Rosa Tennant of the Quayside Trades Council and local GP Dr Imran Halloway.', ''].join('\n'));
    expect(r.extraction.entities.filter((e) => e.type === 'Event').map((e) => [e.name, 'date' in e ? e.date : null])).toEqual([['Quay march draws a crowd', '2024-04-06']]);
    expect(links(r, 'PARTICIPATED_IN').sort()).toEqual([
      ['Imran Halloway', 'speaker', 'Quay march draws a crowd'], ['Rosa Tennant', 'speaker', 'Quay march draws a crowd'],
    ]);
    expect(links(r, 'MEMBER_OF')).toEqual([['Rosa Tennant', null, 'Quayside Trades Council']]);
  });
});
