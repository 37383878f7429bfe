import { z } from 'zod';
import { TimeZoneSchema } from '../clock/time-zone.js';
import {
  InadmissibilityGroundSchema,
  OffenseCategorySchema,
  OffenseInvolvementSchema,
  OffenseTermSchema,
} from './vocabulary.js';

/**
 * The proof of citizenship or lawful status a person has given the custodian: none, US citizenship, or lawful
 * status (the Texas exemption from mandated compliance [tx-ccp-2.251]).
 */
export const ProofOfStatusSchema = z.enum(['none', 'us-citizenship', 'lawful-status']);
export type ProofOfStatus = z.infer<typeof ProofOfStatusSchema>;

/**
 * One offense in the terms of the Laken Riley Act, and how the person stands toward it (arrested for, charged with,
 * convicted of, admits) [laken-riley-2025].
 */
export const ChargeSchema = z
  .object({ term: OffenseTermSchema, involvement: OffenseInvolvementSchema.default('charged') })
  .strict();
export type Charge = z.output<typeof ChargeSchema>;

/**
 * The person in criminal custody, as far as the model needs: the offense categories of the current charges
 * or convictions (for "listed offenses" policies [ca-sb54-digest]) and any proof of citizenship or lawful
 * status the person has given (the Texas exemption [tx-ccp-2.251]).
 */
export const SubjectSchema = z
  .object({
    offenses: z.array(OffenseCategorySchema).max(5).default([]),
    proofOfStatus: ProofOfStatusSchema.default('none'),
    /**
     * Offenses in the Laken Riley Act's terms, for DHS's duty to issue a detainer (`dhsDutyToIssue`)
     * [laken-riley-2025]. It binds DHS, not the custodian: no policy switch reads it.
     */
    charges: z.array(ChargeSchema).max(10).optional(),
    /** Grounds of inadmissibility DHS asserts, for DHS's duty to issue a detainer [laken-riley-2025]. */
    inadmissibility: z.array(InadmissibilityGroundSchema).max(4).optional(),
  })
  .strict();
export type Subject = z.output<typeof SubjectSchema>;
export type SubjectInput = z.input<typeof SubjectSchema>;

/** The kind of agency that holds the person: a county, city or state jail, or a state prison. */
export const CustodianKindSchema = z.enum(['county-jail', 'city-jail', 'state-jail', 'state-prison']);
export type CustodianKind = z.infer<typeof CustodianKindSchema>;

/**
 * The agency that physically holds the person [psp-letters-2017]. Its time zone decides where weekends and
 * holidays fall for the hold clock [cfr-287.7-d].
 */
export const CustodianSchema = z
  .object({
    id: z.string().min(1).max(80),
    name: z.string().min(1).max(160),
    kind: CustodianKindSchema.default('county-jail'),
    timeZone: TimeZoneSchema,
  })
  .strict();
export type Custodian = z.output<typeof CustodianSchema>;
export type CustodianInput = z.input<typeof CustodianSchema>;
