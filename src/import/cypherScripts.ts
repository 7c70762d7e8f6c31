import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../config/repoRoot.js';

export const cypherDir = join(repoRoot, 'cypher');

/**
 * Given a path relative to `cypher/`, returns its statements: the text split on semicolons
 * that end a line, with `//` comment lines removed and blank statements dropped.
 */
export function cypherStatements(relativePath: string): string[] {
  const text = readFileSync(join(cypherDir, relativePath), 'utf8');
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Given a path relative to `cypher/` holding exactly one statement, returns it. */
export function cypherStatement(relativePath: string): string {
  const statements = cypherStatements(relativePath);
  if (statements.length !== 1) throw new Error(`${relativePath} must hold exactly one statement, found ${statements.length}`);
  return statements[0]!;
}
