import { z } from 'zod';
import { InstantSchema } from '../instant.js';
import { type DetainerForm, DetainerFormSchema, ProbableCauseBasisSchema, WarrantSchema } from './vocabulary.js';

/** What the detainer asks of the custodian: notice before release, a hold after it, or both [ice-guidance-i247a]. */
export const DetainerRequestsSchema = z
  .object({
    notice: z.boolean({ error: 'requests.notice must be true or false' }),
    hold: z.boolean({ error: 'requests.hold must be true or false' }),
  })
  .strict()
  .refine((r) => r.notice || r.hold, {
    message: 'a detainer asks for notice, a hold, or both: set requests.notice or requests.hold to true',
  });
export type DetainerRequests = z.infer<typeof DetainerRequestsSchema>;

/** Who issued the detainer: ICE, CBP, or a trained local officer under a 287(g) jail-model agreement [crs-287g]. */
export const IssuerSchema = z.enum(['ICE', 'CBP', '287g-officer']);
export type Issuer = z.infer<typeof IssuerSchema>;

/**
 * The first day on which each form could be issued, and the last (DOMAIN.md §4). PEP-era dates are from a
 * secondary source [ice-detainer-policy-2017]. A detainer keeps its form and stays active after a change
 * [ice-guidance-i247a]: only the *issue* date is checked, never the date of later events. `general` marks the
 * era's general-purpose form; the others serve one purpose (I-247N notice only [i247n], I-247X transfer).
 */
export const FORM_ERAS = {
  'I-247': { from: null, until: '2015-07-01', asks: 'notice; hold', general: true },
  'I-247D': { from: '2015-07-02', until: '2017-04-01', asks: 'hold', general: true },
  'I-247N': { from: '2015-07-02', until: '2017-04-01', asks: 'notice only', general: false },
  'I-247X': { from: '2015-07-02', until: '2017-04-01', asks: 'transfer', general: false },
  'I-247A': { from: '2017-04-02', until: null, asks: 'notice and/or hold', general: true },
} as const satisfies Record<
  z.infer<typeof DetainerFormSchema>,
  { from: string | null; until: string | null; asks: string; general: boolean }
>;

/** Whether `form` could be issued on `day` (`YYYY-MM-DD`), by {@link FORM_ERAS}. */
function issuableOn(form: DetainerForm, day: string): boolean {
  const era: { from: string | null; until: string | null } = FORM_ERAS[form];
  return (era.from === null || day >= era.from) && (era.until === null || day <= era.until);
}

/**
 * The general-purpose form DHS issued on the date of `instant` (its UTC calendar day), by the eras of
 * DOMAIN.md §4: `I-247` up to Jul 1, 2015 (revised Dec 21, 2012), `I-247D` in the PEP era (Jul 2, 2015 –
 * Apr 1, 2017) and `I-247A` from Apr 2, 2017 [ice-guidance-i247a], [i247d], [ice-detainer-policy-2017].
 * The one-purpose forms of an era (I-247N, I-247X) are never the answer; older forms stay active after a
 * change, so this says which form a *new* detainer would use, not which forms a case may hold.
 *
 * @example
 * formInUseAt('2016-01-01T00:00:00Z') // 'I-247D'
 * formInUseAt('2024-01-01T00:00:00Z') // 'I-247A'
 */
export function formInUseAt(instant: string): DetainerForm {
  const day = instant.slice(0, 10);
  return DetainerFormSchema.options.find((form) => FORM_ERAS[form].general && issuableOn(form, day)) ?? 'I-247A';
}

/**
 * A detainer as lodged with the custodian. Parsing checks the facts the forms fix: an I-247N asks for notice
 * only [i247n]; an I-247D asks for a hold [i247d]; an I-247A comes with an I-200 or I-205 administrative
 * warrant, or a judicial one [ice-guidance-i247a]; and a form is issued only within its era.
 */
export const DetainerSchema = z
  .object({
    form: DetainerFormSchema,
    issuedAt: InstantSchema.optional(),
    requests: DetainerRequestsSchema,
    basis: z.array(ProbableCauseBasisSchema).max(5).default([]),
    warrant: WarrantSchema.default('none'),
    issuer: IssuerSchema.default('ICE'),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.form === 'I-247N' && d.requests.hold) {
      ctx.addIssue({
        code: 'custom',
        path: ['requests', 'hold'],
        message: 'an I-247N asks for notice only and does not request detention: set requests.hold to false',
      });
    }
    if (d.form === 'I-247D' && !d.requests.hold) {
      ctx.addIssue({
        code: 'custom',
        path: ['requests', 'hold'],
        message: 'an I-247D asks the custodian to hold: set requests.hold to true, or use an I-247N for notice only',
      });
    }
    if (d.form === 'I-247A' && d.warrant === 'none') {
      ctx.addIssue({
        code: 'custom',
        path: ['warrant'],
        message:
          'since April 2017 an I-247A comes with an administrative warrant: set warrant to "I-200" or "I-205" (or "judicial")',
      });
    }
    if (d.issuedAt) {
      const era = FORM_ERAS[d.form];
      if (!issuableOn(d.form, d.issuedAt.slice(0, 10))) {
        ctx.addIssue({
          code: 'custom',
          path: ['issuedAt'],
          message: `an ${d.form} could be issued only ${era.from ? `from ${era.from}` : ''}${era.from && era.until ? ' ' : ''}${era.until ? `until ${era.until}` : ''}: pick the form of that era or change issuedAt`,
        });
      }
    }
  });
export type Detainer = z.output<typeof DetainerSchema>;
export type DetainerInput = z.input<typeof DetainerSchema>;
