import { describe, expect, it } from 'vitest';
import type { InspectionEvent } from 'xstate';
import { getMachineGraph } from '../diagram/index.js';
import { createCase } from './detainer-case.js';
import {
  heldThursdayCase,
  I247A,
  lodgeAndServe,
  NYC,
  newCase,
  THURSDAY_HOLD_DEADLINE,
  WEEKDAY_POLICY,
} from './fixtures.test-helpers.js';

describe('createCase', () => {
  it('starts in criminal custody with the clock at booking', () => {
    const c = newCase();
    expect(c.now).toBe('2024-03-04T14:00:00.000Z');
    expect(c.state).toBe('inCriminalCustody.noDetainer');
    expect(c.status).toBe('active');
    expect(c.outcome).toBeNull();
    expect(c.timeline).toEqual([]);
    expect(c.deadlines).toEqual([]);
    expect(c.nextDeadline()).toBeNull();
    expect(c.context.policy.name).toBe('Full cooperation');
  });

  it('drives a full-cooperation case to a transfer at release', () => {
    const c = newCase();
    const lodged = c.send({ type: 'DETAINER_LODGED', at: '2024-03-05T10:00:00-05:00', detainer: I247A });
    expect(lodged.map((e) => e.to)).toEqual(['inCriminalCustody.awaitingService']);
    const served = c.send({ type: 'DETAINER_SERVED', at: '2024-03-05T11:00:00-05:00' });
    // The pass through `deciding` is its own entry, carrying the decision's sources.
    expect(served.map((e) => [e.from, e.to])).toEqual([
      ['inCriminalCustody.awaitingService', 'inCriminalCustody.detainerInEffect.deciding'],
      ['inCriminalCustody.detainerInEffect.deciding', 'inCriminalCustody.detainerInEffect.honoringHold'],
    ]);
    expect(served[1]?.edge).toBe('inCriminalCustody.detainerInEffect.deciding:always:0');
    expect(served[1]?.citations).toEqual(
      expect.arrayContaining(['galarza-2014', 'miranda-olivares-2014', 'ilrc-state-appendix']),
    );
    const end = c.send({
      type: 'RELEASE_ELIGIBLE',
      at: '2024-03-07T17:00:00-05:00',
      reason: 'bond-posted',
      dhsPresent: true,
    });
    expect(end).toHaveLength(1);
    expect(c.state).toBe('transferredToDhs');
    expect(c.status).toBe('done');
    expect(c.outcome).toMatchObject({
      code: 'transferred-to-dhs',
      reason: 'transferred-at-release',
      at: '2024-03-07T22:00:00.000Z',
    });
    expect(end[0]?.outcome).toEqual(c.outcome);
    expect(c.timeline.map((e) => e.seq)).toEqual([0, 1, 2, 3]);
    expect(c.now).toBe('2024-03-07T22:00:00.000Z');
  });

  it('names a machine-graph edge on every entry, with its description and sources', () => {
    const c = heldThursdayCase();
    c.advanceTo('2024-03-12T00:00:00Z');
    const edges = new Map(getMachineGraph().edges.map((e) => [e.id, e]));
    for (const entry of c.timeline) {
      const edge = edges.get(entry.edge);
      expect(edge, entry.edge).toBeDefined();
      expect(entry.description).toBe(edge?.description);
      expect(entry.citations).toEqual(expect.arrayContaining(edge?.citations ?? ['missing']));
      // An `always` edge is taken in the same step as the event that led to it.
      if (edge?.event !== 'always') expect(edge?.event).toBe(entry.event.type);
    }
  });

  it('drives a full-cooperation case to hold expiry at the 48-hour deadline', () => {
    const c = newCase();
    lodgeAndServe(c);
    c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T17:00:00-05:00', reason: 'bond-posted' });
    expect(c.state).toBe('holding');
    // The I-247A's count is unverified: the model counts 48 elapsed hours.
    const hold = c.nextDeadline();
    expect(hold).toMatchObject({ kind: 'hold-end', at: '2024-03-09T22:00:00.000Z', status: 'upcoming' });
    const fired = c.advanceBy({ days: 3 });
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      event: { type: 'HOLD_DEADLINE_REACHED' },
      at: '2024-03-09T22:00:00.000Z',
      from: 'holding',
      to: 'releasedHoldExpired',
    });
    expect(c.outcome).toMatchObject({ code: 'released-hold-expired', at: '2024-03-09T22:00:00.000Z' });
    expect(c.now).toBe('2024-03-10T22:00:00.000Z');
    expect(c.deadlines.find((d) => d.kind === 'hold-end')?.status).toBe('reached');
    expect(c.nextDeadline()).toBeNull();
  });

  it('holds Thursday 17:00 to Monday 17:00 under the weekday rule and releases exactly at the deadline', () => {
    const c = heldThursdayCase();
    expect(c.context.hold?.deadline).toBe(THURSDAY_HOLD_DEADLINE);
    const deadlineMs = Date.parse(THURSDAY_HOLD_DEADLINE);
    expect(c.advanceTo(new Date(deadlineMs - 1).toISOString())).toEqual([]);
    expect(c.state).toBe('holding');
    expect(c.status).toBe('active');
    const fired = c.advanceTo(THURSDAY_HOLD_DEADLINE);
    expect(fired).toHaveLength(1);
    expect(c.state).toBe('releasedHoldExpired');
    expect(c.outcome?.at).toBe(THURSDAY_HOLD_DEADLINE);
    expect(fired[0]?.at).toBe(THURSDAY_HOLD_DEADLINE);
  });

  it('fires the deadline at its instant even when the clock jumps far past it', () => {
    const c = heldThursdayCase();
    const fired = c.advanceTo('2024-04-01T00:00:00Z');
    expect(fired.map((e) => e.at)).toEqual([THURSDAY_HOLD_DEADLINE]);
    expect(c.outcome?.at).toBe(THURSDAY_HOLD_DEADLINE);
    expect(c.now).toBe('2024-04-01T00:00:00.000Z');
  });

  it('transfers when DHS arrives one minute before the deadline', () => {
    const c = heldThursdayCase();
    const at = new Date(Date.parse(THURSDAY_HOLD_DEADLINE) - 60_000).toISOString();
    expect(c.can({ type: 'DHS_ASSUMED_CUSTODY', at }).allowed).toBe(true);
    c.send({ type: 'DHS_ASSUMED_CUSTODY', at });
    expect(c.outcome).toMatchObject({ code: 'transferred-to-dhs', reason: 'dhs-assumed-custody-during-hold', at });
    expect(c.deadlines.find((d) => d.kind === 'hold-end')?.status).toBe('met');
  });

  it('finds the person gone when DHS arrives one minute after the deadline: released at the deadline', () => {
    const c = heldThursdayCase();
    const at = new Date(Date.parse(THURSDAY_HOLD_DEADLINE) + 60_000).toISOString();
    expect(c.can({ type: 'DHS_ASSUMED_CUSTODY', at }).allowed).toBe(true);
    c.send({ type: 'DHS_ASSUMED_CUSTODY', at });
    expect(c.outcome).toMatchObject({ code: 'released-hold-expired', at: THURSDAY_HOLD_DEADLINE });
    const check = c.can({ type: 'DHS_ASSUMED_CUSTODY', at });
    expect(check.allowed).toBe(false);
    expect(() => c.send({ type: 'DHS_ASSUMED_CUSTODY', at })).toThrow(/case has ended/);
  });

  it('records late notice under a notify-only policy and releases at eligibility', () => {
    const c = newCase({ policy: 'notify-only' });
    lodgeAndServe(c);
    expect(c.state).toBe('inCriminalCustody.detainerInEffect.notifyingOnly');
    c.send({ type: 'RELEASE_SCHEDULED', at: '2024-03-06T09:00:00-05:00', releaseAt: '2024-03-11T17:00:00-04:00' });
    const notice = c.nextDeadline();
    expect(notice).toMatchObject({ kind: 'notice-due', at: '2024-03-09T21:00:00.000Z', status: 'upcoming' });
    c.advanceTo('2024-03-10T09:00:00-04:00');
    expect(c.deadlines[0]?.status).toBe('missed');
    c.send({ type: 'NOTICE_SENT', at: '2024-03-10T10:00:00-04:00' });
    expect(c.context.notice?.status).toBe('sent-late');
    c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-11T17:00:00-04:00', reason: 'sentence-completed' });
    expect(c.outcome?.code).toBe('released-hold-declined');
    expect(c.deadlines).toEqual([expect.objectContaining({ kind: 'notice-due', status: 'missed' })]);
    expect(c.explain().text).toContain('sent late');
  });

  it('marks notice sent on time as met', () => {
    const c = newCase({ policy: 'notify-only' });
    lodgeAndServe(c);
    c.send({ type: 'RELEASE_SCHEDULED', at: '2024-03-06T09:00:00-05:00', releaseAt: '2024-03-11T17:00:00-04:00' });
    c.send({ type: 'NOTICE_SENT', at: '2024-03-07T09:00:00-05:00' });
    expect(c.deadlines[0]?.status).toBe('met');
    expect(c.nextDeadline()).toBeNull();
  });

  it('records targetless events as self-entries', () => {
    const c = newCase();
    const [entry] = c.send({ type: 'ACCESS_REQUESTED', at: '2024-03-04T12:00:00-05:00' });
    expect(entry).toMatchObject({
      from: 'inCriminalCustody.noDetainer',
      to: 'inCriminalCustody.noDetainer',
      edge: 'inCriminalCustody:ACCESS_REQUESTED:0',
    });
    expect(c.context.accessRequests).toEqual([
      {
        at: '2024-03-04T17:00:00.000Z',
        granted: true,
        custodianId: NYC.id,
        reason: 'local-access-allowed',
        citations: ['psp-letters-2017'],
      },
    ]);
  });

  it('lists available events from core', () => {
    const c = heldThursdayCase();
    const allowed = c
      .availableEvents()
      .filter((a) => a.allowed)
      .map((a) => a.type);
    expect(allowed).toEqual([
      'DHS_ASSUMED_CUSTODY',
      'DETAINER_LIFTED',
      'ACCESS_REQUESTED',
      'CUSTODY_MOVED',
      'PROOF_OF_STATUS',
    ]);
  });

  it('advances by milliseconds or by days, hours and minutes', () => {
    const c = newCase();
    c.advanceBy(60_000);
    expect(c.now).toBe('2024-03-04T14:01:00.000Z');
    c.advanceBy({ days: 1, hours: 2, minutes: 3 });
    expect(c.now).toBe('2024-03-05T16:04:00.000Z');
  });

  it('notifies subscribers after every change until they unsubscribe', () => {
    const c = newCase();
    const seen: string[] = [];
    const unsubscribe = c.subscribe(() => seen.push(c.state));
    lodgeAndServe(c);
    c.advanceBy({ hours: 1 });
    expect(seen).toEqual([
      'inCriminalCustody.awaitingService',
      'inCriminalCustody.detainerInEffect.honoringHold',
      'inCriminalCustody.detainerInEffect.honoringHold',
    ]);
    expect(() => c.send({ type: 'DETAINER_SERVED', at: '2024-03-06T11:00:00-05:00' })).toThrow();
    expect(seen).toHaveLength(3);
    unsubscribe();
    c.advanceBy({ hours: 1 });
    expect(seen).toHaveLength(3);
  });

  it('passes inspection events to the inspect option', () => {
    const events: InspectionEvent[] = [];
    const c = createCase({
      policy: WEEKDAY_POLICY,
      custodian: NYC,
      bookedAt: '2024-03-04T09:00:00-05:00',
      inspect: (e) => events.push(e),
    });
    lodgeAndServe(c);
    const sent = events
      .filter((e) => e.type === '@xstate.event')
      .map((e) => (e.type === '@xstate.event' ? e.event.type : ''));
    expect(sent).toEqual(expect.arrayContaining(['DETAINER_LODGED', 'DETAINER_SERVED']));
    expect(events.some((e) => e.type === '@xstate.microstep')).toBe(true);
  });

  it('accepts an inspect observer object', () => {
    const types = new Set<string>();
    const c = newCase({ inspect: { next: (e: InspectionEvent) => types.add(e.type) } });
    c.send({ type: 'ACCESS_REQUESTED', at: '2024-03-04T12:00:00-05:00' });
    expect(types.has('@xstate.snapshot')).toBe(true);
  });

  it('refuses calls after stop', () => {
    const c = newCase();
    c.stop();
    expect(() => c.send({ type: 'ACCESS_REQUESTED', at: '2024-03-04T12:00:00-05:00' })).toThrow(/stopped/);
    expect(() => c.advanceBy(1)).toThrow(/stopped/);
    expect(c.can({ type: 'ACCESS_REQUESTED', at: '2024-03-04T12:00:00-05:00' }).allowed).toBe(false);
  });
});
