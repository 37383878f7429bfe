import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('README: law layers', () => {
  it('shows examples/law.ts unchanged in the SDK README', () => {
    expect(read('../../README.md')).toContain(read('../../examples/law.ts').trim());
  });

  it('runs the law example to the results its comments give', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const name = 'law';
      await import(`../../examples/${name}.ts`);
      expect(log.mock.calls).toEqual([
        ['within-2-hours', 'us-nc/hb318-2025'],
        [['countingRule', 'noticeAfterEligibility']],
        ['never', 'at-most', 'listed-offenses'],
        ['decline'],
        ['partly-met', true],
      ]);
    } finally {
      log.mockRestore();
    }
  });

  it('has a "Law layers" section in the root README that points to the generated page', () => {
    const root = read('../../../../README.md');
    expect(root).toContain('## Law layers');
    expect(root).toContain('docs/jurisdictions.md');
  });
});
