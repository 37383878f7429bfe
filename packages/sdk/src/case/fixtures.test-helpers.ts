import { DetainerKitError, getPolicyPreset } from '@detainer-kit/core';
import { expect } from 'vitest';
import type { DetainerSdkErrorCode } from '../errors.js';
import { createCase } from './detainer-case.js';
import type { CaseOptions, DetainerCase } from './types.js';

/** A county jail in New York (Eastern time). */
export const NYC = { id: 'nyc-county', name: 'County Jail', timeZone: 'America/New_York' } as const;

export const I247A = {
  form: 'I-247A',
  requests: { notice: true, hold: true },
  warrant: 'I-200',
  basis: ['final-order'],
} as const;

/** Full cooperation, but counting the hold's 48 hours on weekdays only [cfr-287.7-d]. */
export const WEEKDAY_POLICY = {
  ...getPolicyPreset('full-cooperation'),
  name: 'Full cooperation, weekday count',
  countingRule: 'excludeWeekendsAndHolidays',
} as const;

export function newCase(options: Partial<CaseOptions> = {}): DetainerCase {
  return createCase({ policy: 'full-cooperation', custodian: NYC, bookedAt: '2024-03-04T09:00:00-05:00', ...options });
}

/** Lodges and serves an I-247A on Tuesday, March 5, 2024 (New York). */
export function lodgeAndServe(c: DetainerCase): void {
  c.send({ type: 'DETAINER_LODGED', at: '2024-03-05T10:00:00-05:00', detainer: I247A });
  c.send({ type: 'DETAINER_SERVED', at: '2024-03-05T11:00:00-05:00' });
}

/** A case held from Thursday, March 7, 2024, 17:00 in New York under the weekday count. */
export function heldThursdayCase(options: Partial<CaseOptions> = {}): DetainerCase {
  const c = newCase({ policy: WEEKDAY_POLICY, ...options });
  lodgeAndServe(c);
  c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T17:00:00-05:00', reason: 'bond-posted', dhsPresent: false });
  return c;
}

/** Monday, March 11, 2024, 17:00 EDT: Thursday 17:00 plus 48 weekday hours (the weekend left out). */
export const THURSDAY_HOLD_DEADLINE = '2024-03-11T21:00:00.000Z';

/** Everything observable about a case, to compare before and after a refused call. */
export function observe(c: DetainerCase): unknown {
  return JSON.parse(
    JSON.stringify({
      now: c.now,
      state: c.state,
      status: c.status,
      timeline: c.timeline,
      json: c.toJSON(),
      deadlines: c.deadlines,
    }),
  );
}

/** Runs `fn`, expects a DetainerKitError with `code` (and first issue `field`), and returns it. */
export function expectKitError(fn: () => unknown, code: DetainerSdkErrorCode, field?: string): DetainerKitError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(DetainerKitError.isInstance(caught), `expected a DetainerKitError, got ${String(caught)}`).toBe(true);
  const error = caught as DetainerKitError;
  expect(error.code).toBe(code);
  if (field !== undefined) expect(error.issues[0]?.field).toBe(field);
  expect(error.message.length).toBeGreaterThan(0);
  return error;
}
