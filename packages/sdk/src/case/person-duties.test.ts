import { describe, expect, it } from 'vitest';
import { runText } from '../cli/commands/run.js';
import { getScenario } from '../scenario/library.js';
import { runScenario } from '../scenario/run.js';
import { simulatePopulation } from '../simulation/index.js';
import { createCase } from './detainer-case.js';

describe('duties, access, early transfer and DHS duty to issue on a case', () => {
  it('does explain the duties, the access decisions and the DHS duty, and lists them in detainer run', () => {
    const run = runScenario(getScenario('california-state-prison-duties-to-person'));
    expect(run.passed).toBe(true);
    const text = runText(run);
    expect(text).toMatch(/Duties:\n {2}performed {5}copy-of-request: /);
    expect(text).toMatch(/not-performed rights-before-interview: .*not performed when the case ended/);
    expect(text).toMatch(
      /Access:\n {2}DHS's request to interview the person on .* was refused: The person has not consented in writing/,
    );
    const explained = run.case.explain().text;
    expect(explained).toMatch(
      /Give the person a copy of the detainer’s request .* performed at Wed, Sep 3, 2025, 9:00 AM PDT\./,
    );
  });

  it('does say whether DHS was required to issue a detainer, only when the person’s facts are recorded', () => {
    const run = runScenario(getScenario('laken-riley-duty-to-issue-2025'));
    expect(run.passed).toBe(true);
    expect(runText(run)).toMatch(
      /DHS required to issue a detainer: yes, because the person is inadmissible under INA 212\(a\)\(6\)\(A\) and is arrested for shoplifting/,
    );
    expect(run.case.explain().text).toMatch(/DHS required to issue a detainer: yes/);
    const plain = createCase({
      policy: 'full-cooperation',
      custodian: { id: 'c', name: 'County Jail', timeZone: 'America/New_York' },
      bookedAt: '2025-03-03T09:00:00-05:00',
    });
    expect(plain.explain().text).not.toMatch(/DHS required to issue/);
  });

  it('does end the Florida scenario in DHS custody 12 days before the projected release', () => {
    const run = runScenario(getScenario('florida-transfer-before-release-12-days'));
    expect(run.passed).toBe(true);
    expect(run.case.explain().text).toMatch(/handed to DHS 12 days before the projected release/);
  });

  it('does leave the outcomes of a 2025 population unchanged by the Laken Riley share (it binds DHS only)', async () => {
    const base = { policies: ['full-cooperation', 'decline-all'] as const, cases: 300, seed: 7 };
    const without = await simulatePopulation({
      ...base,
      policies: [...base.policies],
      assumptions: { startDate: '2025-02-03' },
    });
    const withAct = await simulatePopulation({
      ...base,
      policies: [...base.policies],
      assumptions: { startDate: '2025-02-03', lakenRileyShare: 1 },
    });
    expect(withAct.policies.map((p) => p.outcomes)).toEqual(without.policies.map((p) => p.outcomes));
    expect(withAct.assumptions.lakenRileyShare).toBe(1);
  }, 60_000);
});
