import { mulberry32 } from '../../bench/prng.js';

// A seeded generator of hostile GraphQL requests over the real schema (schema.graphql), for
// tests/e2e/fuzz.e2e.test.ts. Everything random comes from one PRNG, so a seed and a case
// number reproduce a request exactly.

/** The benchmark generator's mulberry32: the same seed gives the same sequence everywhere. */
export const prng = mulberry32;

/** One generated request: the JSON body to POST, and what kind of case it is (for the tallies). */
export interface FuzzCase {
  kind: string;
  body: { query: string; variables?: Record<string, unknown>; operationName?: string };
}

type Rand = () => number;

class Gen {
  constructor(readonly r: Rand) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  repeat(s: string, length: number): string {
    return s.repeat(Math.ceil(length / Math.max(1, s.length))).slice(0, length);
  }
}

// Inputs no client should send. None contains the words the test looks for in answers as signs
// of leaked internals (see INTERNALS in guardedFetch.ts), so an echo of the input is never
// mistaken for a leak.
const METACHARACTERS = ['"', ')', ']', '}', '~', '*', '?', '\\', "'", ' OR 1=1 //', '//', '/*', '*/', '`', '$', '{', '(', '[', ':', '^', '!', '+', '-', '&&', '||', '<', '>', ';', '%', '\u0000', '\n', '\r\n', '\t'];
const INJECTIONS = [
  "' OR 1=1 //",
  '" ) ] } ~ * ? \\ \' OR 1=1 //',
  "x'}) MATCH (n) DETACH DELETE n //",
  'person:ian-lavery"}) DETACH DELETE n RETURN 1 //',
  "}) CALL dbms.components() YIELD name RETURN name //",
  'CALL apoc.util.sleep(60000)',
  'name:* OR id:*',
  '*:*',
  'lavery~0.1',
  '"lavery" AND NOT "x"',
  '(((((((((((',
  ')))))))))))',
  '/.*/',
  '\\u0000\\u0000',
  '$where',
  '${jndi:ldap://127.0.0.1/x}',
  '../../../../etc/passwd',
  '%00%27%22',
  'Lavery\u0000',
  '\u0000',
  '🙂🙃 Lavery 🚩',
  '\u202e\u2066 Lavalette',
  'Ｌａｖｅｒｙ',
  'ǅ ß İ ﬁ',
  '\ud800',
];
const WORDS = ['Lavery', 'Lavalette', 'Iain Feguson', 'Corbyn', 'Preston', 'Stop the War', 'Respect', 'Labour', 'Galloway', 'McDonnell'];
const VALID_IDS = [
  'person:ian-lavery', 'person:michael-lavalette', 'person:jeremy-corbyn', 'person:john-mcdonnell', 'person:richard-burgon',
  'parl.preston.2005-05-05', 'parl.preston.2024-07-04', 'parl.wansbeck.2015-05-07', 'local.preston.2025-05-01',
  'statement:stop-the-war-ukraine-2022', 'event:swan-conference-liverpool', 'org:labour-party', 'doc:000_cdae2d0373aead64',
];
const VALID_DATES = ['2021', '2021-05', '2022-04-30', '2005-05-05', '1900', '2099-12-31', '2024-02-29'];
const BAD_DATES = ['2021-13', '2021-02-30', '2023-02-29', '99999', '', '2021-5', '21', '2021-05-01T00:00:00Z', 'yesterday', '0000', '-2021', '2021/05/01', '２０２１', ' 2021', '2021-00', '2021-05-00', '2021-05-32', '1e3'];
const BIG_INTS = [0, 1, 2, 5, 10, 20, 50, 99, 100, 101, 1000, 65535, 1e6, 1e9, 2147483647, 2147483648, 9007199254740991, 1e21, -1, -2, -100, -2147483648, -2147483649];
const ENTITY_KINDS = ['PERSON', 'ORGANISATION', 'EVENT', 'STATEMENT', 'ELECTION', 'DOCUMENT'];
const ACTIVITY_KINDS = ['EVENT', 'STATEMENT', 'SLATE', 'BACKING', 'CAMPAIGN'];
const UNKNOWN_FIELDS = ['password', 'id2', 'nodes', 'deleteAll', 'importCorpus', 'admin', 'query', 'where', 'x', '__proto__', 'constructor', 'toString', 'évènement'];

/** A value of the wrong JSON type for anything (so GraphQL must refuse it). */
function wrongValue(g: Gen): unknown {
  return g.pick<unknown>([true, false, 3.5, -0.5, { a: 1 }, [1, 2], [['x']], JSON.parse('{"__proto__": {"polluted": true}}'), 'NaN', '10', '', 12, null]);
}

function text(g: Gen): string {
  const k = g.int(0, 9);
  if (k === 0) return g.pick(WORDS);
  if (k === 1) return g.pick(INJECTIONS);
  if (k === 2) return Array.from({ length: g.int(1, 30) }, () => g.pick(METACHARACTERS)).join('');
  if (k === 3) return g.repeat(g.pick([...WORDS, ...METACHARACTERS, 'a', '🙂', '\u0000']), g.int(10_000, 40_000));
  if (k === 4) return g.repeat(g.pick(WORDS) + ' ', g.int(150, 260));
  if (k === 5) return `${g.pick(WORDS)} ${g.pick(INJECTIONS)}`;
  if (k === 6) return '';
  if (k === 7) return Array.from({ length: g.int(1, 40) }, () => String.fromCodePoint(g.pick([g.int(0, 0x7f), g.int(0x80, 0xffff), g.int(0x1f300, 0x1faff)]))).join('').replace(/[\ud800-\udfff]/g, '?');
  if (k === 8) return Array.from({ length: 40 }, () => g.pick(WORDS)).join(' ');
  return g.pick(WORDS).slice(0, g.int(1, 6));
}

function id(g: Gen): string {
  const k = g.int(0, 8);
  if (k <= 2) return g.pick(VALID_IDS);
  if (k === 3) return `${g.pick(['person:', 'org:', 'event:', 'statement:', 'doc:', 'parl.', 'local.', ''])}${text(g)}`;
  if (k === 4) return g.pick(INJECTIONS);
  if (k === 5) return `person:${g.repeat('a', g.int(10_000, 20_000))}`;
  if (k === 6) return `person:${Math.floor(g.r() * 1e9).toString(36)}`;
  if (k === 7) return g.pick(VALID_IDS).toUpperCase();
  return `${g.pick(VALID_IDS)}${g.pick(METACHARACTERS)}`;
}

function date(g: Gen): string {
  const k = g.int(0, 4);
  if (k <= 1) return g.pick(VALID_DATES);
  if (k === 2) return g.pick(BAD_DATES);
  if (k === 3) return g.repeat('2021-', g.int(11, 20_000));
  return g.pick(INJECTIONS);
}

function cursor(g: Gen): string {
  const k = g.int(0, 4);
  if (k === 0) return Buffer.from(`k:${text(g)}`, 'utf8').toString('base64url');
  if (k === 1) return Buffer.from(text(g), 'utf8').toString('base64url');
  if (k === 2) return g.repeat('QUFB', g.int(900, 20_000));
  if (k === 3) return g.pick(INJECTIONS);
  return Buffer.from(`k:${g.pick(['', '~', '\uffff', '0', 'zzzz', g.pick(VALID_IDS)])}`, 'utf8').toString('base64url');
}

function int(g: Gen): number {
  return g.chance(0.8) ? g.pick(BIG_INTS) : g.int(-50, 150);
}

type ArgType = 'ID!' | 'String!' | 'String' | 'PartialDate' | 'Int' | '[EntityKind!]' | '[ActivityKind!]';

/** Given an argument type, a value for it: usually of the right type (valid or hostile), sometimes of the wrong one. */
function argValue(g: Gen, type: ArgType, name: string): unknown {
  if (g.chance(0.07)) return wrongValue(g);
  if (g.chance(0.03)) return null;
  switch (type) {
    case 'ID!':
      return id(g);
    case 'String!':
    case 'String':
      return name === 'after' ? cursor(g) : text(g);
    case 'PartialDate':
      return date(g);
    case 'Int':
      return name === 'maxHops' ? g.pick([-1, 0, 1, 2, 3, 4, 5, 6, 7, 100, 2147483647]) : int(g);
    case '[EntityKind!]':
      return g.chance(0.8) ? Array.from({ length: g.int(0, 7) }, () => g.pick(ENTITY_KINDS)) : [g.pick(['PERSONS', 'person', 'Person', '', 'ELECTION; DROP'])];
    case '[ActivityKind!]':
      return g.chance(0.8) ? Array.from({ length: g.int(0, 6) }, () => g.pick(ACTIVITY_KINDS)) : [g.pick(['SIGNED', 'event', ''])];
  }
}

/** A GraphQL literal for a JSON value (strings as JSON strings, which GraphQL reads the same way). */
function literal(value: unknown, enumType: boolean): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return enumType && /^[A-Za-z_]\w*$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, enumType)).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${/^[A-Za-z_]\w*$/.test(k) ? k : 'k'}: ${literal(v, enumType)}`).join(', ')}}`;
}

interface FieldSpec {
  args: Record<string, ArgType>;
  selections: string[];
}

const ENTITY_SELECTION = '{ __typename id name kind aliases }';
const FIELDS: Record<string, FieldSpec> = {
  status: { args: {}, selections: ['{ serverVersion edition nodeCount relationshipCount }'] },
  entity: { args: { id: 'ID!' }, selections: [ENTITY_SELECTION, '{ id ... on Person { born { value precision } positions { role organisation { name } } } ... on Election { candidacies { votes person { name } } } }', '{ mentions { quote start end document { id } } }'] },
  person: { args: { id: 'ID!' }, selections: ['{ id name misspellings opponents { person { id } elections { id } } }', '{ timeline { date { value } relation summary entity { id } } }', '{ activities(first: 5) { totalCount edges { cursor node { role activity { id } } } } }', '{ campaignedWith(first: 3) { totalCount edges { node { id } } } }'] },
  organisation: { args: { id: 'ID!' }, selections: ['{ id name members(first: 5) { totalCount edges { node { member { id } } } } }', '{ officeHolders { totalCount } }'] },
  event: { args: { id: 'ID!' }, selections: ['{ id name date { value } participants { totalCount edges { node { role participant { id } } } } }'] },
  statement: { args: { id: 'ID!' }, selections: ['{ id issuers { id } authors { id } signatories(first: 3) { totalCount edges { node { order withdrawn } } } }'] },
  election: { args: { id: 'ID!' }, selections: ['{ id name majority turnoutPct candidacies { votes share rank elected person { id } party { id } } partOf { id } ballots { id } }'] },
  document: { args: { id: 'ID!' }, selections: ['{ id title published { value } supports(first: 3) { totalCount edges { node { relation from { id } to { id } } } } }'] },
  search: { args: { text: 'String!', kinds: '[EntityKind!]', first: 'Int' }, selections: ['{ score entity { id name } }', `{ entity ${ENTITY_SELECTION} }`] },
  campaignedWith: { args: { personId: 'ID!', from: 'PartialDate', to: 'PartialDate', activityKinds: '[ActivityKind!]', first: 'Int', after: 'String' }, selections: ['{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } sharedCount strength firstDate lastDate } }', '{ edges { activities { activityKind role otherRole evidence { quote } } } }'] },
  paths: { args: { fromId: 'ID!', toId: 'ID!', maxHops: 'Int', first: 'Int', from: 'PartialDate', to: 'PartialDate' }, selections: ['{ nodes { id } relations { type from to evidence { quote } } }'] },
  elections: { args: { area: 'String', date: 'PartialDate', first: 'Int', after: 'String' }, selections: ['{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } }'] },
  events: { args: { from: 'PartialDate', to: 'PartialDate', first: 'Int', after: 'String' }, selections: ['{ totalCount pageInfo { endCursor } edges { cursor node { id name date { value } } } }'] },
  statements: { args: { from: 'PartialDate', to: 'PartialDate', first: 'Int', after: 'String' }, selections: ['{ totalCount edges { cursor node { id name } } }'] },
  documents: { args: {}, selections: ['{ id title documentKind }'] },
};
const FIELD_NAMES = Object.keys(FIELDS);

/** One top-level field with arguments as literals or variables (declared right or wrong), and a selection. */
function fieldCase(g: Gen, vars: Record<string, unknown>, decls: string[], alias = ''): string {
  const name = g.pick(FIELD_NAMES);
  const spec = FIELDS[name]!;
  const args: string[] = [];
  for (const [arg, type] of Object.entries(spec.args)) {
    const required = type.endsWith('!') && !type.startsWith('[');
    if (!required && g.chance(0.4)) continue;
    if (required && g.chance(0.02)) continue; // a missing required argument
    const value = argValue(g, type, arg);
    if (g.chance(0.5)) {
      const v = `v${decls.length}`;
      // Usually the right type; sometimes a wrong or weaker one (a validation error).
      const declared = g.chance(0.9) ? type : g.pick(['String', 'Int', 'ID', 'PartialDate', 'Boolean', '[String]', 'EntityKind', 'Float!']);
      decls.push(`$${v}: ${declared}`);
      if (!g.chance(0.03)) vars[v] = value; // else: a declared variable with no value
      args.push(`${arg}: $${v}`);
    } else {
      args.push(`${arg}: ${literal(value, type.includes('Kind'))}`);
    }
  }
  if (g.chance(0.03)) args.push(`${g.pick(UNKNOWN_FIELDS)}: 1`);
  let selection = g.pick(spec.selections);
  if (g.chance(0.05)) selection = selection.replace(/\}$/, ` ${g.pick(UNKNOWN_FIELDS)} }`);
  if (g.chance(0.02)) selection = '';
  return `${alias}${name}${args.length ? `(${args.join(', ')})` : ''} ${selection}`;
}

function operation(g: Gen, fields: string[], decls: string[]): string {
  const head = decls.length > 0 || g.chance(0.3) ? `query Fuzz${decls.length ? `(${decls.join(', ')})` : ''} ` : '';
  return `${head}{ ${fields.join('\n')} }`;
}

/** Nested co-campaigners `depth` levels deep (each level is 3 levels of selection). */
function deepCampaigned(depth: number): string {
  let inner = '{ id name }';
  for (let i = 0; i < depth; i += 1) inner = `{ id campaignedWith(first: 2) { edges { node ${inner} } } }`;
  return `{ person(id: "person:ian-lavery") ${inner} }`;
}

function deepEntity(depth: number): string {
  let inner = '{ id }';
  for (let i = 0; i < depth; i += 1) inner = `{ id ... on Election { ${i % 2 ? 'partOf' : 'ballots'} ${inner} } }`;
  return `{ election(id: "local.preston.2025-05-01") ${inner} }`;
}

/** The case numbered `index` of the run seeded `seed`: independent of every other case. */
export function fuzzCase(seed: number, index: number): FuzzCase {
  const g = new Gen(prng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0));
  const k = g.int(0, 99);
  const vars: Record<string, unknown> = {};
  const decls: string[] = [];
  if (k < 55) {
    const fields = [fieldCase(g, vars, decls)];
    if (g.chance(0.2)) fields.push(fieldCase(g, vars, decls, 'second: '));
    return { kind: 'fields', body: { query: operation(g, fields, decls), variables: vars } };
  }
  if (k < 63) {
    const n = g.pick([2, 5, 14, 15, 16, 30, 100, 500]);
    const field = g.pick(['status { nodeCount }', 'documents { id }', 'search(text: "Lavery", first: 100) { score }', 'person(id: "person:ian-lavery") { name }', '__typename', 'paths(fromId: "person:michael-lavalette", toId: "person:ian-lavery", maxHops: 6, first: 100) { nodes { id } }']);
    return { kind: 'alias bomb', body: { query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }` } };
  }
  if (k < 71) {
    const query = g.chance(0.5) ? deepCampaigned(g.int(1, 12)) : deepEntity(g.int(1, 12));
    return { kind: 'deep nesting', body: { query } };
  }
  if (k < 77) {
    const n = g.int(1, 40);
    const directive = g.pick(['@include(if: true)', '@skip(if: false)', '@deprecated', '@unknown', '@include(if: "yes")', '@skip']);
    return { kind: 'directives', body: { query: `{ status ${Array.from({ length: n }, () => directive).join(' ')} { nodeCount } }` } };
  }
  if (k < 83) {
    const query = g.pick([
      'mutation { importCorpus }',
      'mutation M { deleteAll(confirm: true) }',
      'subscription { status { nodeCount } }',
      '{ ...F } fragment F on Query { ...F }',
      '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
      'query A { status { edition } } query A { documents { id } }',
      'query A { status { edition } } query B { documents { id } }',
      '{ __schema { types { name kind fields { name args { name type { name kind ofType { name kind ofType { name } } } } } } } }',
      '{ __type(name: "Person") { fields { name type { name ofType { name ofType { name ofType { name } } } } } } }',
      '{ status { nodeCount nodeCount nodeCount } }',
      '{ search(text: "Lavery") { score } search(text: "Corbyn") { score } }',
      '{ entity(id: "person:ian-lavery") { ... on Person { name } ... on Person { name: id } } }',
      '{ person(id: "person:ian-lavery") { campaignedWith(first: 100) { edges { node { campaignedWith(first: 100) { edges { node { campaignedWith(first: 100) { totalCount } } } } } } } } }',
      `{ ${g.repeat('status { nodeCount } ', g.int(100, 1200))} }`,
      `{ ${g.pick(UNKNOWN_FIELDS)} }`,
      `{ ${g.repeat('x', g.int(10_000, 30_000))} }`,
      `{ search(text: """${g.pick(INJECTIONS).replace(/"""/g, '')}""") { score } }`,
      `{ status { nodeCount } } # ${g.repeat('comment ', 3000)}`,
    ]);
    return { kind: 'operations', body: { query, ...(g.chance(0.3) ? { operationName: g.pick(['A', 'B', 'Nope', '', 'Fuzz']) } : {}) } };
  }
  // Syntax soup: GraphQL punctuation and keywords in random order.
  const tokens = ['{', '}', '(', ')', '[', ']', ':', '$', '@', '...', '!', '=', '|', '&', 'query', 'mutation', 'fragment', 'on', 'search', 'status', 'person', 'id', 'first', '"x"', '"""', '1', '-1', '1.5e9', 'true', 'null', '#', '\\', '"', "'", ',', '\u0000', '🙂', 'text:', '"Lavery"'];
  const length = g.int(0, 60);
  return { kind: 'syntax soup', body: { query: Array.from({ length }, () => g.pick(tokens)).join(g.pick([' ', '', '\n'])) } };
}
