import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { publicExports, valueNames } from '../../../test-support/public-exports.js';

const ENTRY = fileURLToPath(new URL('./index.ts', import.meta.url));

describe('the public exports of @detainer-kit/sdk', () => {
  const names = publicExports(ENTRY);

  it('are the committed list (a deliberate change updates it with `npx vitest run -u`)', async () => {
    await expect(`${names.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/exports.txt');
  });

  it('match what the module exports at run time', async () => {
    const runtime = Object.keys(await import('./index.js')).sort();
    expect(runtime).toEqual(valueNames(names));
  });
});
