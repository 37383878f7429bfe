import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const examplePath = new URL('../examples/drive-a-case.ts', import.meta.url);
const READMES = {
  'the root README': new URL('../../../README.md', import.meta.url),
  "the package's README": new URL('../README.md', import.meta.url),
};

describe('README example', () => {
  it.each(Object.entries(READMES))('appears in %s exactly as the tested file', (_name, readmePath) => {
    const example = readFileSync(examplePath, 'utf8').trim();
    expect(readFileSync(readmePath, 'utf8')).toContain(`\`\`\`ts\n${example}\n\`\`\``);
  });

  it('drives a case to the outcomes its comments promise', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('../examples/drive-a-case.js');
    expect(log.mock.calls).toEqual([['2024-03-09T22:00:00.000Z'], ['released-hold-expired']]);
    log.mockRestore();
  });
});
