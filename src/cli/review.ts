import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { acceptAll, pendingItems } from '../review/acceptDraft.js';
import { extractionFileOf } from './repoPaths.js';

const USAGE = 'usage: npm run review -- <document id | extraction/<id>.yaml> [--accept-all]';

/**
 * `npm run review -- <id>` lists the items of extraction/<id>.yaml still marked `reviewed: false`
 * (line, confidence, proposing rule), most doubtful first; `--accept-all` marks them all reviewed
 * in the file (written through a temporary file and a rename). Loading the change into the graph
 * is `npm run import`'s job. Exit codes: 0 done, 2 usage or no such file.
 */
function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { 'accept-all': { type: 'boolean' } } });
  } catch (err) {
    process.stderr.write(`campaign-graph: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.positionals.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const file = extractionFileOf(parsed.positionals[0]!);
  if (!existsSync(file)) {
    process.stderr.write(`campaign-graph: ${file}: no such extraction file\n`);
    return 2;
  }
  const text = readFileSync(file, 'utf8');
  const pending = pendingItems(text);
  if (!parsed.values['accept-all']) {
    const doubtful = [...pending].sort((a, b) => (a.confidence ?? 1) - (b.confidence ?? 1) || a.line - b.line);
    for (const p of doubtful) {
      process.stdout.write(`${file}:${p.line}: ${p.label}  confidence ${p.confidence ?? '-'}  by ${p.proposedBy ?? '-'}\n`);
    }
    process.stdout.write(`${pending.length} unreviewed item(s); correct or delete them in the file, then: npm run review -- ${path.basename(file, '.yaml')} --accept-all\n`);
    return 0;
  }
  const result = acceptAll(text);
  if (result.accepted > 0) {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
      writeFileSync(tmp, result.text, { encoding: 'utf8', flag: 'wx' });
      renameSync(tmp, file);
    } finally {
      rmSync(tmp, { force: true });
    }
  }
  process.stdout.write(`${file}: ${result.accepted} item(s) marked reviewed; now run npm run validate and npm run import to load the change\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
