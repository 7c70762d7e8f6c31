import { ingestCli } from './ingestCli.js';

// The entry point of `npm run ingest` (package.json): the command itself is ./ingestCli.ts.
ingestCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`campaign-graph: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
