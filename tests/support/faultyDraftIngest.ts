import { ingestCli } from '../../src/cli/ingestCli.js';
import { faultyDraft } from './faultyDraft.js';

// `npm run ingest` with one stage replaced: the drafting stage is tests/support/faultyDraft.ts's,
// whose drafts fail validation. Everything else (arguments, database, reporting, exit code) is
// the real command's. Used by tests/e2e/ingestDraftInvalid.e2e.test.ts only.
ingestCli(process.argv.slice(2), { draft: faultyDraft }).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`campaign-graph: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
