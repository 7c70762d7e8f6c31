import { existsSync } from 'node:fs';
import { loadCorpus } from '../extraction/resolveCorpus.js';
import { formatIssue } from '../validate/validationIssue.js';
import { CORPUS_DIR, EXTRACTION_DIR, extractionFileOf } from './repoPaths.js';

/** `tsx src/cli/validate.ts [extraction files or doc ids...]`: exit 1 on any issue. */
async function main(args: readonly string[]): Promise<number> {
  const files = args.map(extractionFileOf);
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    for (const f of missing) console.error(`${f}: no such extraction file`);
    return 2;
  }
  const result = await loadCorpus({ corpusDir: CORPUS_DIR, extractionDir: EXTRACTION_DIR, ...(files.length > 0 ? { files } : {}) });
  for (const issue of result.issues) console.log(formatIssue(issue));
  const count = (values: readonly string[]): string => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  };
  console.log(
    `${result.documents.length} documents; ${result.entities.length} entities (${count(result.entities.map((e) => e.type))}); `
    + `${result.links.length} links (${count(result.links.map((l) => l.type))}); ${result.issues.length} issues`,
  );
  return result.issues.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
