import { describe, expect, it } from 'vitest';
import { DetainerSchema, FORM_ERAS, formInUseAt } from './detainer.js';
import { DetainerFormSchema } from './vocabulary.js';

describe('formInUseAt', () => {
  it('does give the general-purpose form of each era of DOMAIN.md §4, on both sides of each change', () => {
    expect(formInUseAt('2012-12-21T12:00:00Z')).toBe('I-247');
    expect(formInUseAt('2015-07-01T23:59:59Z')).toBe('I-247');
    expect(formInUseAt('2015-07-02T00:00:00Z')).toBe('I-247D');
    expect(formInUseAt('2017-04-01T23:59:59Z')).toBe('I-247D');
    expect(formInUseAt('2017-04-02T00:00:00Z')).toBe('I-247A');
    expect(formInUseAt('2024-01-01T00:00:00Z')).toBe('I-247A');
  });

  it('does give a form that could be issued that day, never a one-purpose form', () => {
    for (const day of ['1999-01-01', '2014-11-20', '2016-06-30', '2017-03-20', '2030-01-01']) {
      const form = formInUseAt(`${day}T12:00:00Z`);
      expect(FORM_ERAS[form].general).toBe(true);
      const issued = DetainerSchema.safeParse({
        form,
        issuedAt: `${day}T12:00:00Z`,
        requests: { notice: true, hold: true },
        warrant: form === 'I-247A' ? 'I-200' : 'none',
      });
      expect(issued.success).toBe(true);
    }
    expect(DetainerFormSchema.options.filter((f) => !FORM_ERAS[f].general)).toEqual(['I-247N', 'I-247X', 'I-247G']);
  });
});

describe('the I-247G (Request for Advance Notification of Release, from Mar 4, 2025)', () => {
  // DOMAIN.md §9: "covered ICE offices may issue only a Request for Advance Notification of Release (Form
  // I-247G: notice, no hold)" [gonzalez-settlement-2025], [i247g-form]. The settlement is effective Mar 4, 2025.
  const g = { form: 'I-247G', requests: { notice: true, hold: false } } as const;

  it('does accept an I-247G issued on Mar 4, 2025 and refuse one issued the day before', () => {
    expect(DetainerSchema.safeParse({ ...g, issuedAt: '2025-03-04T00:00:00Z' }).success).toBe(true);
    const early = DetainerSchema.safeParse({ ...g, issuedAt: '2025-03-03T23:59:59Z' });
    expect(early.success).toBe(false);
    expect(early.error?.issues[0]?.message).toContain('from 2025-03-04');
  });

  it('does refuse an I-247G that asks for a hold, saying it is notice only', () => {
    const held = DetainerSchema.safeParse({ ...g, requests: { notice: true, hold: true } });
    expect(held.success).toBe(false);
    expect(held.error?.issues[0]?.path).toEqual(['requests', 'hold']);
    expect(held.error?.issues[0]?.message).toContain('notice only');
  });

  it('does not make the I-247G the general form of its era: a new general detainer is still an I-247A', () => {
    expect(formInUseAt('2025-03-04T12:00:00Z')).toBe('I-247A');
    expect(FORM_ERAS['I-247G']).toEqual({ from: '2025-03-04', until: null, asks: 'notice only', general: false });
  });
});
