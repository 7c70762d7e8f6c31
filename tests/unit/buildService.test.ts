import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ESM script without types
import { ensureBuilt } from '../../scripts/build-service.mjs';
import { repoRoot } from '../../src/config/repoRoot.js';

describe('the production build (npm start runs dist/)', () => {
  it('compiles every module into dist/ with the same layout, so compiled code finds the repository root', async () => {
    await ensureBuilt({ log: () => {} });
    expect(existsSync(join(repoRoot, 'dist', 'cli', 'start.js'))).toBe(true);
    const compiled = (await import(pathToFileURL(join(repoRoot, 'dist', 'config', 'repoRoot.js')).href)) as { repoRoot: string };
    expect(compiled.repoRoot).toBe(repoRoot);
    // A second call finds the build current and does nothing.
    expect(await ensureBuilt({ log: () => {} })).toBe(false);
  });
});
