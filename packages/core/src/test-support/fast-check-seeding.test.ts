import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FC_RUNS, fcRunsMultiplier, fcSeed, replayCommand, runs } from '../../../../test-support/fast-check.js';

// The repository's fast-check seeding (test-support/fast-check.ts), as every package's setup file applies it.
describe('fast-check seeding', () => {
  it('does apply one seed and the runs multiplier to every property', () => {
    const global = fc.readConfigureGlobal();
    expect(global.seed).toBe(fcSeed);
    expect(global.numRuns).toBe(DEFAULT_FC_RUNS * fcRunsMultiplier);
    expect(runs(300)).toBe(300 * fcRunsMultiplier);
  });

  it('does generate the same values on every run with the same seed', () => {
    const arb = fc.array(fc.integer(), { minLength: 5, maxLength: 5 });
    expect(fc.sample(arb, 20)).toEqual(fc.sample(arb, 20));
    expect(fc.sample(arb, { numRuns: 20, seed: fcSeed + 1 })).not.toEqual(fc.sample(arb, 20));
  });

  it('does print a replay command with the seed and an escaped test name', () => {
    const command = replayCommand({ dir: '/repo/packages/core', file: 'src/a.test.ts', name: "holds (property) it's" });
    expect(command).toContain(`DETAINER_FC_SEED=${fcSeed} `);
    expect(command.startsWith('cd /repo/packages/core && ')).toBe(true);
    expect(command).toContain(`npx vitest run src/a.test.ts -t 'holds \\(property\\) it'\\''s'`);
  });
});
