import { readdir } from 'node:fs/promises';
import { coverageReport } from '../validate/coverage.js';
import { CORPUS_DIR, EXTRACTION_DIR, docIdOf } from './repoPaths.js';

async function allDocIds(): Promise<string[]> {
  const names = await readdir(CORPUS_DIR).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.txt')).sort().map(docIdOf);
}

/** `tsx src/cli/coverage.ts [doc ids or files...]`: lists uncovered name-like spans; exit 1 if any. Notes do not fail. */
async function main(args: readonly string[]): Promise<number> {
  const docs = args.length > 0 ? [...new Set(args.map(docIdOf))] : await allDocIds();
  const report = await coverageReport({ corpusDir: CORPUS_DIR, extractionDir: EXTRACTION_DIR, docs });
  let uncovered = 0;
  for (const doc of report) {
    for (const unused of doc.unusedIgnores) {
      console.log(`${doc.extractionFile}:${unused.line}: note: ignore entry ${JSON.stringify(unused.span)} matches no name-like span`);
    }
    if (doc.uncovered.length === 0) continue;
    const note = doc.extractionFile === null ? ' (no extraction file)' : '';
    console.log(`# ${doc.doc}: ${doc.uncovered.length} uncovered of ${doc.spanCount} name-like spans${note}`);
    for (const span of doc.uncovered) console.log(`${doc.textFile}:${span.line}: ${JSON.stringify(span.text)}`);
    uncovered += doc.uncovered.length;
  }
  const complete = report.filter((d) => d.uncovered.length === 0).length;
  console.log(`${report.length} documents; ${complete} fully covered; ${uncovered} uncovered spans`);
  return uncovered > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 2;
}
