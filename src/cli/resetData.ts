import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config/config.js';
import { assertPortFree } from '../embedded/portCheck.js';

// `npm run db:reset -- --yes`: the one command that deletes the embedded database
// (DATA_DIR/neo4j). The password file stays, so clients keep working after the next start.
async function main(args: string[]): Promise<string> {
  const config = loadConfig();
  if (config.target.mode !== 'embedded') {
    throw new Error('NEO4J_URI is set: db:reset only deletes the embedded database. Clear an external database with Cypher yourself.');
  }
  const dir = join(config.target.dataDir, 'neo4j');
  if (!existsSync(dir)) return `nothing to delete: ${dir} does not exist`;
  if (!args.includes('--yes')) {
    throw new Error(`this deletes every node and relationship in ${dir}. Run again with --yes to confirm: npm run db:reset -- --yes`);
  }
  // Kept in a const: TypeScript does not carry the narrowing of config.target into the callback.
  const { boltPort } = config.target;
  await assertPortFree('127.0.0.1', boltPort, 'EMBEDDED_BOLT_PORT').catch(() => {
    throw new Error(`Neo4j is running on port ${boltPort}; stop npm start before resetting.`);
  });
  rmSync(dir, { recursive: true, force: true });
  return `deleted ${dir}; the next npm start creates an empty database and imports the corpus`;
}

main(process.argv.slice(2)).then(
  (message) => {
    process.stderr.write(`[campaign-graph] ${message}\n`);
    process.exit(0);
  },
  (err: unknown) => {
    process.stderr.write(`campaign-graph: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
