import { describe, expect, it } from 'vitest';
import { compareScenario } from './compare.js';
import { getScenario, SCENARIO_LIBRARY } from './library.js';
import { runScenario } from './run.js';

describe('the scenario library', () => {
  for (const scenario of SCENARIO_LIBRARY) {
    it(`${scenario.id}: meets every expectation`, () => {
      const run = runScenario(scenario);
      const failed = run.expectations.filter((e) => !e.met);
      expect(failed, JSON.stringify(failed)).toEqual([]);
      expect(run.expectations.length).toBe(Object.keys(scenario.expect ?? {}).length);
      expect(run.passed).toBe(true);
      expect(run.disclaimer).toBe('Educational model, not legal advice.');
    });
  }
});

describe('runScenario', () => {
  it('is deterministic', () => {
    const a = runScenario(getScenario('late-notice'));
    const b = runScenario(getScenario('late-notice'));
    expect(JSON.stringify(a.timeline)).toBe(JSON.stringify(b.timeline));
  });

  it('records a step that comes after the case ended instead of failing', () => {
    const run = runScenario(getScenario('dhs-arrives-one-minute-after-deadline'));
    expect(run.skippedSteps).toHaveLength(1);
    expect(run.skippedSteps[0]).toMatchObject({ index: 5, type: 'DHS_ASSUMED_CUSTODY' });
    expect(run.outcome?.at).toBe('2024-04-17T21:00:00.000Z');
  });

  it('reports unmet expectations field by field', () => {
    const scenario = {
      ...getScenario('notify-only'),
      expect: { outcome: 'transferred-to-dhs' as const, noticeStatus: 'sent-on-time' as const },
    };
    const run = runScenario(scenario);
    expect(run.passed).toBe(false);
    expect(run.expectations).toEqual([
      { field: 'outcome', expected: 'transferred-to-dhs', actual: 'released-hold-declined', met: false },
      { field: 'noticeStatus', expected: 'sent-on-time', actual: 'sent-on-time', met: true },
    ]);
  });

  it('runs the facts under another policy when asked', () => {
    const run = runScenario(getScenario('notify-only'), { policy: 'decline-all' });
    expect(run.policy.name).toBe('Decline all');
    expect(run.noticeStatus).toBe('withheld-by-policy');
  });

  it('stops at `end` while a hold still runs', () => {
    const scenario = { ...getScenario('weekday-rule-friday-release'), end: '2024-04-13T17:00:00-04:00', expect: {} };
    const run = runScenario(scenario);
    expect(run.outcome).toBeNull();
    expect(run.case.state).toBe('holding');
    expect(run.hoursHeld).toBe(24);
  });
});

describe('compareScenario', () => {
  it('shows the rule that differs between full cooperation and judicial warrant required on an I-200 detainer', () => {
    const c = compareScenario(getScenario('judicial-warrant-required-i200'), [
      'full-cooperation',
      'judicial-warrant-required',
    ]);
    expect(c.rows.map((r) => r.outcome?.code)).toEqual(['transferred-to-dhs', 'released-hold-declined']);
    expect(c.rows[0]?.hoursHeld).toBe(6);
    expect(c.rows[1]?.hoursHeld).toBeNull();
    const d = c.differences[0];
    expect(d?.fields.map((f) => f.field)).toEqual(['outcome', 'reason', 'hoursHeld', 'holdEndsAt']);
    expect(d?.rule?.on).toBe('hold');
    expect(d?.rule?.a?.code).toBe('local-hold-always');
    expect(d?.rule?.b?.code).toBe('local-hold-administrative-warrant');
    expect(d?.policyDifferences.map((p) => p.field)).toEqual(['hold']);
    expect(d?.text).toContain('administrative warrant');
  });

  it('compares the calendar and weekday counting rules on the same facts', () => {
    const c = compareScenario(getScenario('counting-rule-weekday-thursday'), [
      { preset: 'full-cooperation', overrides: { countingRule: 'calendar' } },
      { preset: 'full-cooperation', overrides: { countingRule: 'excludeWeekendsAndHolidays' } },
    ]);
    expect(c.rows.map((r) => r.hoursHeld)).toEqual([48, 96]);
    expect(c.differences[0]?.fields.map((f) => f.field)).toEqual(['hoursHeld', 'holdEndsAt']);
  });

  it('compares three policies pairwise', () => {
    const c = compareScenario(getScenario('notify-only'), ['full-cooperation', 'notify-only', 'decline-all']);
    expect(c.differences.map((d) => [d.a, d.b])).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it('names a bad policy by its index', () => {
    expect(() => compareScenario(getScenario('notify-only'), ['full-cooperation', 'nope' as 'notify-only'])).toThrow(
      /policies\.1/,
    );
  });
});
