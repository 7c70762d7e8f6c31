import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { draftExtraction } from '../draft/draftExtraction.js';
import { f1, precision, qualityRows, qualityTable, recall } from '../draft/eval/formatReport.js';
import { runEval, type EvalResult } from '../draft/eval/runEval.js';
import { loadGazetteer } from '../draft/gazetteer.js';
import { CORPUS_DIR, EXTRACTION_DIR, REPO_ROOT } from './repoPaths.js';

const USAGE = 'usage: npm run extraction:eval [-- --speed] [--no-write]';
const SPEED_DOC = '004_d9ca3ea79ec72c5c';
const SPEED_CHARS = 30_000;
/** Documents held out from rule development, with files reviewed before any draft of them (its README). */
const HELDOUT_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'heldout');

const IN_SAMPLE = `Each reviewed document in \`corpus/\` is drafted from its raw text by \`src/draft/\` with a
gazetteer built from the **other** documents' extraction files only (leave-one-out: the
document's own file is never opened before its draft is finished), then compared with its
reviewed file in \`extraction/\`. These are the documents the rules were developed on, so this
table is **in-sample** for the rules (linking is leave-one-out); the out-of-sample table is
\`docs/extraction-quality-heldout.md\`.`;
const HELD_OUT = `**Out of sample.** The documents of \`tests/fixtures/heldout/\` (made up, written in our own
words, each with an extraction file reviewed by hand before the extractor was run on it, and held
out from rule development: see its README) are drafted with a gazetteer of the whole reviewed
corpus (\`extraction/\`, as an ingest would use), then compared with their reviewed files. The
in-sample table is \`docs/extraction-quality.md\`. Few documents: read the counts, not only the ratios.`;

/** Median drafting time of the first 30,000 characters of the longest corpus document (gazetteer built beforehand). */
function speed(): { chars: number; runs: number[]; medianMs: number } {
  const text = readFileSync(path.join(CORPUS_DIR, `${SPEED_DOC}.txt`), 'utf8').slice(0, SPEED_CHARS);
  const gazetteer = loadGazetteer(EXTRACTION_DIR, { excludeDocument: SPEED_DOC });
  draftExtraction({ document: SPEED_DOC, text }, gazetteer); // warm-up: module loading and JIT are not drafting
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    draftExtraction({ document: SPEED_DOC, text, published: '2022' }, gazetteer);
    runs.push(Math.round(performance.now() - t0));
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { chars: text.length, runs, medianMs: sorted[2] ?? 0 };
}

function markdown(r: EvalResult, table: string, how: string, title: string): string {
  const docs = r.documents.map((d) => `| ${d.document} | ${d.chars} | ${Math.round(d.draftMs)} | ${d.validationIssues} |`).join('\n');
  const list = (xs: readonly string[]): string => (xs.length === 0 ? 'none' : xs.map((x) => `\n- ${x}`).join(''));
  return `# ${title}

Produced by \`npm run extraction:eval\` (src/cli/evalExtraction.ts); do not edit by hand.

${how}

- Entities match by id, else by a shared normalised name or alias of the same type; events,
  statements and elections (which a drafter names after the text's headings) also match when
  their evidence quotes overlap the reviewed entity's in the text. Each reviewed entity is
  matched once.
- Links match by type, both ends (after entity matching) and role.
- Linking: of the drafted entities linked to an existing gazetteer entry, the share the reviewed
  file also names (same id). A merge is a drafted link or entity that puts two different
  reviewed people under one id.

${table}

Per document (drafting time excludes building the gazetteer; validation issues are those of
\`npm run validate\` on the draft, run in memory next to the other files):

| document | characters | draft ms | validation issues |
|---|---:|---:|---:|
${docs}

Wrong links: ${list(r.linking.wrong)}

Merges of two real people: ${list(r.linking.merges)}
`;
}

function main(args: readonly string[]): number {
  const unknown = args.filter((a) => a !== '--speed' && a !== '--no-write');
  if (unknown.length > 0) {
    console.error(`unknown argument ${unknown.join(' ')}\n${USAGE}`);
    return 2;
  }
  const progress = (doc: string, i: number, n: number): void => void process.stderr.write(`drafting ${doc} (${i + 1}/${n})\n`);
  const inSample = runEval({ corpusDir: CORPUS_DIR, extractionDir: EXTRACTION_DIR, onDocument: progress });
  const heldOut = runEval({ corpusDir: path.join(HELDOUT_DIR, 'corpus'), extractionDir: path.join(HELDOUT_DIR, 'extraction'), gazetteerDir: EXTRACTION_DIR, onDocument: progress });
  const reports = [
    { result: inSample, name: 'extraction-quality', title: 'Extraction quality (in-sample: the corpus)', how: IN_SAMPLE },
    { result: heldOut, name: 'extraction-quality-heldout', title: 'Extraction quality (out-of-sample: held-out documents)', how: HELD_OUT },
  ];
  for (const { result, name, title, how } of reports) {
    const table = qualityTable(result);
    console.log(`\n${title}\n\n${table}`);
    if (args.includes('--no-write')) continue;
    const json = {
      command: 'npm run extraction:eval', sample: name.endsWith('heldout') ? 'out-of-sample' : 'in-sample',
      rows: qualityRows(result).map((r) => ({ ...r, precision: precision(r.counts), recall: recall(r.counts), f1: f1(r.counts) })),
      linking: result.linking, exactVotes: result.exactVotes,
      documents: result.documents.map((d) => ({ document: d.document, chars: d.chars, draftMs: Math.round(d.draftMs), validationIssues: d.validationIssues })),
    };
    writeFileSync(path.join(REPO_ROOT, 'docs', `${name}.md`), markdown(result, table, how, title));
    writeFileSync(path.join(REPO_ROOT, 'docs', `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
    console.log(`\nwrote docs/${name}.md and docs/${name}.json`);
  }
  if (args.includes('--speed')) {
    const s = speed();
    console.log(`\nspeed: drafting ${s.chars} characters of corpus/${SPEED_DOC}.txt took ${s.medianMs} ms (median of ${s.runs.join(', ')} ms; target ≤ 5000 ms)`);
  }
  const invalid = [...inSample.documents, ...heldOut.documents].filter((d) => d.validationIssues > 0);
  if (invalid.length > 0) console.error(`drafts that fail validation (a bug): ${invalid.map((d) => d.document).join(', ')}`);
  return invalid.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
