import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { connectForTool } from '../embedded/connectForTool.js';
import { applySchema } from '../import/applySchema.js';
import { ingestDocument, type DraftStage } from '../ingest/ingestDocument.js';
import { EXIT_CODES, IngestError } from '../ingest/ingestErrors.js';
import { InputError, readInput } from '../ingest/readInput.js';
import { formatIngestSummary } from '../ingest/summary.js';
import { log } from './runMain.js';

const USAGE = 'usage: npm run ingest -- FILE… [--title T] [--publisher P] [--published DATE] [--kind K] [--url U] [--dry-run] [--no-import]';

/** What a test may replace in the command (the real command, src/cli/ingest.ts, replaces nothing). */
export interface IngestSeams { draft?: DraftStage }

/**
 * `npm run ingest -- FILE…`: each file becomes a corpus document with a drafted, validated
 * extraction, imported alone (see src/ingest/ingestDocument.ts). Stops at the first file that
 * fails, with one line and the exit code of EXIT_CODES; files before it stay ingested.
 * Returns the exit code.
 */
export async function ingestCli(argv: string[], seams: IngestSeams = {}): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: {
      title: { type: 'string' }, publisher: { type: 'string' }, published: { type: 'string' }, kind: { type: 'string' }, url: { type: 'string' },
      'dry-run': { type: 'boolean' }, 'no-import': { type: 'boolean' },
    } });
  } catch (err) {
    process.stderr.write(`campaign-graph: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values: v, positionals: files } = parsed;
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const facts = { ...(v.title ? { title: v.title } : {}), ...(v.publisher ? { publisher: v.publisher } : {}), ...(v.published ? { published: v.published } : {}), ...(v.kind ? { kind: v.kind } : {}), ...(v.url ? { url: v.url } : {}) };
  const started = v['dry-run'] || v['no-import'] ? undefined : await connectForTool(config, log);
  try {
    if (started) await applySchema(started.db);
    for (const file of files) {
      const t0 = Date.now();
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch {
        throw new InputError('EMPTY', `${file}: cannot be read (no such file?)`);
      }
      const input = readInput(bytes, file);
      const text = input.text;
      const summary = await ingestDocument(text, input.title && !facts.title ? { ...facts, title: input.title } : facts, {
        corpusDir: config.corpusDir, extractionDir: config.extractionDir, dryRun: v['dry-run'] === true, log,
        ...(started ? { db: started.db } : {}), ...(seams.draft ? { draft: seams.draft } : {}),
      });
      process.stdout.write(`${file}\n${formatIngestSummary(summary).map((l) => `  ${l}`).join('\n')}\n`);
      log(`${file}: done in ${Date.now() - t0} ms`);
    }
    return 0;
  } catch (err) {
    if (err instanceof IngestError) {
      process.stderr.write(`campaign-graph: ${err.message}\n${err.details.map((d) => `  ${d}\n`).join('')}`);
      return EXIT_CODES[err.code];
    }
    if (err instanceof InputError) {
      process.stderr.write(`campaign-graph: ${err.message}\n`);
      return EXIT_CODES.input;
    }
    throw err;
  } finally {
    await started?.stop();
  }
}
