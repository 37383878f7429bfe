import { MAX_CASE_EVENTS } from '@detainer-kit/core';
import { describe, expect, it } from 'vitest';
import type { InspectionEvent } from 'xstate';
import { restoreCase } from './detainer-case.js';
import {
  expectKitError,
  heldThursdayCase,
  lodgeAndServe,
  newCase,
  THURSDAY_HOLD_DEADLINE,
} from './fixtures.test-helpers.js';
import { MAX_PERSISTED_CASE_DEPTH } from './persisted-case.js';
import type { DetainerCase, PersistedCase } from './types.js';

function roundTrip(c: DetainerCase): DetainerCase {
  return restoreCase(JSON.parse(JSON.stringify(c.toJSON())));
}

/** The same further steps on two cases; returns what each ended with. */
function continueBoth(a: DetainerCase, b: DetainerCase, steps: (c: DetainerCase) => void): void {
  steps(a);
  steps(b);
  expect(b.outcome).toEqual(a.outcome);
  expect(b.timeline).toEqual(a.timeline);
  expect(b.now).toBe(a.now);
  expect(b.toJSON()).toEqual(a.toJSON());
}

/** A saved case, as mutable JSON, for editing. */
function saved(c: DetainerCase): PersistedCase & Record<string, unknown> {
  return JSON.parse(JSON.stringify(c.toJSON()));
}

describe('toJSON / restoreCase', () => {
  it('writes the documented envelope', () => {
    const c = heldThursdayCase();
    const doc = c.toJSON();
    expect(doc).toMatchObject({ format: 'detainer-kit/case', version: 1, savedAt: c.now, now: c.now });
    expect(doc.events.map((e) => e.type)).toEqual(['DETAINER_LODGED', 'DETAINER_SERVED', 'RELEASE_ELIGIBLE']);
    expect(doc.timeline).toEqual(c.timeline);
    expect(doc.input.policy.countingRule).toBe('excludeWeekendsAndHolidays');
  });

  it('restores from JSON text and from an object alike', () => {
    const c = heldThursdayCase();
    const text = JSON.stringify(c.toJSON());
    expect(restoreCase(text).toJSON()).toEqual(restoreCase(JSON.parse(text)).toJSON());
  });

  it('continues a case restored before any hold exactly as the original', () => {
    const original = newCase();
    lodgeAndServe(original);
    const restored = roundTrip(original);
    expect(restored.state).toBe(original.state);
    continueBoth(original, restored, (c) => {
      c.send({ type: 'RELEASE_SCHEDULED', at: '2024-03-06T09:00:00-05:00', releaseAt: '2024-03-08T17:00:00-05:00' });
      c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-08T17:00:00-05:00', reason: 'bond-posted' });
      c.send({ type: 'DHS_ASSUMED_CUSTODY', at: '2024-03-09T10:00:00-05:00' });
    });
    expect(restored.outcome?.code).toBe('transferred-to-dhs');
  });

  it('continues a case restored while a hold is running, expiring at the same deadline', () => {
    const original = heldThursdayCase();
    original.advanceTo('2024-03-09T12:00:00Z');
    const restored = roundTrip(original);
    expect(restored.state).toBe('holding');
    expect(restored.now).toBe('2024-03-09T12:00:00.000Z');
    expect(restored.nextDeadline()?.at).toBe(THURSDAY_HOLD_DEADLINE);
    continueBoth(original, restored, (c) => c.advanceTo('2024-03-20T00:00:00Z'));
    expect(restored.outcome).toMatchObject({ code: 'released-hold-expired', at: THURSDAY_HOLD_DEADLINE });
  });

  it('ends a case restored and then advanced past its deadline at the deadline, not later', () => {
    const original = heldThursdayCase();
    const restored = roundTrip(original);
    const later = new Date(Date.parse(THURSDAY_HOLD_DEADLINE) + 3 * 3_600_000).toISOString();
    const fired = restored.advanceTo(later);
    expect(fired.map((e) => [e.event.type, e.at])).toEqual([['HOLD_DEADLINE_REACHED', THURSDAY_HOLD_DEADLINE]]);
    expect(restored.outcome?.at).toBe(THURSDAY_HOLD_DEADLINE);
    expect(restored.now).toBe(later);
    // The saved original is untouched by what the restored copy did.
    expect(original.state).toBe('holding');
  });

  it('restores a case after its deadline passed', () => {
    const original = heldThursdayCase();
    original.advanceTo('2024-03-12T00:00:00Z');
    const restored = roundTrip(original);
    expect(restored.status).toBe('done');
    expect(restored.outcome).toEqual(original.outcome);
    expect(restored.timeline).toEqual(original.timeline);
    expect(restored.explain()).toEqual(original.explain());
  });

  it('passes inspect to the restored actor', () => {
    const events: InspectionEvent[] = [];
    const restored = restoreCase(heldThursdayCase().toJSON(), { inspect: (e) => events.push(e) });
    restored.advanceTo('2024-03-12T00:00:00Z');
    expect(events.some((e) => e.type === '@xstate.event' && e.event.type === 'HOLD_DEADLINE_REACHED')).toBe(true);
  });

  it('does not let later edits of the document reach a restored case', () => {
    const doc = saved(heldThursdayCase());
    const restored = restoreCase(doc);
    (doc.persisted.context as { hold: { deadline: string } }).hold.deadline = '2024-03-30T00:00:00.000Z';
    expect(restored.context.hold?.deadline).toBe(THURSDAY_HOLD_DEADLINE);
  });

  describe('refuses', () => {
    it('a wrong version, saying which version is read', () => {
      const doc = { ...saved(heldThursdayCase()), version: 2 };
      const error = expectKitError(() => restoreCase(doc), 'invalid-snapshot', 'version');
      expect(error.message).toContain('version 1');
    });

    it('a wrong format', () => {
      expectKitError(
        () => restoreCase({ ...saved(heldThursdayCase()), format: 'detainer-kit/scenario' }),
        'invalid-snapshot',
        'format',
      );
      expectKitError(() => restoreCase('not json'), 'invalid-snapshot', '');
      expectKitError(() => restoreCase(null), 'invalid-snapshot', '');
    });

    it('an edited hold deadline', () => {
      const doc = saved(heldThursdayCase());
      (doc.persisted.context as { hold: { deadline: string } }).hold.deadline = '2024-03-13T21:00:00.000Z';
      expectKitError(() => restoreCase(doc), 'invalid-snapshot', 'context.hold.deadline');
    });

    it('an edited policy in the snapshot', () => {
      const doc = saved(heldThursdayCase());
      (doc.persisted.context as { policy: { hold: string } }).policy.hold = 'never';
      expectKitError(() => restoreCase(doc), 'invalid-snapshot');
    });

    it('an edited policy in the input', () => {
      const doc = saved(heldThursdayCase());
      (doc.input.policy as { countingRule: string }).countingRule = 'calendar';
      expectKitError(() => restoreCase(doc), 'invalid-snapshot', 'persisted');
    });

    it('an edited event', () => {
      const doc = saved(heldThursdayCase());
      // Eligible an hour earlier: the replay gives another deadline than the saved snapshot.
      (doc.events[2] as { at: string }).at = '2024-03-07T21:00:00.000Z';
      expectKitError(() => restoreCase(doc), 'invalid-snapshot', 'persisted');
      // An event after the saved clock: the clock would run behind it.
      (doc.events[2] as { at: string }).at = '2024-03-07T23:00:00.000Z';
      expectKitError(() => restoreCase(doc), 'invalid-snapshot', 'now');
    });

    it('an edited timeline', () => {
      const doc = saved(heldThursdayCase());
      (doc.timeline[0] as { description: string }).description = 'Something else happened.';
      expectKitError(() => restoreCase(doc), 'invalid-snapshot', 'timeline');
    });

    it('a clock set back before the last event', () => {
      const now = '2024-03-06T00:00:00.000Z';
      const doc = { ...saved(heldThursdayCase()), now, savedAt: now };
      const error = expectKitError(() => restoreCase(doc), 'invalid-snapshot', 'now');
      expect(error.message).toContain('last event');
    });

    it('a clock moved forward past a running hold deadline the document does not record', () => {
      const later = '2024-03-12T00:00:00.000Z';
      const doc = { ...saved(heldThursdayCase()), now: later, savedAt: later };
      const error = expectKitError(() => restoreCase(doc), 'invalid-snapshot', 'now');
      expect(error.message).toContain(THURSDAY_HOLD_DEADLINE);
    });

    it('a savedAt other than now, or not an instant', () => {
      const doc = saved(heldThursdayCase());
      expectKitError(() => restoreCase({ ...doc, savedAt: '2024-03-08T00:00:00.000Z' }), 'invalid-snapshot', 'savedAt');
      expectKitError(() => restoreCase({ ...doc, savedAt: 'yesterday' }), 'invalid-snapshot', 'savedAt');
    });

    it('instants outside the supported range, naming the field', () => {
      const doc = saved(heldThursdayCase());
      const far = '2300-01-01T00:00:00.000Z';
      expectKitError(() => restoreCase({ ...doc, now: far }), 'invalid-snapshot', 'now');
      const early = saved(heldThursdayCase());
      (early.input as { bookedAt: string }).bookedAt = '1969-07-20T20:17:00.000Z';
      expectKitError(() => restoreCase(early), 'invalid-snapshot', 'input.bookedAt');
    });

    it('a document nested 10,000 levels deep, before walking it', () => {
      const doc = saved(heldThursdayCase());
      let deep: unknown = {};
      for (let i = 0; i < 10_000; i += 1) deep = { deep };
      (doc.persisted as unknown as Record<string, unknown>).extra = deep;
      const error = expectKitError(() => restoreCase(doc), 'invalid-snapshot', '');
      expect(error.message).toContain(String(MAX_PERSISTED_CASE_DEPTH));
      // The same as JSON text (built by hand: JSON.stringify itself overflows at this depth).
      const text = JSON.stringify(saved(heldThursdayCase())).replace(
        /^\{/,
        `{"extra":${'{"deep":'.repeat(10_000)}{}${'}'.repeat(10_000)},`,
      );
      expect(expectKitError(() => restoreCase(text), 'invalid-snapshot', '').message).toContain('levels deep');
    });

    it('more events than a case may have, before replaying them', () => {
      const doc = saved(heldThursdayCase());
      const events = Array.from({ length: MAX_CASE_EVENTS + 1 }, () => doc.events[0]);
      const error = expectKitError(() => restoreCase({ ...doc, events }), 'invalid-snapshot', 'events');
      expect(error.message).toContain(String(MAX_CASE_EVENTS));
    });

    it('a hold whose start the clocks cannot count, as the project error and not a RangeError', () => {
      const doc = saved(heldThursdayCase());
      (doc.persisted.context as { hold: { startedAt: string } }).hold.startedAt = '1900-01-01T00:00:00.000Z';
      const error = expectKitError(() => restoreCase(doc), 'invalid-snapshot');
      expect(error).not.toBeInstanceOf(RangeError);
    });

    it('a snapshot in a state the machine does not have', () => {
      const doc = saved(heldThursdayCase());
      (doc.persisted as unknown as { value: unknown }).value = 'escaped';
      expectKitError(() => restoreCase(doc), 'invalid-snapshot', 'value');
    });
  });
});
