/**
 * Deterministic synthetic corpus for the benchmark, in exactly the input format the import reads
 * (docs/extraction-format.md): corpus/documents.yaml, corpus/<doc>.txt and extraction/<doc>.yaml.
 * Every quote is cut from the generated document text, so the validator's verbatim-quote check
 * passes for real.
 *
 * Shape, for N people:
 *   - every person belongs to a regional forum (so all N exist), 40% to one of 12 parties (the
 *     largest is a supernode), 15% to one of 20 unions;
 *   - campaigns (N/200) with Pareto-sized memberships and a few officers;
 *   - events (N/12) with Pareto-sized participation (chair, speakers, attendees), a few hustings,
 *     and three supernode events far above the derivation's pairwise limit;
 *   - letters (N/60) with 10–5,000 signatories (Pareto), some signatures withdrawn;
 *   - elections: parliamentary ballots and local election days (groups of ward ballots), 4–12
 *     candidates each, with votes, shares, winners' positions and the odd backing.
 * Who takes part follows a power law (a few people are everywhere), mostly within a region.
 *
 * The corpus is written in shards: each shard is a complete corpus (every entity its links name
 * is declared in it), so the loader can validate and import one shard at a time with bounded
 * memory. An entity named in several shards is declared identically in each.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { permutation, Random } from './prng.js';

export const GENERATOR_VERSION = 3;
export const SCALES: Readonly<Record<string, number>> = { tiny: 300, S: 10_000, M: 100_000, L: 1_000_000 };
export const DEFAULT_SEED = 20260501;

export interface GenerateOptions {
  /** A key of SCALES, or any label when `people` is given. */
  scale: string;
  people?: number;
  seed?: number;
  outDir: string;
  /** Rows (entity declarations + links) per shard before a new shard starts. */
  shardRows?: number;
  log?: (message: string) => void;
}

export interface CorpusManifest {
  generatorVersion: number;
  scale: string;
  people: number;
  seed: number;
  shards: string[];
  documents: number;
  bytes: number;
  entityDeclarations: number;
  links: Record<string, number>;
  totalLinks: number;
  /** Σ C(size, 2) over activities with 2..1000 people: an upper bound on CAMPAIGNED_WITH pairs. */
  pairBound: number;
  largest: { event: number; letter: number; party: number; campaign: number };
  generateMs: number;
}

const MAX_PAIRWISE = 1000;

// ---------------------------------------------------------------- names

const FIRST = `Aaron Abigail Adam Aisha Alan Alice Amara Amir Andrew Angela Anita Ann Arjun Ayesha Barbara Ben
  Bernard Beth Bilal Brenda Bridget Callum Carla Carol Catherine Chidi Chloe Chris Claire Colin Dan Daniel Deborah
  Declan Deepa Diane Dylan Eamon Eileen Elena Ellen Emeka Emma Eric Fatima Fiona Frances Gareth Gemma George Grace
  Hamid Hannah Harriet Hassan Helen Hugh Ian Imran Irene Isaac Jack Jane Janet Jasmine Jean Joan John Joseph Joyce
  Julia Kamala Karen Kate Kevin Kwame Laura Leila Liam Linda Lucy Maeve Malcolm Marcus Margaret Maria Mark Martin
  Mary Matthew Maya Michael Miriam Mohammed Nadia Neil Niamh Nicola Nina Omar Owen Patrick Paul Priya Rachel Rahul
  Rhys Richard Rita Robert Rosa Ruth Sadiq Sally Samir Sarah Sean Sheila Simon Sophie Stella Stephen Susan Tariq
  Teresa Thomas Una Vera Wendy Yusuf Zainab Zara`.split(/\s+/).filter(Boolean);

// Three-letter syllables: fixed length, so every concatenation decodes one way and names stay unique.
const SYL = `bar bel cor dan del dor fen gar hal hol kel ken lan lor mar mel mor nel nor pen
  ral ren ros sal sel tan tor val ven win bra cre dun fal gri hat lis mon pel rud`.split(/\s+/).filter(Boolean);
const PLACE_SUFFIX = ['ton', 'ford', 'by', 'ham', 'field', 'wick', 'moor', 'ley'];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function syllables(n: number, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    out += SYL[n % SYL.length];
    n = Math.floor(n / SYL.length);
  }
  return out;
}

function personName(idx: number): { first: string; surname: string; name: string } {
  const first = FIRST[idx % FIRST.length]!;
  const surname = cap(syllables(Math.floor(idx / FIRST.length), 3));
  return { first, surname, name: `${first} ${surname}` };
}

/** Place names: domain keeps regions, councils, wards and constituencies apart. */
function placeName(domain: number, i: number): string {
  const n = domain * 200_000 + i;
  return cap(syllables(Math.floor(n / PLACE_SUFFIX.length), 4)) + PLACE_SUFFIX[n % PLACE_SUFFIX.length];
}

const PARTIES = [
  'Progressive Labour Party', 'Conservative Unionist Party', 'Liberal Reform Party', 'Green Commonwealth Party',
  'Socialist Alliance Party', 'Independent Voice', 'National Heritage Party', 'Workers Unity Party',
  'Regional First Party', 'Civic Renewal Party', 'Co-operative Futures Party', 'Democratic Left Party',
];
const UNION_WORDS = ['Teachers', 'Nurses', 'Transport Workers', 'Postal Workers', 'Builders', 'Shop Workers', 'Civil Servants', 'Journalists', 'Musicians', 'Firefighters'];
const TOPICS = [
  'Save the Hospital', 'Stop the War', 'Fair Pay Now', 'Climate Action', 'Homes for All', 'Defend Our Libraries',
  'Free Education', 'Clean Air', 'Refugees Welcome', 'Public Transport First', 'Scrap the Cuts', 'Living Wage',
  'Protect the Green Belt', 'Equal Rights', 'Peace in the Middle East', 'Keep Post Offices Open', 'Youth Services',
  'Disability Justice', 'Pensions Justice', 'Local Democracy',
];
const EVENT_KINDS = ['rally', 'meeting', 'conference', 'webinar', 'fringe', 'launch', 'picket', 'campaign-drive', 'reception'] as const;
const STATEMENT_KINDS = ['letter', 'letter', 'letter', 'statement', 'manifesto', 'motion'] as const;
const PARL_DATES = ['2001-06-07', '2005-05-05', '2010-05-06', '2015-05-07', '2017-06-08', '2019-12-12', '2024-07-04'];
const LOCAL_YEARS = Array.from({ length: 22 }, (_, i) => 2003 + i);

const J = JSON.stringify;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

// ---------------------------------------------------------------- documents

type Scalar = string | number | boolean;

class Doc {
  readonly lines: string[] = [];
  readonly entities = new Map<string, string>();
  readonly links: string[] = [];
  readonly linkTypes: string[] = [];
  readonly keys = new Set<string>();

  constructor(readonly id: string, readonly title: string, readonly published: string) {}

  line(text: string): string {
    this.lines.push(text);
    return text;
  }

  declare(id: string, body: string): void {
    if (!this.entities.has(id)) this.entities.set(id, `  - {id: ${J(id)}, ${body}}`);
  }

  link(type: string, from: string, to: string, fields: Record<string, Scalar | undefined>, quotes: string[]): void {
    const key = `${type}#${from}#${to}#${String(fields['role'] ?? '')}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    const extra = Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => `, ${k}: ${J(v)}`).join('');
    this.links.push(`  - {type: ${type}, from: ${J(from)}, to: ${J(to)}${extra}, evidence: [${quotes.map((q) => J(q)).join(', ')}]}`);
    this.linkTypes.push(type);
  }
}

class ShardWriter {
  private shard = -1;
  private dir = '';
  private metas: string[] = [];
  private rows = 0;
  readonly shards: string[] = [];
  documents = 0;
  bytes = 0;
  entityDeclarations = 0;
  readonly links: Record<string, number> = {};

  constructor(private readonly outDir: string, private readonly shardRows: number) {}

  write(doc: Doc): void {
    if (this.shard < 0 || this.rows >= this.shardRows) this.next();
    const text = `${doc.lines.join('\n')}\n`;
    const yaml = [
      `document: ${doc.id}`,
      'entities:',
      ...doc.entities.values(),
      'links:',
      ...doc.links,
      '',
    ].join('\n');
    writeFileSync(join(this.dir, 'corpus', `${doc.id}.txt`), text);
    writeFileSync(join(this.dir, 'extraction', `${doc.id}.yaml`), yaml);
    this.metas.push(`- {id: ${doc.id}, title: ${J(doc.title)}, publisher: "Synthetic Gazette", kind: news-report, published: ${J(doc.published)}}`);
    this.rows += doc.entities.size + doc.links.length;
    this.documents += 1;
    this.bytes += text.length + yaml.length;
    this.entityDeclarations += doc.entities.size;
    for (const t of doc.linkTypes) this.links[t] = (this.links[t] ?? 0) + 1;
  }

  close(): void {
    if (this.shard >= 0) writeFileSync(join(this.dir, 'corpus', 'documents.yaml'), `${this.metas.join('\n')}\n`);
  }

  private next(): void {
    this.close();
    this.shard += 1;
    this.rows = 0;
    this.metas = [];
    const name = `shard-${pad(this.shard, 3)}`;
    this.dir = join(this.outDir, name);
    mkdirSync(join(this.dir, 'corpus'), { recursive: true });
    mkdirSync(join(this.dir, 'extraction'), { recursive: true });
    this.shards.push(name);
  }
}

// ---------------------------------------------------------------- the world

interface World {
  n: number;
  seed: number;
  regions: number;
  regionSize: number;
  globalPerm: (i: number) => number;
}

const personId = (idx: number): string => {
  const { name } = personName(idx);
  return `person:${slug(name)}`;
};

/** The declaration body of a person: identical in every document that names them. */
function personBody(w: World, idx: number, quote: string): string {
  const { name, first, surname } = personName(idx);
  const r = new Random(w.seed, `person-props-${idx}`);
  const aliases = r.chance(0.2) ? `, aliases: [${J(`${surname}, ${first}`)}]` : '';
  const born = r.chance(0.3) ? `, born: "${r.int(1940, 1985)}"` : '';
  return `type: Person, name: ${J(name)}${aliases}${born}, evidence: [${J(quote)}]`;
}

function orgBody(name: string, kind: string, quote: string): string {
  return `type: Organisation, name: ${J(name)}, kind: ${kind}, evidence: [${J(quote)}]`;
}

/** Draws `size` distinct people: mostly power-law within `region`, the rest power-law overall. */
function samplePeople(w: World, r: Random, size: number, region: number | null, localShare: number): number[] {
  const chosen = new Set<number>();
  let attempts = 0;
  const limit = size * 4;
  while (chosen.size < size && attempts < limit) {
    attempts += 1;
    if (region !== null && r.chance(localShare)) {
      const base = region * w.regionSize;
      const span = Math.min(w.regionSize, w.n - base);
      const rank = r.powerRank(span, 2);
      chosen.add(base + ((rank * 7 + region) % span));
    } else {
      chosen.add(w.globalPerm(r.powerRank(w.n, 2)));
    }
  }
  // Large activities exhaust the head of the distribution; fill the rest uniformly.
  while (chosen.size < size) chosen.add(r.int(0, w.n - 1));
  return [...chosen];
}

function randomDate(r: Random, fromYear = 2000, toYear = 2025): string {
  const y = r.int(fromYear, toYear);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  return `${y}-${pad(m)}-${pad(d)}`;
}

const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

const pairs = (s: number): number => (s >= 2 && s <= MAX_PAIRWISE ? (s * (s - 1)) / 2 : 0);

// ---------------------------------------------------------------- generators per document kind

interface Stats { pairBound: number; largest: CorpusManifest['largest'] }

function membershipRolls(w: World, out: ShardWriter, stats: Stats, org: { id: string; name: string; kind: string }, members: number[], r: Random, officers = 0, withEnds = false): void {
  const year = 2000 + (members.length % 25);
  const parts = chunk(members, 1000);
  let position = 0;
  parts.forEach((part, p) => {
    const doc = new Doc(`bench-${slug(org.id)}-${p + 1}`, `Members of ${org.name} (part ${p + 1})`, `${year}`);
    const heading = doc.line(`Members of ${org.name}, list part ${p + 1} of ${parts.length}.`);
    doc.declare(org.id, orgBody(org.name, org.kind, heading));
    for (const idx of part) {
      const { name } = personName(idx);
      const since = r.int(1995, 2022);
      const until = withEnds && r.chance(0.3) ? Math.min(2025, since + r.int(1, 8)) : undefined;
      const quote = doc.line(until === undefined ? `${name}, member since ${since}.` : `${name}, member from ${since} to ${until}.`);
      doc.declare(personId(idx), personBody(w, idx, quote));
      doc.link('MEMBER_OF', personId(idx), org.id, { start: `${since}`, end: until === undefined ? undefined : `${until}` }, [quote]);
      if (position < officers) {
        const role = ['chair', 'secretary', 'treasurer'][position % 3]!;
        const q = doc.line(`${name} served as ${role} from ${since}.`);
        doc.link('HELD_POSITION', personId(idx), org.id, { role, start: `${since}` }, [q]);
      }
      position += 1;
    }
    out.write(doc);
  });
  if (org.kind === 'campaign' || org.kind === 'alliance' || org.kind === 'parliamentary-group') {
    stats.pairBound += pairs(members.length);
    stats.largest.campaign = Math.max(stats.largest.campaign, members.length);
  }
}

function regionalForums(w: World, out: ShardWriter, stats: Stats): void {
  const r = new Random(w.seed, 'forums');
  for (let region = 0; region < w.regions; region++) {
    const base = region * w.regionSize;
    const members = Array.from({ length: Math.min(w.regionSize, w.n - base) }, (_, i) => base + i);
    const place = placeName(0, region);
    membershipRolls(w, out, stats, { id: `org:forum-${slug(place)}`, name: `${place} Community Forum`, kind: 'other' }, members, r);
  }
}

function partiesAndUnions(w: World, out: ShardWriter, stats: Stats): void {
  const r = new Random(w.seed, 'parties');
  const partyMembers: number[][] = PARTIES.map(() => []);
  const unionMembers: number[][] = Array.from({ length: 20 }, () => []);
  for (let idx = 0; idx < w.n; idx++) {
    if (r.chance(0.4)) partyMembers[Math.min(PARTIES.length - 1, r.powerRank(PARTIES.length, 2.2))]!.push(idx);
    if (r.chance(0.15)) unionMembers[r.powerRank(20, 2)]!.push(idx);
  }
  PARTIES.forEach((name, i) => {
    stats.largest.party = Math.max(stats.largest.party, partyMembers[i]!.length);
    membershipRolls(w, out, stats, { id: partyOrgId(i), name, kind: 'party' }, partyMembers[i]!, r, 3);
  });
  unionMembers.forEach((members, i) => {
    const name = `${placeName(1, i)} ${UNION_WORDS[i % UNION_WORDS.length]} Union`;
    membershipRolls(w, out, stats, { id: `org:union-${slug(name)}`, name, kind: 'union' }, members, r, 2);
  });
}

const partyOrgId = (i: number): string => `org:${slug(PARTIES[i]!)}`;

function campaignName(i: number): string {
  return `${TOPICS[i % TOPICS.length]} Campaign ${placeName(2, i)}`;
}

/** A campaign's kind: a function of its number only, so every declaration of it agrees. */
function campaignKind(seed: number, i: number): string {
  const x = new Random(seed, `campaign-kind-${i}`).next();
  return x < 0.7 ? 'campaign' : x < 0.9 ? 'alliance' : 'parliamentary-group';
}

function campaigns(w: World, out: ShardWriter, stats: Stats): number {
  const r = new Random(w.seed, 'campaigns');
  const count = Math.max(3, Math.round(w.n / 200));
  for (let i = 0; i < count; i++) {
    const size = Math.min(w.n, r.pareto(5, 2, 2000));
    const region = r.int(0, w.regions - 1);
    const kind = campaignKind(w.seed, i);
    const members = samplePeople(w, r, size, region, 0.6);
    membershipRolls(w, out, stats, { id: `org:${slug(campaignName(i))}`, name: campaignName(i), kind }, members, r, Math.min(3, size), true);
  }
  return count;
}

function events(w: World, out: ShardWriter, stats: Stats, campaignCount: number): void {
  const r = new Random(w.seed, 'events');
  const count = Math.max(5, Math.round(w.n / 12));
  // Three supernode events (national demonstrations), far above the pairwise limit at M and L.
  const supers = [0.02, 0.01, 0.005].map((f) => Math.max(20, Math.round(w.n * f)));
  for (let i = 0; i < count + supers.length; i++) {
    const isSuper = i >= count;
    const kind = isSuper ? 'rally' : r.chance(0.05) ? 'hustings' : r.pick(EVENT_KINDS);
    const region = r.int(0, w.regions - 1);
    const place = placeName(0, region);
    const topic = r.pick(TOPICS);
    const date = randomDate(r);
    const size = isSuper ? supers[i - count]! : Math.min(w.n, 2 + r.pareto(2, 1.9, 900));
    const people = isSuper ? samplePeople(w, r, size, null, 0) : samplePeople(w, r, size, region, 0.8);
    const name = isSuper ? `National ${topic} Demonstration ${date.slice(0, 4)} (${i - count + 1})` : `${place} ${topic} ${kind} ${date.slice(0, 4)} no. ${i + 1}`;
    const id = `event:${slug(name)}`;
    const host = !isSuper && campaignCount > 0 && r.chance(0.4) ? r.int(0, campaignCount - 1) : null;
    const speakers = isSuper ? 10 : Math.min(size - 1, r.int(1, 6));
    const parts = chunk(people, 1000);
    let position = 0;
    parts.forEach((part, p) => {
      const doc = new Doc(`bench-event-${i + 1}-${p + 1}`, `${name} (report part ${p + 1})`, date);
      const heading = doc.line(`${name} was held in ${isSuper ? 'London' : place} on ${date}.`);
      doc.declare(id, `type: Event, name: ${J(name)}, kind: ${kind}, date: ${J(date)}, place: ${J(isSuper ? 'London' : place)}, evidence: [${J(heading)}]`);
      if (host !== null && p === 0) {
        const hostName = campaignName(host);
        const q = doc.line(`Hosted by ${hostName}.`);
        doc.declare(`org:${slug(hostName)}`, orgBody(hostName, campaignKind(w.seed, host), q));
        doc.link('PARTICIPATED_IN', `org:${slug(hostName)}`, id, { role: 'host' }, [q]);
      }
      for (const idx of part) {
        const role = position === 0 ? 'chair' : position <= speakers ? 'speaker' : r.chance(0.8) ? 'attendee' : r.pick(['guest', 'pictured']);
        const quote = doc.line(`${personName(idx).name} (${role}).`);
        doc.declare(personId(idx), personBody(w, idx, quote));
        doc.link('PARTICIPATED_IN', personId(idx), id, { role }, [quote]);
        position += 1;
      }
      out.write(doc);
    });
    stats.pairBound += kind === 'hustings' ? 0 : pairs(size);
    stats.largest.event = Math.max(stats.largest.event, size);
  }
}

function letters(w: World, out: ShardWriter, stats: Stats, campaignCount: number): void {
  const r = new Random(w.seed, 'letters');
  const count = Math.max(3, Math.round(w.n / 60));
  for (let i = 0; i < count; i++) {
    // One letter always has the issue's maximum of 5,000 signatories (or half the people).
    const size = i === 0 ? Math.min(5000, Math.floor(w.n / 2)) : Math.min(w.n, r.pareto(10, 2.5, 5000));
    const kind = r.pick(STATEMENT_KINDS);
    const topic = r.pick(TOPICS);
    const date = randomDate(r);
    const name = `${topic}: ${kind} of ${date} (no. ${i + 1})`;
    const id = `statement:${slug(`${kind}-${i + 1}-${topic}`)}`;
    const people = samplePeople(w, r, size, null, 0);
    const issuer = campaignCount > 0 && r.chance(0.5) ? r.int(0, campaignCount - 1) : null;
    const parts = chunk(people, 500);
    let order = 0;
    parts.forEach((part, p) => {
      const doc = new Doc(`bench-letter-${i + 1}-${p + 1}`, `${name} (signatories part ${p + 1})`, date);
      const heading = doc.line(`${name}, published ${date}.`);
      doc.declare(id, `type: Statement, name: ${J(name)}, kind: ${kind}, date: ${J(date)}, evidence: [${J(heading)}]`);
      if (issuer !== null && p === 0) {
        const orgName = campaignName(issuer);
        const q = doc.line(`Issued by ${orgName}.`);
        doc.declare(`org:${slug(orgName)}`, orgBody(orgName, campaignKind(w.seed, issuer), q));
        doc.link('ISSUED', `org:${slug(orgName)}`, id, {}, [q]);
      }
      doc.line('Signatories:');
      for (const idx of part) {
        order += 1;
        const { name: who } = personName(idx);
        const quote = doc.line(`Signatory ${order}: ${who}.`);
        const quotes = [quote];
        const withdrawn = r.chance(0.03);
        if (withdrawn) quotes.push(doc.line(`Signatory ${order} later withdrew their signature.`));
        doc.declare(personId(idx), personBody(w, idx, quote));
        doc.link('SIGNED', personId(idx), id, { order, withdrawn: withdrawn ? true : undefined }, quotes);
        if (order === 1 && r.chance(0.3)) {
          const q = doc.line(`Drafted by ${who}.`);
          doc.link('AUTHORED', personId(idx), id, { order: 1 }, [q]);
        }
      }
      out.write(doc);
    });
    stats.pairBound += pairs(size);
    stats.largest.letter = Math.max(stats.largest.letter, size);
  }
}

interface Ballot { id: string; name: string; area: string; candidates: number[] }

/** One ballot's result lines, candidacies, the winner's position and the odd backing. */
function ballotLinks(w: World, doc: Doc, r: Random, b: Ballot, date: string, body: { id: string; name: string; kind: string; role: string }, kind: 'parl' | 'local', groupId: string | null, slates: Map<string, number>): void {
  const heading = doc.line(`${b.name} (${date}).`);
  const parties = [...PARTIES.keys()];
  for (let i = parties.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [parties[i], parties[j]] = [parties[j]!, parties[i]!];
  }
  parties.length = b.candidates.length;
  const votes = b.candidates.map(() => (kind === 'parl' ? r.int(300, 30000) : r.int(50, 3000))).sort((x, y) => y - x);
  const turnout = votes.reduce((s, v) => s + v, 0);
  const majority = votes[0]! - (votes[1] ?? 0);
  const winnerParty = parties[0]!;
  const result = `${PARTIES[winnerParty]} win`;
  doc.declare(b.id, `type: Election, name: ${J(b.name)}, kind: ${kind}, body: ${J(kind === 'parl' ? 'House of Commons' : body.name)}, area: ${J(b.area)}, date: ${J(date)}, majority: ${majority}, turnout: ${turnout}, result: ${J(result)}, seats: 1, evidence: [${J(heading)}]`);
  if (groupId) doc.link('PART_OF', b.id, groupId, {}, [heading]);
  b.candidates.forEach((idx, rank) => {
    const independent = r.chance(0.08);
    const label = independent ? 'Independent' : PARTIES[parties[rank]!]!;
    const { name } = personName(idx);
    const quote = doc.line(`${label} | ${name} | ${votes[rank]}`);
    doc.declare(personId(idx), personBody(w, idx, quote));
    const partyId = independent ? undefined : partyOrgId(parties[rank]!);
    if (partyId) {
      doc.declare(partyId, orgBody(PARTIES[parties[rank]!]!, 'party', quote));
      const slateKey = `${groupId ?? b.id}|${partyId}`;
      slates.set(slateKey, (slates.get(slateKey) ?? 0) + 1);
    }
    const share = Math.round((votes[rank]! / turnout) * 1000) / 10;
    doc.link('STOOD_IN', personId(idx), b.id, { label, party: partyId, votes: votes[rank], share, rank: rank + 1, elected: rank === 0 }, [quote]);
    if (rank === 0) {
      const q = doc.line(`${name} was elected for ${b.area}.`);
      doc.declare(body.id, orgBody(body.name, body.kind, q));
      doc.link('HELD_POSITION', personId(idx), body.id, { role: body.role, place: b.area, start: date }, [q]);
    }
  });
  if (b.candidates.length >= 2 && r.chance(0.1)) {
    const backer = b.candidates[1]!;
    const backed = b.candidates[0]!;
    const q = doc.line(`${personName(backer).name} backed ${personName(backed).name} in this election.`);
    doc.link('BACKED', personId(backer), personId(backed), { election: b.id }, [q]);
  }
}

function elections(w: World, out: ShardWriter, stats: Stats): void {
  const r = new Random(w.seed, 'elections');
  const ballots = Math.max(8, Math.round(w.n / 40));
  const slates = new Map<string, number>();
  // 40% parliamentary ballots: constituencies contested at every general election date.
  const constituencies = Math.max(1, Math.round((ballots * 0.4) / PARL_DATES.length));
  for (let c = 0; c < constituencies; c++) {
    const area = placeName(3, c);
    const region = c % w.regions;
    for (const date of PARL_DATES) {
      const doc = new Doc(`bench-parl-${slug(area)}-${date}`, `${area} constituency result, ${date}`, date);
      const candidates = samplePeople(w, r, r.int(4, 12), region, 0.9);
      const b: Ballot = { id: `parl.${slug(area)}.${date}`, name: `${area} constituency, general election ${date}`, area, candidates };
      ballotLinks(w, doc, r, b, date, { id: 'org:house-of-commons', name: 'House of Commons', kind: 'parliament', role: 'MP' }, 'parl', null, slates);
      out.write(doc);
    }
  }
  // 60% local ward ballots, in election days (groups) of 5–20 wards per council.
  let remaining = Math.round(ballots * 0.6);
  let council = 0;
  while (remaining > 0) {
    const councilName = placeName(4, council);
    const region = council % w.regions;
    const wards = r.int(5, 20);
    for (let y = 0; y < 6 && remaining > 0; y++) {
      const year = LOCAL_YEARS[(council + y * 4) % LOCAL_YEARS.length]!;
      const date = `${year}-05-0${r.int(1, 7)}`;
      const groupId = `local.${slug(councilName)}.${date}`;
      const doc = new Doc(`bench-local-${slug(councilName)}-${date}`, `${councilName} Council election results, ${date}`, date);
      const groupName = `${councilName} Council election`;
      const heading = doc.line(`${groupName}, ${date}.`);
      doc.declare(groupId, `type: Election, name: ${J(`${groupName} ${date}`)}, kind: local, body: ${J(`${councilName} Council`)}, area: ${J(councilName)}, date: ${J(date)}, evidence: [${J(heading)}]`);
      const everyone = samplePeople(w, r, wards * 12, region, 0.9);
      let used = 0;
      for (let ward = 0; ward < wards && remaining > 0; ward++) {
        const size = r.int(4, 12);
        const candidates = everyone.slice(used, used + size);
        used += size;
        const area = placeName(5, council * 32 + ward);
        const b: Ballot = { id: `local.${slug(councilName)}.${slug(area)}.${date}`, name: `${area} ward, ${councilName}, ${date}`, area, candidates };
        ballotLinks(w, doc, r, b, date, { id: `org:${slug(councilName)}-council`, name: `${councilName} Council`, kind: 'council', role: 'councillor' }, 'local', groupId, slates);
        remaining -= 1;
      }
      out.write(doc);
    }
    council += 1;
  }
  for (const size of slates.values()) stats.pairBound += pairs(size);
}

// ---------------------------------------------------------------- entry points

export function manifestPath(outDir: string): string {
  return join(outDir, 'manifest.json');
}

/** The manifest of a complete corpus with these parameters in outDir, or null. */
export function existingCorpus(outDir: string, people: number, seed: number): CorpusManifest | null {
  const file = manifestPath(outDir);
  if (!existsSync(file)) return null;
  const m = JSON.parse(readFileSync(file, 'utf8')) as CorpusManifest;
  return m.generatorVersion === GENERATOR_VERSION && m.people === people && m.seed === seed ? m : null;
}

export function peopleFor(scale: string, people?: number): number {
  const n = people ?? SCALES[scale];
  if (n === undefined) throw new Error(`unknown scale ${scale}; use one of ${Object.keys(SCALES).join(', ')} or give people`);
  return n;
}

/** Writes the corpus (replacing outDir) and its manifest.json; returns the manifest. */
export function generateCorpus(o: GenerateOptions): CorpusManifest {
  const t0 = Date.now();
  const n = peopleFor(o.scale, o.people);
  const seed = o.seed ?? DEFAULT_SEED;
  const log = o.log ?? (() => {});
  rmSync(o.outDir, { recursive: true, force: true });
  mkdirSync(o.outDir, { recursive: true });
  const regionSize = 500;
  const w: World = { n, seed, regionSize, regions: Math.ceil(n / regionSize), globalPerm: permutation(n, seed % 1000) };
  const out = new ShardWriter(o.outDir, o.shardRows ?? 150_000);
  const stats: Stats = { pairBound: 0, largest: { event: 0, letter: 0, party: 0, campaign: 0 } };
  log(`generating ${n} people (seed ${seed}) into ${o.outDir}`);
  regionalForums(w, out, stats);
  partiesAndUnions(w, out, stats);
  const campaignCount = campaigns(w, out, stats);
  log(`  memberships done (${out.documents} documents)`);
  elections(w, out, stats);
  log(`  elections done (${out.documents} documents)`);
  events(w, out, stats, campaignCount);
  log(`  events done (${out.documents} documents)`);
  letters(w, out, stats, campaignCount);
  out.close();
  const manifest: CorpusManifest = {
    generatorVersion: GENERATOR_VERSION,
    scale: o.scale,
    people: n,
    seed,
    shards: out.shards,
    documents: out.documents,
    bytes: out.bytes,
    entityDeclarations: out.entityDeclarations,
    links: out.links,
    totalLinks: Object.values(out.links).reduce((s, v) => s + v, 0),
    pairBound: stats.pairBound,
    largest: stats.largest,
    generateMs: Date.now() - t0,
  };
  writeFileSync(manifestPath(o.outDir), `${JSON.stringify(manifest, null, 2)}\n`);
  log(`  ${manifest.documents} documents in ${manifest.shards.length} shard(s), ${(manifest.bytes / 1e6).toFixed(1)} MB, ${manifest.totalLinks} links, pair bound ${manifest.pairBound}, in ${manifest.generateMs} ms`);
  return manifest;
}

function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2);
      out[k!] = v ?? argv[++i] ?? '';
    }
  }
  return out;
}

// `node scripts/run-ts.mjs --node-only bench/generate.ts --scale S [--people N] [--seed N] [--out DIR]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = parseArgs(process.argv.slice(2));
  const scale = args['scale'] ?? 'S';
  const { benchDataDir } = await import('./paths.js');
  generateCorpus({
    scale,
    ...(args['people'] ? { people: Number(args['people']) } : {}),
    ...(args['seed'] ? { seed: Number(args['seed']) } : {}),
    outDir: args['out'] ?? join(benchDataDir, scale, 'corpus'),
    log: (m) => process.stderr.write(`${m}\n`),
  });
}
