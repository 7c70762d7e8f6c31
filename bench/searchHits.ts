/**
 * `node scripts/run-ts.mjs bench/searchHits.ts [--scale M] [--samples 50]`
 * PROFILEs search, typed (`kinds: [PERSON]`) and untyped, at a scale of the generated corpus:
 * the db hits of the query the API sends now, against the query it sent before per-kind
 * indexes (commit 70b12a8: one index over every entity, the label filter after it, reading up
 * to 10,000 hits when kinds were given). Loads only the entity nodes of the generated corpus
 * (search reads nothing else) into a dedicated embedded Neo4j, then writes
 * bench/results/search-<scale>.md. Db hits are counts, not times, so a loaded machine does not
 * change them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedNeo4j } from '../src/embedded/embeddedNeo4j.js';
import { freePort } from '../src/embedded/portCheck.js';
import { loadCorpus } from '../src/extraction/resolveCorpus.js';
import { applySchema } from '../src/import/applySchema.js';
import { importCorpusBatched } from '../src/import/importBatched.js';
import { SEARCH_SCAN, searchEntities } from '../src/queries/searchQueries.js';
import { RecordingDatabase, profileOperation, profileQuery } from './dbHits.js';
import { DEFAULT_SEED, existingCorpus, peopleFor } from './generate.js';
import { benchDataDir, benchResultsDir } from './paths.js';
import { Random } from './prng.js';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const scale = arg('scale', 'M');
const samples = Number(arg('samples', '50'));
const log = (m: string): void => void process.stderr.write(`[search-hits ${new Date().toISOString().slice(11, 19)}] ${m}\n`);

// The search of commit 70b12a8: every word required, one index over every entity, the label
// filter after the index, and 10,000 hits read whenever kinds were given. It runs on today's
// entity_names index (Neo4j keeps one full-text index per schema, so the old analyzer's copy
// cannot sit beside it); the analyzer changes which names match, not how many hits are read.
const BEFORE_SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $scan}) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node {.*, text: null, __labels: labels(node)} AS entity, score
ORDER BY score DESC, entity.id
LIMIT $first`;
function beforeLucene(text: string): string | null {
  const words = (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => {
    const fuzzy = w.length >= 8 ? '~2' : w.length >= 4 ? '~1' : '';
    return `(${w}^4 OR ${w}*^2${fuzzy ? ` OR ${w}${fuzzy}` : ''})`;
  }).join(' AND ');
}

function typo(word: string, r: Random): string {
  if (word.length < 5) return word;
  const i = r.int(1, word.length - 2);
  return word.slice(0, i) + word.slice(i + 1);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;

async function main(): Promise<void> {
  const corpusDir = join(benchDataDir, scale, 'corpus');
  const manifest = existingCorpus(corpusDir, peopleFor(scale), DEFAULT_SEED);
  if (!manifest) throw new Error(`no generated corpus in ${corpusDir}: run npm run bench -- --scale ${scale} once (it generates it)`);
  const dataDir = join(benchDataDir, scale, `search-neo4j-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const password = `search-${process.pid}-pw`;
  const neo = new EmbeddedNeo4j({ dataDir, boltPort: await freePort(), heapMb: 2048, pagecacheMb: 1024, txTimeoutSeconds: 3600, password, startupTimeoutMs: 300_000 });
  await neo.start();
  const db = new RecordingDatabase({ uri: neo.uri, username: 'neo4j', password, database: 'neo4j', queryTimeoutMs: 600_000 });
  try {
    await applySchema(db);
    for (const shard of manifest.shards) {
      const corpus = await loadCorpus({ corpusDir: join(corpusDir, shard, 'corpus'), extractionDir: join(corpusDir, shard, 'extraction') });
      // Search reads names only: entities without their mentions, and no links.
      const nodesOnly = { ...corpus, entities: corpus.entities.map((e) => ({ ...e, mentions: [] })), links: [] };
      const stats = await importCorpusBatched(db, nodesOnly, { batchSize: 5000, prune: false, derive: false, timeoutMs: 600_000 });
      log(`${shard}: ${stats.entities.rows} nodes in ${stats.entities.ms} ms`);
    }
    await db.write('CALL db.awaitIndexes(3600)', {}, 3_700_000);
    const [counts] = await db.read('MATCH (n:Entity) RETURN count(n) AS entities, count { MATCH (p:Person) } AS people');
    const people = (await db.read('MATCH (p:Person) RETURN p.name AS name ORDER BY p.id')).map((r) => String(r.name));
    const r = new Random(DEFAULT_SEED, 'search-hits');
    // The bench's own four forms of a search (bench/sample.ts): full name, surname, typo, prefix.
    const texts = Array.from({ length: samples }, (_, i) => {
      const name = people[r.int(0, people.length - 1)]!;
      const [first = '', surname = ''] = name.split(' ');
      return [name, surname, `${first} ${typo(surname, r)}`, `${first} ${surname.slice(0, 5)}`][i % 4]!;
    });
    const rows: Array<{ text: string; beforeTyped: number; afterTyped: number; beforeAll: number; afterAll: number; sameAnyFirst: boolean }> = [];
    for (const text of texts) {
      const q = beforeLucene(text)!;
      await profileQuery(db, BEFORE_SEARCH, { query: q, labels: ['Person'], first: 10, scan: 10_000 });
      const beforeTyped = (await profileQuery(db, BEFORE_SEARCH, { query: q, labels: ['Person'], first: 10, scan: 10_000 })).dbHits;
      await profileQuery(db, BEFORE_SEARCH, { query: q, labels: null, first: 10, scan: 50 });
      const beforeAll = (await profileQuery(db, BEFORE_SEARCH, { query: q, labels: null, first: 10, scan: 50 })).dbHits;
      const afterTyped = (await profileOperation(db, (d) => searchEntities(d, text, ['Person'], 10))).dbHits;
      const afterAll = (await profileOperation(db, (d) => searchEntities(d, text, null, 10))).dbHits;
      const ten = (await searchEntities(db, text, ['Person'], 10)).map((h) => h.entity.id);
      const hundred = (await searchEntities(db, text, ['Person'], 100)).map((h) => h.entity.id);
      rows.push({ text, beforeTyped, afterTyped, beforeAll, afterAll, sameAnyFirst: ten.every((id, i) => hundred[i] === id) });
    }
    const summary = {
      scale, entities: counts?.entities, people: counts?.people, samples: rows.length,
      typed: { before: { median: median(rows.map((x) => x.beforeTyped)), max: Math.max(...rows.map((x) => x.beforeTyped)) }, after: { median: median(rows.map((x) => x.afterTyped)), max: Math.max(...rows.map((x) => x.afterTyped)) } },
      untyped: { before: { median: median(rows.map((x) => x.beforeAll)), max: Math.max(...rows.map((x) => x.beforeAll)) }, after: { median: median(rows.map((x) => x.afterAll)), max: Math.max(...rows.map((x) => x.afterAll)) } },
      firstIndependent: rows.every((x) => x.sameAnyFirst),
    };
    log(JSON.stringify(summary));
    const md = [
      `# Search db hits, scale ${scale}`, '',
      `${summary.entities} entity nodes (${summary.people} people) of the generated ${scale} corpus (seed ${DEFAULT_SEED}), nodes only; ${rows.length} searches in the bench's four forms (full name, surname, a typo, a prefix), first 10. Total PROFILE db hits of the Cypher one search sends (second, warm run). Measured by \`node scripts/run-ts.mjs bench/searchHits.ts --scale ${scale}\` on ${new Date().toISOString()}.`, '',
      '| search | before (70b12a8) median / max | after median / max |', '|---|---:|---:|',
      `| kinds: [PERSON] | ${summary.typed.before.median} / ${summary.typed.before.max} | ${summary.typed.after.median} / ${summary.typed.after.max} |`,
      `| every kind | ${summary.untyped.before.median} / ${summary.untyped.before.max} | ${summary.untyped.after.median} / ${summary.untyped.after.max} |`, '',
      `Before, a typed search read up to 10,000 index hits and filtered them by label; after, it asks the per-kind index for a constant ${SEARCH_SCAN} hits (names only, then the page in full). The first 10 hits of a typed search equal the first 10 of the same search with first: 100 for ${rows.filter((x) => x.sameAnyFirst).length} of ${rows.length} inputs.`, '',
      '| text | typed before | typed after | untyped before | untyped after |', '|---|---:|---:|---:|---:|',
      ...rows.map((x) => `| ${x.text} | ${x.beforeTyped} | ${x.afterTyped} | ${x.beforeAll} | ${x.afterAll} |`),
    ].join('\n');
    mkdirSync(benchResultsDir, { recursive: true });
    writeFileSync(join(benchResultsDir, `search-${scale}.md`), `${md}\n`);
    writeFileSync(join(benchResultsDir, `search-${scale}.json`), `${JSON.stringify({ summary, rows }, null, 2)}\n`);
  } finally {
    await db.close();
    await neo.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (err: unknown) => {
  log(`failed: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
