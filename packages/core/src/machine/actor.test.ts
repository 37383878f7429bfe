import { describe, expect, it } from 'vitest';
import { DetainerKitError } from '../errors.js';
import { getPolicyPreset } from '../policy/presets.js';
import { drive, I247A_ADMIN } from '../test-support/fixtures.js';
import { checkDetainerEvent } from './actor.js';

function refusal(fn: () => unknown): DetainerKitError {
  try {
    fn();
  } catch (error) {
    if (DetainerKitError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a DetainerKitError');
}

describe('checkDetainerEvent: the one home of the time-order rule', () => {
  const c = drive(getPolicyPreset('full-cooperation'));
  c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
  const snapshot = c.actor.getSnapshot();
  const event = { type: 'ACCESS_REQUESTED', at: '2024-03-02T10:00:00Z' };

  it('refuses an event earlier than the latest event', () => {
    const error = refusal(() => checkDetainerEvent(snapshot, { ...event, at: '2024-03-01T14:30:00Z' }));
    expect(error.code).toBe('invalid-event');
    expect(error.issues[0]).toMatchObject({ field: 'at', code: 'too_small' });
    expect(error.message).toContain('latest event');
  });

  it("refuses an event earlier than the case's clock when given, and accepts one at it", () => {
    const error = refusal(() => checkDetainerEvent(snapshot, event, { now: '2024-03-03T00:00:00Z' }));
    expect(error.issues[0]?.field).toBe('at');
    expect(error.message).toContain("case's clock (2024-03-03T00:00:00Z)");
    expect(checkDetainerEvent(snapshot, event, { now: '2024-03-02T10:00:00Z' }).at).toBe('2024-03-02T10:00:00.000Z');
    // A clock behind the latest event changes nothing.
    expect(checkDetainerEvent(snapshot, event, { now: '2024-02-01T00:00:00Z' }).type).toBe('ACCESS_REQUESTED');
  });
});
