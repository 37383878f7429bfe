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
 * era's general-purpose form; the others serve one purpose (I-247N notice only [i247n], I-247X transfer, and from
 * Mar 4, 2025 the I-247G, a notice-only request under the Gonzalez settlement [i247g-form] (secondary)).
 */
export const FORM_ERAS = {
  'I-247': { from: null, until: '2015-07-01', asks: 'notice; hold', general: true },
  'I-247D': { from: '2015-07-02', until: '2017-04-01', asks: 'hold', general: true },
  'I-247N': { from: '2015-07-02', until: '2017-04-01', asks: 'notice only', general: false },
  'I-247X': { from: '2015-07-02', until: '2017-04-01', asks: 'transfer', general: false },
  'I-247A': { from: '2017-04-02', until: null, asks: 'notice and/or hold', general: true },
  'I-247G': { from: '2025-03-04', until: null, asks: 'notice only', general: false },
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
 * The one-purpose forms of an era (I-247N, I-247X, I-247G) are never the answer; older forms stay active after a
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
 * only [i247n], and so does an I-247G [i247g-form]; an I-247D asks for a hold [i247d]; an I-247A comes with an I-200 or I-205 administrative
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
    /**
     * Whether a neutral decision-maker reviewed the probable cause for the hold before it was requested, as the
     * Gonzalez settlement requires of covered ICE offices from Mar 4, 2025 [gonzalez-settlement-2025]
     * (secondary). A judicial warrant counts as such a review. Read only by a policy that sets
     * `requireNeutralReview`; absent means no such review.
     */
    neutralReview: z.boolean({ error: 'neutralReview must be true or false' }).optional(),
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
    if (d.form === 'I-247G' && d.requests.hold) {
      ctx.addIssue({
        code: 'custom',
        path: ['requests', 'hold'],
        message:
          'an I-247G is a Request for Advance Notification of Release: it asks for notice only, with no hold; set requests.hold to false',
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
