import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Given the data directory and an optional configured password, returns the password the
 * embedded Neo4j uses: the configured one, else the one generated on first run and kept in
 * `<dataDir>/neo4j-password` (mode 0600) so analysts can read it and reconnect.
 */
export function embeddedPassword(dataDir: string, configured: string | undefined): string {
  if (configured) {
    if (configured.length < 8) throw new Error('NEO4J_PASSWORD must be at least 8 characters for the embedded Neo4j');
    return configured;
  }
  const file = passwordFile(dataDir);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const generated = randomBytes(18).toString('base64url');
  writeFileSync(file, `${generated}\n`, { mode: 0o600 });
  return generated;
}

export function passwordFile(dataDir: string): string {
  return join(dataDir, 'neo4j-password');
}
