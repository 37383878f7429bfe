import { isCitationId, MODEL_INFO } from '@detainer-kit/core';
import { describe, expect, it } from 'vitest';
import { heldThursdayCase, I247A, lodgeAndServe, newCase, THURSDAY_HOLD_DEADLINE } from './fixtures.test-helpers.js';

describe('explain', () => {
  it('gives every sentence at least one registered citation and ends with the disclaimer', () => {
    const c = heldThursdayCase();
    c.advanceTo('2024-03-12T00:00:00Z');
    const { sentences, text, disclaimer } = c.explain();
    expect(disclaimer).toBe(MODEL_INFO.disclaimer);
    expect(text.endsWith(MODEL_INFO.disclaimer)).toBe(true);
    expect(sentences.length).toBeGreaterThan(c.timeline.length);
    for (const s of sentences) {
      expect(s.text.length).toBeGreaterThan(0);
      expect(s.citations.length, s.text).toBeGreaterThan(0);
      for (const id of s.citations) expect(isCitationId(id), id).toBe(true);
    }
  });

  it('tells the decision reason by reason, the counting rule and the outcome', () => {
    const c = heldThursdayCase();
    c.advanceTo('2024-03-12T00:00:00Z');
    const { text } = c.explain();
    for (const reason of c.context.decision?.reasons ?? []) expect(text).toContain(reason.text);
    expect(text).toContain(c.context.hold?.countingRule.text);
    expect(text).toContain(c.outcome?.text);
    expect(text).toContain('Mon, Mar 11, 2024');
  });

  it('says when the counting rule is unverified', () => {
    const c = newCase();
    lodgeAndServe(c);
    c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T17:00:00-05:00', reason: 'bond-posted' });
    expect(c.context.hold?.countingRule.unverified).toBe(true);
    expect(c.explain().text).toContain('unverified');
    expect(heldThursdayCase().explain().text).not.toContain('unverified');
  });

  it('describes an open case by its current state', () => {
    const c = newCase();
    const { sentences } = c.explain();
    expect(sentences.at(-1)?.text).toMatch(/the case is open/);
  });
});

describe('forkAt', () => {
  it('branches: a different event gives a different outcome, and the original is unchanged', () => {
    const original = heldThursdayCase();
    original.advanceTo('2024-03-12T00:00:00Z');
    const before = JSON.stringify(original.toJSON());
    const holdStart = original.timeline.findIndex((e) => e.to === 'holding');
    const fork = original.forkAt(holdStart);
    expect(fork.state).toBe('holding');
    expect(fork.now).toBe('2024-03-07T22:00:00.000Z');
    expect(fork.timeline).toEqual(original.timeline.slice(0, holdStart + 1));
    fork.send({ type: 'DHS_ASSUMED_CUSTODY', at: '2024-03-08T10:00:00-05:00' });
    expect(fork.outcome?.code).toBe('transferred-to-dhs');
    expect(original.outcome?.code).toBe('released-hold-expired');
    expect(JSON.stringify(original.toJSON())).toBe(before);
  });

  it('is deterministic', () => {
    const original = heldThursdayCase();
    original.advanceTo('2024-03-12T00:00:00Z');
    expect(original.forkAt(2).toJSON()).toEqual(original.forkAt(2).toJSON());
  });

  it('keeps the rest of the step: forking at a served detainer includes its decision', () => {
    const c = newCase();
    lodgeAndServe(c);
    const fork = c.forkAt(1);
    expect(fork.timeline).toEqual(c.timeline);
    expect(fork.state).toBe('inCriminalCustody.detainerInEffect.honoringHold');
  });

  it('replays a deadline entry at its instant', () => {
    const c = heldThursdayCase();
    c.advanceTo('2024-03-20T00:00:00Z');
    const last = c.timeline.length - 1;
    const fork = c.forkAt(last);
    expect(fork.timeline).toEqual(c.timeline);
    expect(fork.now).toBe(THURSDAY_HOLD_DEADLINE);
  });

  it('goes back to the booking with -1', () => {
    const c = newCase();
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-05T10:00:00-05:00', detainer: I247A });
    const fork = c.forkAt(-1);
    expect(fork.timeline).toEqual([]);
    expect(fork.now).toBe('2024-03-04T14:00:00.000Z');
    expect(fork.state).toBe('inCriminalCustody.noDetainer');
  });
});
