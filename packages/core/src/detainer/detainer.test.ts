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
    expect(DetainerFormSchema.options.filter((f) => !FORM_ERAS[f].general)).toEqual(['I-247N', 'I-247X']);
  });
});
