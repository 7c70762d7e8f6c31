import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config/repoRoot.js';
import config from '../../codegen.js';

describe('src/generated', () => {
  it('matches what `npm run codegen` produces from schema.graphql', async () => {
    const cwd = process.cwd();
    process.chdir(repoRoot);
    try {
      const outputs = (await generate({ ...config, silent: true }, false)) as Array<{ filename: string; content: string }>;
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const committed = readFileSync(join(repoRoot, output.filename), 'utf8');
        expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
      }
    } finally {
      process.chdir(cwd);
    }
    // Codegen loads every plugin and parses the explorer's sources: seconds on a loaded machine,
    // past vitest's 5 s default (it timed out in CI-like runs while the code was current).
  }, 60_000);
});
