import { z } from 'zod';
import { TimeZoneSchema } from '../clock/time-zone.js';
import { OffenseCategorySchema } from './vocabulary.js';

/**
 * The person in criminal custody, as far as the model needs: the offense categories of the current charges
 * or convictions (for "listed offenses" policies [ca-sb54-digest]) and any proof of citizenship or lawful
 * status the person has given (the Texas exemption [tx-ccp-2.251]).
 */
export const SubjectSchema = z
  .object({
    offenses: z.array(OffenseCategorySchema).max(5).default([]),
    proofOfStatus: z.enum(['none', 'us-citizenship', 'lawful-status']).default('none'),
  })
  .strict();
export type Subject = z.output<typeof SubjectSchema>;
export type SubjectInput = z.input<typeof SubjectSchema>;

/**
 * The agency that physically holds the person [psp-letters-2017]. Its time zone decides where weekends and
 * holidays fall for the hold clock [cfr-287.7-d].
 */
export const CustodianSchema = z
  .object({
    id: z.string().min(1).max(80),
    name: z.string().min(1).max(160),
    kind: z.enum(['county-jail', 'city-jail', 'state-jail', 'state-prison']).default('county-jail'),
    timeZone: TimeZoneSchema,
  })
  .strict();
export type Custodian = z.output<typeof CustodianSchema>;
export type CustodianInput = z.input<typeof CustodianSchema>;
