import { z } from 'zod';
import { InstantSchema } from '../instant.js';
import { DetainerFormSchema, ProbableCauseBasisSchema, WarrantSchema } from './vocabulary.js';

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
 * The first instant on which each form could be issued, and the last (DOMAIN.md §4). PEP-era dates are from a
 * secondary source [ice-detainer-policy-2017]. A detainer keeps its form and stays active after a change
 * [ice-guidance-i247a]: only the *issue* date is checked, never the date of later events.
 */
export const FORM_ERAS = {
  'I-247': { from: null, until: '2015-07-01', asks: 'notice; hold' },
  'I-247D': { from: '2015-07-02', until: '2017-04-01', asks: 'hold' },
  'I-247N': { from: '2015-07-02', until: '2017-04-01', asks: 'notice only' },
  'I-247X': { from: '2015-07-02', until: '2017-04-01', asks: 'transfer' },
  'I-247A': { from: '2017-04-02', until: null, asks: 'notice and/or hold' },
} as const satisfies Record<
  z.infer<typeof DetainerFormSchema>,
  { from: string | null; until: string | null; asks: string }
>;

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
      const day = d.issuedAt.slice(0, 10);
      const era = FORM_ERAS[d.form];
      if ((era.from && day < era.from) || (era.until && day > era.until)) {
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
