import { existsSync, readFileSync } from 'node:fs';
import { acceptAll } from '../ingest/acceptAll.js';
import { atomicWrite } from '../ingest/fileJournal.js';
import { extractionFileOf } from './repoPaths.js';

const USAGE = 'usage: npm run review -- <document id | extraction file> --accept-all';

/**
 * `npm run review -- <id> --accept-all`: after a person has corrected or deleted the draft's
 * wrong items by hand, marks every remaining unreviewed entity and link of extraction/<id>.yaml
 * reviewed (written atomically). `npm run import` then loads the change.
 */
function main(args: string[]): number {
  const targets = args.filter((a) => a !== '--accept-all');
  if (!args.includes('--accept-all') || targets.length !== 1 || targets[0]?.startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const file = extractionFileOf(targets[0] ?? '');
  if (!existsSync(file)) {
    process.stderr.write(`campaign-graph: no such extraction file: ${file}\n`);
    return 3;
  }
  const { yaml, accepted } = acceptAll(readFileSync(file, 'utf8'), file);
  if (accepted > 0) atomicWrite(file, yaml);
  process.stdout.write(`${file}: ${accepted} item(s) marked reviewed; run \`npm run import\` to load the change\n`);
  return 0;
}

try {
  process.exit(main(process.argv.slice(2)));
} catch (err) {
  process.stderr.write(`campaign-graph: ${(err as Error).message}\n`);
  process.exit(1);
}
