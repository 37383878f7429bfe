import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const examplePath = new URL('../examples/drive-a-case.ts', import.meta.url);
const readmePath = new URL('../../../README.md', import.meta.url);

describe('README example', () => {
  it('appears in the root README exactly as the tested file', () => {
    const example = readFileSync(examplePath, 'utf8').trim();
    expect(readFileSync(readmePath, 'utf8')).toContain(example);
  });

  it('drives a case to the outcomes its comments promise', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('../examples/drive-a-case.js');
    expect(log.mock.calls).toEqual([['2024-03-09T22:00:00.000Z'], ['released-hold-expired']]);
    log.mockRestore();
  });
});
