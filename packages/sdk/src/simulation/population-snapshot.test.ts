import { getPolicyPreset } from '@detainer-kit/core';
import { describe, expect, it } from 'vitest';
import { simulatePopulation } from './index.js';

/**
 * The results guard of the performance work (issue 8): fixed populations through `simulatePopulation`,
 * compared whole with reports committed before any optimization. Any change to the machine, the clocks or
 * the simulation path that moves a single count, hour or list entry fails here. The files are rewritten
 * only on purpose (`vitest run -u`), with the reason in the commit. Generous timeouts: on a loaded 2-core CI
 * machine the first population takes several seconds.
 */
describe('simulatePopulation results snapshot', () => {
  it('gives the committed report for 20,000 cases under three policies (seed 2017)', async () => {
    const report = await simulatePopulation({
      policies: ['full-cooperation', 'notify-only', 'decline-all'],
      cases: 20_000,
      seed: 2017,
    });
    await expect(`${JSON.stringify(report, null, 2)}\n`).toMatchFileSnapshot(
      './__snapshots__/population-20000x3-seed2017.json',
    );
  }, 120_000);

  it('gives the committed report for 5,000 cases under the other layers: warrants, offenses, state law, weekday count', async () => {
    const report = await simulatePopulation({
      policies: [
        'judicial-warrant-required',
        'limited-by-offense',
        'state-mandated-compliance',
        'no-state-authority',
        {
          ...getPolicyPreset('full-cooperation'),
          name: 'Full cooperation, weekday count',
          countingRule: 'excludeWeekendsAndHolidays',
        },
      ],
      cases: 5_000,
      seed: 42,
    });
    await expect(`${JSON.stringify(report, null, 2)}\n`).toMatchFileSnapshot(
      './__snapshots__/population-5000x5-seed42.json',
    );
  }, 120_000);
});
