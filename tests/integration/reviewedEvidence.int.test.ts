import { ApolloServer } from '@apollo/server';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftExtraction, loadGazetteer } from '../../src/draft/index.js';
import { CORPUS_DIR, EXTRACTION_DIR, importCorpusFiles } from '../../src/import/importCorpusFiles.js';
import { createLoaders } from '../../src/resolvers/loaders.js';
import { resolvers } from '../../src/resolvers/resolvers.js';
import { acceptAll } from '../../src/review/acceptDraft.js';
import { typeDefs } from '../../src/server/createApp.js';
import type { RequestContext } from '../../src/server/requestContext.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';

// A drafted document's facts are served as unreviewed (Evidence.reviewed false) next to the
// corpus's reviewed ones, and after `npm run review -- <id> --accept-all` and a re-import of that
// file they are reviewed. The document below is made up for this test, in our own words.

const DOC = '950_made-up-gala-notice';
const TEXT = `Gala platform notice

12 July 2025

Speakers include Ian Lavery MP and Tamsin Ellery of the allotment society.
`;
const db = testDatabase(60_000);
const apollo = new ApolloServer<RequestContext>({ typeDefs, resolvers });
let work = '';
let dirs = { corpusDir: '', extractionDir: '' };
let file = '';

type Ev = { quote: string; reviewed: boolean; document: { id: string } };
type PersonFacts = { mentions: Ev[]; positions: Array<{ role: string; evidence: Ev[] }> };
async function person(id: string, leaveOut: string[] = []): Promise<PersonFacts> {
  const fields = '{ quote reviewed document { id } }';
  const res = await apollo.executeOperation(
    { query: `query($id: ID!, $leaveOut: [LeaveOut!]!) { person(id: $id) { mentions(leaveOut: $leaveOut) ${fields} positions(leaveOut: $leaveOut) { role evidence ${fields} } } }`, variables: { id, leaveOut } },
    { contextValue: { db, loaders: createLoaders(db) } },
  );
  if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
  return (res.body.singleResult.data as { person: PersonFacts }).person;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'campaign-graph-reviewed-test-'));
  dirs = { corpusDir: join(work, 'corpus'), extractionDir: join(work, 'extraction') };
  cpSync(CORPUS_DIR, dirs.corpusDir, { recursive: true });
  cpSync(EXTRACTION_DIR, dirs.extractionDir, { recursive: true });
  writeFileSync(join(dirs.corpusDir, `${DOC}.txt`), TEXT);
  appendFileSync(join(dirs.corpusDir, 'documents.yaml'), `\n- id: ${DOC}\n  title: "Gala platform notice"\n  publisher: "Made-up test fixture"\n  kind: news-report\n  published: "2025-07-12"\n`);
  file = join(dirs.extractionDir, `${DOC}.yaml`);
  writeFileSync(file, draftExtraction({ document: DOC, text: TEXT, published: '2025-07-12' }, loadGazetteer(dirs.extractionDir, { excludeDocument: DOC })).yaml);
  await freshCorpusGraph(db);
  await importCorpusFiles(db, [file], dirs);
});
afterAll(async () => {
  await db.close();
  rmSync(work, { recursive: true, force: true });
});

describe('reviewed on evidence', () => {
  it('is false for the draft\'s mentions and links and true for the reviewed corpus', async () => {
    const lavery = await person('person:ian-lavery');
    const draftMentions = lavery.mentions.filter((m) => m.document.id === `doc:${DOC}`);
    expect(draftMentions.length).toBeGreaterThan(0);
    expect(draftMentions.every((m) => !m.reviewed)).toBe(true);
    const corpusMentions = lavery.mentions.filter((m) => m.document.id !== `doc:${DOC}`);
    expect(corpusMentions.length).toBeGreaterThan(0);
    expect(corpusMentions.every((m) => m.reviewed)).toBe(true);
    const evidence = lavery.positions.flatMap((p) => p.evidence);
    expect(evidence.filter((e) => e.document.id === `doc:${DOC}`).map((e) => [e.quote, e.reviewed])).toEqual([['Ian Lavery MP', false]]);
    expect(evidence.filter((e) => e.document.id !== `doc:${DOC}`).every((e) => e.reviewed)).toBe(true);
    const ellery = await person('person:tamsin-ellery');
    expect(ellery.mentions.map((m) => m.reviewed)).toEqual([false]);
  });

  it('leaveOut: [UNREVIEWED] leaves out exactly the draft\'s quotes and the facts only the draft states', async () => {
    const all = await person('person:ian-lavery');
    const reviewed = await person('person:ian-lavery', ['UNREVIEWED']);
    expect(reviewed.mentions).toEqual(all.mentions.filter((m) => m.document.id !== `doc:${DOC}`));
    const withoutDraft = all.positions
      .map((p) => ({ ...p, evidence: p.evidence.filter((e) => e.document.id !== `doc:${DOC}`) }))
      .filter((p) => p.evidence.length > 0);
    expect(reviewed.positions).toEqual(withoutDraft);
    expect(withoutDraft.length).toBeGreaterThan(0);
    expect((await person('person:tamsin-ellery', ['UNREVIEWED'])).mentions).toEqual([]);
  });

  it('is true for every fact once the draft is accepted and its file re-imported', async () => {
    writeFileSync(file, acceptAll(readFileSync(file, 'utf8')).text);
    await importCorpusFiles(db, [file], dirs);
    const lavery = await person('person:ian-lavery');
    expect(lavery.mentions.some((m) => m.document.id === `doc:${DOC}`)).toBe(true);
    expect([...lavery.mentions, ...lavery.positions.flatMap((p) => p.evidence)].every((e) => e.reviewed)).toBe(true);
    expect((await person('person:tamsin-ellery')).mentions.map((m) => m.reviewed)).toEqual([true]);
    const [node] = await db.read('MATCH (p:Person {id: $id}) RETURN p.reviewed AS reviewed', { id: 'person:tamsin-ellery' });
    expect(node!.reviewed).toBeNull();
  });
});
