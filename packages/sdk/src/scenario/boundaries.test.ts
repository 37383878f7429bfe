import { DetainerKitError, SUPPORTED_INSTANTS } from '@detainer-kit/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { encodeBase64Url } from '../share/base64url.js';
import { decodeShareLink, encodeShareLink } from '../share/index.js';
import { SHARE_LINK_PREFIX } from '../share/share-link.js';
import { getScenario } from './library.js';
import { isScenario, parseScenario } from './parse.js';
import { runScenario } from './run.js';
import type { ScenarioInput } from './schema.js';

const base = getScenario('weekday-rule-friday-release');

function thrown(fn: () => unknown): DetainerKitError {
  try {
    fn();
  } catch (error) {
    if (DetainerKitError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a DetainerKitError');
}

/** The library scenario with its booking and every step moved to another year. */
function movedTo(year: number): unknown {
  const shift = (at: string) => `${year}${at.slice(4)}`;
  return {
    ...base,
    bookedAt: shift(base.bookedAt),
    steps: base.steps.map((step) => ({ ...step, at: shift(step.at) })),
    expect: {},
  };
}

describe('scenarios with instants outside the supported range', () => {
  it('are refused by parseScenario and runScenario with the project error naming the field', () => {
    for (const year of [1970, 1971, 2199, 2250]) {
      const scenario = movedTo(year);
      expect(isScenario(scenario)).toBe(false);
      const error = thrown(() => runScenario(scenario));
      expect(error.code).toBe('invalid-scenario');
      expect(error.issues[0]?.field).toBe('bookedAt');
      expect(error.message).toContain(SUPPORTED_INSTANTS.from);
    }
    expect(thrown(() => parseScenario({ ...base, end: '2300-01-01T00:00:00Z' })).issues[0]?.field).toBe('end');
  });

  it('are refused inside a share link, both ways', () => {
    const scenario = movedTo(1969);
    expect(thrown(() => encodeShareLink({ scenario: scenario as ScenarioInput, position: 0 })).code).toBe(
      'invalid-scenario',
    );
    const link = SHARE_LINK_PREFIX + encodeBase64Url(JSON.stringify({ scenario, position: 0 }));
    const error = thrown(() => decodeShareLink(link));
    expect(error.code).toBe('invalid-scenario');
    expect(error.issues[0]?.field).toBe('scenario.bookedAt');
  });

  it('run near the end of the range without a plain Error, the hold left running past it', () => {
    const scenario = movedTo(2198);
    const run = runScenario(scenario);
    expect(run.outcome?.code).toBe('released-hold-expired');
  });
});

describe('isScenario', () => {
  it('is a type guard for a scenario as written', () => {
    const value: unknown = JSON.parse(JSON.stringify(base));
    expect(isScenario(value)).toBe(true);
    if (isScenario(value)) expectTypeOf(value).toEqualTypeOf<ScenarioInput>();
  });
});
