import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse.js';
import { runScenario } from './run.js';

const base = JSON.parse(
  readFileSync(new URL('../../scenarios/custody-moved-new-criminal-charge-two-holds.json', import.meta.url), 'utf8'),
);

/** The library scenario, its move (step 3, 2024-03-06) to a custodian given as `policy` and `law`. */
function withMove(move: Record<string, unknown>) {
  const steps = base.steps.map((step: { event: Record<string, unknown> }, i: number) =>
    i === 3 ? { ...step, event: { ...step.event, ...move } } : step,
  );
  const { expect: _expect, ...rest } = base;
  return { ...rest, steps };
}

describe('a CUSTODY_MOVED step given as a preset, a preset with overrides, or a jurisdiction', () => {
  it('does run a move to a preset with overrides like the same full policy', () => {
    const run = runScenario(withMove({ policy: { preset: 'full-cooperation', overrides: {} } }));
    expect(run.outcome?.code).toBe('transferred-to-dhs');
    expect(run.holds.map((h) => h.hours)).toEqual([24, 30.5]);
  });

  it('does put the new custodian under its state’s law on the day of the move (California SB 54: no hold)', () => {
    // Moved 2024-03-06 into a California county; SB 54 (from 2018-01-01) forbids holds [ca-gov-7284.6]. At the
    // second release eligibility (2024-03-11 10:00) the hold is declined: the person is released.
    const run = runScenario(withMove({ policy: 'full-cooperation', law: { jurisdiction: 'us-ca' } }));
    expect(run.case.context.custodyMoves[0]?.policyName).toMatch(/California/);
    expect(run.outcome?.code).toBe('released-hold-declined');
    expect(run.holds.map((h) => h.hours)).toEqual([24]);
  });

  it('does refuse an unknown jurisdiction on the step, naming the field', () => {
    expect(() => parseScenario(withMove({ policy: 'full-cooperation', law: { jurisdiction: 'us-zz' } }))).toThrow(
      /steps\.3\.event\.law.*us-zz/,
    );
  });
});
