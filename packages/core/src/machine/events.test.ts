import { describe, expect, it } from 'vitest';
import { DetainerKitError } from '../errors.js';
import { NoticeStatusSchema } from './context.js';
import {
  DETAINER_EVENT_SCHEMAS,
  DETAINER_EVENT_TYPES,
  DetainerEventSchema,
  HOLD_DEADLINE_REACHED,
  HoldDeadlineReachedEventSchema,
  parseDetainerEvent,
} from './events.js';

describe('the event vocabulary', () => {
  it('does list each event type once, in the order of its schemas', () => {
    expect(DETAINER_EVENT_TYPES).toEqual(DETAINER_EVENT_SCHEMAS.map((s) => s.shape.type.value));
    expect(new Set(DETAINER_EVENT_TYPES).size).toBe(DETAINER_EVENT_TYPES.length);
    expect(DetainerEventSchema.options).toEqual([...DETAINER_EVENT_SCHEMAS]);
  });

  it('does keep the hold clock event out of it: parsing refuses it, its own schema reads it', () => {
    expect(DETAINER_EVENT_TYPES).not.toContain(HOLD_DEADLINE_REACHED);
    expect(() => parseDetainerEvent({ type: HOLD_DEADLINE_REACHED, at: '2024-03-08T10:00:00Z' })).toThrow(
      DetainerKitError,
    );
    expect(HoldDeadlineReachedEventSchema.parse({ type: HOLD_DEADLINE_REACHED })).toEqual({
      type: 'HOLD_DEADLINE_REACHED',
    });
    expect(HoldDeadlineReachedEventSchema.safeParse({ type: HOLD_DEADLINE_REACHED, at: 'x' }).success).toBe(false);
  });
});

describe('NoticeStatusSchema', () => {
  it('does name every status when it refuses a value', () => {
    const result = NoticeStatusSchema.safeParse('late');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'expected a notice status: "not-requested", "withheld-by-policy", "barred-by-law", "pending", "sent-on-time", "sent-late", "sent-48h-not-possible", "not-sent" or "not-requested-detainer-lifted"',
    );
  });
});
