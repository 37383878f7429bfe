import {
  CustodyMoveBasisSchema,
  DETAINER_EVENT_TYPES,
  formInUseAt,
  parseDetainerEvent,
  ShownProofOfStatusSchema,
} from '@detainer-kit/sdk';
import { describe, expect, it } from 'vitest';
import { buildEvent, defaultFormValues, EVENT_LABELS, FORM_OPTIONS } from './event-forms';

describe('event forms', () => {
  it('labels every event type', () => {
    for (const type of DETAINER_EVENT_TYPES) expect(EVENT_LABELS[type]).toBeTruthy();
  });
  it('builds, from the defaults, an event the SDK accepts for every type', () => {
    const values = defaultFormValues('2024-03-04T15:00:00.000Z', 'America/Chicago');
    for (const type of DETAINER_EVENT_TYPES) {
      const built = buildEvent(type, values, 'America/Chicago');
      expect(built.ok, type).toBe(true);
      if (built.ok) expect(() => parseDetainerEvent(built.event), type).not.toThrow();
    }
  });
  it('carries the move basis and the proof of status, from the options of the core schemas', () => {
    const values = { ...defaultFormValues('2024-03-04T15:00:00.000Z', 'America/Chicago'), moveBasis: 'detainer-only' };
    const moved = buildEvent('CUSTODY_MOVED', values, 'America/Chicago');
    expect(moved.ok && parseDetainerEvent(moved.event)).toMatchObject({ basis: 'detainer-only' });
    const proof = buildEvent('PROOF_OF_STATUS', { ...values, proof: 'lawful-status' }, 'America/Chicago');
    expect(proof.ok && parseDetainerEvent(proof.event)).toMatchObject({ proof: 'lawful-status' });
    expect(FORM_OPTIONS.moveBases).toEqual(CustodyMoveBasisSchema.options);
    expect(FORM_OPTIONS.proofs).toEqual(ShownProofOfStatusSchema.options);
  });
  it('reads instants on the custodian’s wall clock', () => {
    const values = { ...defaultFormValues('2024-03-04T15:00:00.000Z', 'America/Chicago'), at: '2024-03-04T09:00' };
    const built = buildEvent('ACCESS_REQUESTED', values, 'America/Chicago');
    expect(built).toEqual({ ok: true, event: { type: 'ACCESS_REQUESTED', at: '2024-03-04T15:00:00.000Z' } });
  });
  it('adds the access facts only when given, and builds the duty and transfer-before-release events', () => {
    const values = defaultFormValues('2024-03-04T15:00:00.000Z', 'America/Chicago');
    const access = buildEvent(
      'ACCESS_REQUESTED',
      { ...values, accessArea: 'non-public', judicialWarrant: true },
      'America/Chicago',
    );
    expect(access).toEqual({
      ok: true,
      event: { type: 'ACCESS_REQUESTED', at: '2024-03-04T15:00:00.000Z', area: 'non-public', judicialWarrant: true },
    });
    expect(buildEvent('PERSON_INFORMED', { ...values, duty: 'rights-before-interview' }, 'America/Chicago')).toEqual({
      ok: true,
      event: { type: 'PERSON_INFORMED', at: '2024-03-04T15:00:00.000Z', duty: 'rights-before-interview' },
    });
    expect(buildEvent('TRANSFERRED_BEFORE_RELEASE', values, 'America/Chicago')).toEqual({
      ok: true,
      event: { type: 'TRANSFERRED_BEFORE_RELEASE', at: '2024-03-04T15:00:00.000Z', basis: 'sentence-reduction' },
    });
  });
  it('says what is missing instead of building a broken event', () => {
    const values = { ...defaultFormValues('2024-03-04T15:00:00.000Z', 'America/Chicago'), releaseAt: '' };
    expect(buildEvent('RELEASE_SCHEDULED', values, 'America/Chicago')).toMatchObject({ ok: false });
  });
  it('defaults to the form in use at the time, by the SDK’s form eras', () => {
    expect(formInUseAt('2024-01-01T00:00:00Z')).toBe('I-247A');
    expect(formInUseAt('2016-01-01T00:00:00Z')).toBe('I-247D');
    expect(formInUseAt('2013-01-01T00:00:00Z')).toBe('I-247');
    expect(defaultFormValues('2016-01-01T00:00:00Z', 'America/Chicago')).toMatchObject({
      form: 'I-247D',
      warrant: 'none',
    });
    expect(defaultFormValues('2024-01-01T00:00:00Z', 'America/Chicago')).toMatchObject({
      form: 'I-247A',
      warrant: 'I-200',
    });
  });
});
