import { getScenario, runScenario } from '@detainer-kit/sdk';
import { describe, expect, it } from 'vitest';
import { expectationView } from './expectations';

const weekday = getScenario('weekday-rule-friday-release');
const own = runScenario(weekday);
const tz = weekday.custodian.timeZone;

describe('expectationView', () => {
  it('checks the scenario’s own finished line', () => {
    const v = expectationView({
      ownLine: true,
      finished: true,
      lineFinished: true,
      scenario: own.expectations,
      line: () => [],
      timeZone: tz,
    });
    expect(v.kind).toBe('checked');
    if (v.kind === 'checked') expect(v.items.every((x) => x.met)).toBe(true);
  });
  it('gives no verdict on the own line before its end', () => {
    const v = expectationView({
      ownLine: true,
      finished: false,
      lineFinished: true,
      scenario: own.expectations,
      line: () => [],
      timeZone: tz,
    });
    expect(v.kind).toBe('pending');
    if (v.kind === 'pending') expect(v.text).toContain('outcome released-hold-expired');
  });
  it('says how another line differs from the scenario', () => {
    const line = runScenario({ ...weekday, policy: 'full-cooperation' }).expectations;
    const v = expectationView({
      ownLine: false,
      finished: true,
      lineFinished: true,
      scenario: own.expectations,
      line: () => line,
      timeZone: tz,
    });
    expect(v.kind).toBe('differs');
    if (v.kind === 'differs') {
      expect(v.differences).toContain('hoursHeld 48 h, the scenario expects 96 h');
      expect(v.differences.some((d) => d.startsWith('outcome'))).toBe(false);
    }
  });
  it('has nothing to say without expectations', () => {
    const v = expectationView({
      ownLine: true,
      finished: true,
      lineFinished: true,
      scenario: [],
      line: () => [],
      timeZone: tz,
    });
    expect(v.kind).toBe('none');
  });
});
