import {
  type CitationId,
  CustodianSchema,
  DDOR_FIRST_WEEK,
  DetainerFormSchema,
  HOUR_MS,
  LiftReasonSchema,
  NOTICE_LEAD_HOURS,
  OffenseCategorySchema,
  ReleaseReasonSchema,
  SUPPORTED_INSTANTS,
} from '@detainer-kit/core';
import { z } from 'zod';

/**
 * The assumptions a synthetic population is drawn from. Every number is explicit, validated, and documented
 * with where it comes from: a DOMAIN.md citation id where a source gives it, otherwise the plain words
 * "illustrative assumption, not from a source". The data this produces is synthetic, never a record of real
 * people.
 *
 * Weights (`releaseReasons`, `offenseMix`, `releaseWeekday`, `formMix`, `liftReasons`, `dhsPickup`) need not
 * sum to 1: each set is normalized by its total, which must be positive.
 *
 * @module
 */

const share = (field: string) =>
  z
    .number({ error: `${field} must be a number between 0 and 1` })
    .min(0, `${field} must be between 0 and 1 (a share of cases)`)
    .max(1, `${field} must be between 0 and 1 (a share of cases)`);

const weight = z
  .number({ error: 'a weight must be a number' })
  .min(0, 'a weight must be 0 or more (weights are normalized by their total)')
  .refine(Number.isFinite, 'a weight must be finite');

/** A weight set keyed by an enum: every key optional (missing = 0), at least one positive. */
function weights<const K extends string>(keys: z.ZodEnum<{ [k in K]: k }>, what: string) {
  return z.partialRecord(keys, weight).refine((w) => Object.values(w).some((v) => typeof v === 'number' && v > 0), {
    message: `${what}: give at least one positive weight (weights are normalized by their total)`,
  });
}

/** An inclusive range `{ min, max }` of numbers. */
function range(what: string, unit: string, lo: number, hi: number, integer = false) {
  const n = (integer ? z.number().int(`${what} must be whole ${unit}`) : z.number())
    .min(lo, `${what} must be at least ${lo} ${unit}`)
    .max(hi, `${what} must be at most ${hi} ${unit}`);
  return z
    .object({ min: n, max: n })
    .strict()
    .refine((r) => r.min <= r.max, { message: `${what}: min must not be greater than max`, path: ['max'] });
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
/** Weekday names, Monday first (the order of `releaseWeekday`). */
export const WeekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof WeekdaySchema>;

const SIMULATED_FORMS_TEXT = DetainerFormSchema.options
  .filter((f) => f !== 'I-247X')
  .map((f) => `"${f}"`)
  .join(', ');
/** Forms a simulated detainer may use. The I-247X (a transfer request) is not simulated. */
export const SimulatedFormSchema = DetainerFormSchema.exclude(['I-247X'], {
  error: (): string => `expected one of the simulated forms ${SIMULATED_FORMS_TEXT}`,
});
export type SimulatedForm = z.infer<typeof SimulatedFormSchema>;

/** One window of hours after release eligibility in which DHS arrives, uniformly. */
const PickupWindowSchema = z
  .object({
    fromHours: z.number().min(0, 'fromHours must be 0 or more').max(240, 'fromHours must be at most 240'),
    toHours: z.number().min(0, 'toHours must be 0 or more').max(240, 'toHours must be at most 240'),
    weight,
  })
  .strict()
  .refine((w) => w.fromHours <= w.toHours, {
    message: 'fromHours must not be greater than toHours',
    path: ['toHours'],
  });

/**
 * When DHS comes for the person, as weights: at the moment of release eligibility (`presentAtRelease`),
 * `never`, or uniformly within one of the `windows` of hours after eligibility.
 */
const DhsPickupSchema = z
  .object({
    presentAtRelease: weight,
    never: weight,
    windows: z.array(PickupWindowSchema).max(24, 'dhsPickup.windows: at most 24 windows'),
  })
  .strict()
  .refine((p) => p.presentAtRelease + p.never + p.windows.reduce((s, w) => s + w.weight, 0) > 0, {
    message: 'dhsPickup: give at least one positive weight (presentAtRelease, never or a window)',
  });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The defaults, each with its source. Numbers with a source cite a DOMAIN.md id; the rest are illustrative
 * assumptions, not from a source, chosen only to give every path of the machine some cases.
 */
export const DEFAULT_ASSUMPTIONS = {
  // Synthetic custodian; the time zone decides weekdays and holidays for the hold clock [cfr-287.7-d].
  jurisdiction: 'Synthetic County (synthetic data)',
  custodian: {
    id: 'synthetic-county-jail',
    name: 'Synthetic County Jail (synthetic)',
    kind: 'county-jail',
    timeZone: 'America/Chicago',
  },
  // First Monday of the I-247A era (issued from Apr 2, 2017) [ice-detainer-policy-2017].
  startDate: '2017-04-03',
  periodDays: 364,
  daysInCustody: { min: 1, max: 60 },
  lodgedAfterBookingHours: { min: 1, max: 72 },
  formMix: { 'I-247A': 1 },
  noticeOnlyShare: 0.1,
  judicialWarrantShare: 0.02,
  databaseOnlyBasisShare: 0.4,
  servedShare: 0.95,
  liftShare: 0.03,
  liftReasons: {
    'prosecutorial-discretion': 1,
    'us-citizenship-claim': 1,
    'not-amenable-to-removal': 1,
    'case-closed': 1,
    'early-release': 1,
    'no-longer-in-custody': 1,
  },
  releaseScheduledShare: 0.8,
  releaseScheduledLeadHours: { min: 0, max: 120 },
  noticeSentShare: 0.9,
  noticeSentBeforeReleaseHours: { min: 0, max: 96 },
  releaseReasons: {
    'bond-posted': 35,
    'own-recognizance': 15,
    'charges-dismissed': 10,
    acquitted: 2,
    'sentence-completed': 33,
    diversion: 5,
  },
  offenseMix: {
    'serious-or-violent-felony': 12,
    'listed-conviction': 13,
    'other-felony': 25,
    misdemeanor: 45,
    infraction: 5,
  },
  releaseWeekday: { monday: 18, tuesday: 18, wednesday: 18, thursday: 18, friday: 18, saturday: 5, sunday: 5 },
  releaseHours: { min: 6, max: 22 },
  lakenRileyShare: 0,
  dhsPickup: {
    presentAtRelease: 10,
    never: 30,
    windows: [
      { fromHours: 0, toHours: 12, weight: 35 },
      { fromHours: 12, toHours: 48, weight: 20 },
      { fromHours: 48, toHours: 120, weight: 5 },
    ],
  },
} as const;

/** Where each default comes from, for the report and the docs. */
export interface AssumptionSource {
  readonly field: string;
  readonly source: string;
  readonly citations: readonly CitationId[];
}

const ILLUSTRATIVE = 'illustrative assumption, not from a source';

/** The source of every default in {@link DEFAULT_ASSUMPTIONS}, field by field. */
export const ASSUMPTION_SOURCES: readonly AssumptionSource[] = Object.freeze([
  {
    field: 'cases',
    source: `Default ${DDOR_FIRST_WEEK.detainersIssued.toLocaleString('en-US')}: the detainers issued in the first week of the Declined Detainer Outcome Report (${DDOR_FIRST_WEEK.declined.toLocaleString('en-US')} of them declined), used for scale only.`,
    citations: DDOR_FIRST_WEEK.citations,
  },
  { field: 'jurisdiction', source: 'A synthetic jurisdiction; no real place is modeled.', citations: [] },
  {
    field: 'custodian',
    source: `A synthetic county jail in America/Chicago; the time zone decides weekdays and holidays for the hold clock. Choice of zone: ${ILLUSTRATIVE}.`,
    citations: ['cfr-287.7-d'],
  },
  {
    field: 'startDate',
    source: 'First Monday of the I-247A era (the form is issued from Apr 2, 2017).',
    citations: ['ice-detainer-policy-2017'],
  },
  {
    field: 'periodDays',
    source: `52 weeks of bookings, so weekends and federal holidays all occur: ${ILLUSTRATIVE}.`,
    citations: [],
  },
  {
    field: 'daysInCustody',
    source: `Days from booking to release eligibility, uniform 1–60: ${ILLUSTRATIVE}.`,
    citations: [],
  },
  {
    field: 'lodgedAfterBookingHours',
    source: `Fingerprints at booking reach DHS, which may then lodge a detainer; the delay (1–72 hours) is an ${ILLUSTRATIVE}.`,
    citations: ['dhs-qa-2017'],
  },
  {
    field: 'formMix',
    source: 'Only the I-247A is issued from Apr 2, 2017; older forms stay active, so other forms may be weighted in.',
    citations: ['ice-detainer-policy-2017', 'ice-guidance-i247a'],
  },
  {
    field: 'noticeOnlyShare',
    source: `Share of I-247A/I-247 detainers asking for notice only (10%): ${ILLUSTRATIVE}. An I-247N or I-247G is always notice only and an I-247D always asks for a hold.`,
    citations: ['i247n', 'i247g-form', 'i247d'],
  },
  {
    field: 'judicialWarrantShare',
    source: `Share of detainers with a judge-signed warrant (2%): ${ILLUSTRATIVE}. Otherwise an I-247A comes with an I-200 or I-205.`,
    citations: ['ice-guidance-i247a'],
  },
  {
    field: 'databaseOnlyBasisShare',
    source: `Share whose only probable-cause basis is a biometric match and database records (40%): ${ILLUSTRATIVE}.`,
    citations: ['gonzalez-cdcal-2020'],
  },
  {
    field: 'servedShare',
    source: `Share of I-247A detainers served on the person before release eligibility (95%): ${ILLUSTRATIVE}. An unserved I-247A has not taken effect.`,
    citations: ['ice-guidance-i247a'],
  },
  {
    field: 'liftShare',
    source: `Share of detainers DHS lifts before release eligibility (3%), reasons equally weighted: ${ILLUSTRATIVE}. The reasons are the ICE data's lift reasons.`,
    citations: ['ddp-codebook', 'ice-policy-10074.2'],
  },
  {
    field: 'releaseScheduledShare',
    source: `Share of cases whose release is scheduled ahead (80%), 0–120 hours ahead: ${ILLUSTRATIVE}. Notice is due ${NOTICE_LEAD_HOURS} hours before a scheduled release.`,
    citations: ['i247a-form'],
  },
  {
    field: 'noticeSentShare',
    source: `Share of cases in which the custodian would send notice if its policy gives it (90%), 0–96 hours before release: ${ILLUSTRATIVE}. Whether it is on time is decided by the model.`,
    citations: ['i247a-form'],
  },
  {
    field: 'releaseReasons',
    source: `Mix of release reasons (bond 35, own recognizance 15, dismissed 10, acquitted 2, sentence completed 33, diversion 5): ${ILLUSTRATIVE}.`,
    citations: ['humboldt-9121-4'],
  },
  {
    field: 'offenseMix',
    source: `Mix of offense categories, shown as "notable criminal activity" in the declined list (serious or violent felony 12, listed conviction 13, other felony 25, misdemeanor 45, infraction 5): ${ILLUSTRATIVE}.`,
    citations: ['ca-sb54-digest', 'ddor-2017'],
  },
  {
    field: 'releaseWeekday',
    source: `Weekday of release eligibility (weekdays 18 each, Saturday and Sunday 5 each): ${ILLUSTRATIVE}. It matters to the weekday counting rule.`,
    citations: ['cfr-287.7-d'],
  },
  {
    field: 'releaseHours',
    source: `Local hour of release eligibility, uniform 06:00–22:00: ${ILLUSTRATIVE}.`,
    citations: [],
  },
  {
    field: 'lakenRileyShare',
    source: `Share of people who meet the Laken Riley Act's criteria (inadmissible under INA 212(a)(6)(A), (6)(C) or (7), and arrested for a listed offense; modeled as arrested for theft, inadmissible under 212(a)(6)(A)), default 0: ${ILLUSTRATIVE}. From Jan 29, 2025 DHS is required to issue a detainer for such a person (core's dhsDutyToIssue), so the assumption is that such a person always gets one. Every simulated case already has a detainer, so the Act changes no outcome here: it binds DHS, not the custodian, and no policy switch reads it; the person's charges and grounds are recorded on the case.`,
    citations: ['laken-riley-2025'],
  },
  {
    field: 'dhsPickup',
    source: `When DHS comes (present at release 10, never 30, within 0–12 h 35, 12–48 h 20, 48–120 h 5): ${ILLUSTRATIVE}. The hold limit is 48 counted hours.`,
    citations: ['cfr-287.7-d', 'i247a-form'],
  },
]);

/** Days after the latest release eligibility that a simulated case may still run: a weekday move and a hold. */
const SIMULATION_TAIL_DAYS = 16;
const DAY_MS = 24 * HOUR_MS;

/**
 * The population assumptions (see {@link DEFAULT_ASSUMPTIONS} for the defaults and
 * {@link ASSUMPTION_SOURCES} for where each comes from). Every field is optional; a given field replaces its
 * default as a whole.
 */
export const PopulationAssumptionsSchema = z
  .object({
    /** Name of the synthetic jurisdiction, shown in the declined-detainer list. */
    jurisdiction: z
      .string()
      .trim()
      .min(1, 'jurisdiction must not be empty')
      .max(160)
      .default(DEFAULT_ASSUMPTIONS.jurisdiction),
    /** The custodian (its time zone decides weekdays and holidays). */
    custodian: CustodianSchema.default(DEFAULT_ASSUMPTIONS.custodian),
    /** First day bookings may fall on, `YYYY-MM-DD` (local to the custodian). */
    startDate: z
      .string()
      .regex(ISO_DATE, 'startDate must be a date written YYYY-MM-DD, e.g. "2017-04-03"')
      .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'startDate must be a real calendar date')
      .refine((d) => Date.parse(`${d}T00:00:00Z`) - DAY_MS >= Date.parse(SUPPORTED_INSTANTS.from), {
        message: `startDate must be after ${SUPPORTED_INSTANTS.from.slice(0, 10)} (the first day the model supports)`,
      })
      .default(DEFAULT_ASSUMPTIONS.startDate),
    /** How many days bookings are spread over, uniformly. */
    periodDays: z
      .number()
      .int('periodDays must be a whole number of days')
      .min(1, 'periodDays must be at least 1')
      .max(3660, 'periodDays must be at most 3660 (ten years)')
      .default(DEFAULT_ASSUMPTIONS.periodDays),
    /** Days from booking to release eligibility (before moving to the drawn weekday), uniform. */
    daysInCustody: range('daysInCustody', 'days', 0, 3660, true).default(DEFAULT_ASSUMPTIONS.daysInCustody),
    /** Hours from booking to the detainer being lodged, uniform (capped before release eligibility). */
    lodgedAfterBookingHours: range('lodgedAfterBookingHours', 'hours', 0, 8760).default(
      DEFAULT_ASSUMPTIONS.lodgedAfterBookingHours,
    ),
    /** Weights of detainer forms. */
    formMix: weights(SimulatedFormSchema, 'formMix').default(DEFAULT_ASSUMPTIONS.formMix),
    /** Share of I-247A / I-247 detainers that ask for notice only. */
    noticeOnlyShare: share('noticeOnlyShare').default(DEFAULT_ASSUMPTIONS.noticeOnlyShare),
    /** Share of detainers that come with a warrant signed by a judge. */
    judicialWarrantShare: share('judicialWarrantShare').default(DEFAULT_ASSUMPTIONS.judicialWarrantShare),
    /** Share whose only probable-cause basis is a biometric match and database records. */
    databaseOnlyBasisShare: share('databaseOnlyBasisShare').default(DEFAULT_ASSUMPTIONS.databaseOnlyBasisShare),
    /** Share of I-247A detainers served on the person before release eligibility. */
    servedShare: share('servedShare').default(DEFAULT_ASSUMPTIONS.servedShare),
    /** Share of detainers DHS lifts before release eligibility. */
    liftShare: share('liftShare').default(DEFAULT_ASSUMPTIONS.liftShare),
    /** Weights of lift reasons. */
    liftReasons: weights(LiftReasonSchema, 'liftReasons').default(DEFAULT_ASSUMPTIONS.liftReasons),
    /** Share of cases whose release is scheduled ahead of time. */
    releaseScheduledShare: share('releaseScheduledShare').default(DEFAULT_ASSUMPTIONS.releaseScheduledShare),
    /** How many hours ahead of eligibility the release is scheduled, uniform. */
    releaseScheduledLeadHours: range('releaseScheduledLeadHours', 'hours', 0, 8760).default(
      DEFAULT_ASSUMPTIONS.releaseScheduledLeadHours,
    ),
    /** Share of cases in which the custodian would send notice, if its policy gives notice. */
    noticeSentShare: share('noticeSentShare').default(DEFAULT_ASSUMPTIONS.noticeSentShare),
    /** How many hours before release eligibility that notice goes out, uniform. */
    noticeSentBeforeReleaseHours: range('noticeSentBeforeReleaseHours', 'hours', 0, 8760).default(
      DEFAULT_ASSUMPTIONS.noticeSentBeforeReleaseHours,
    ),
    /** Weights of release reasons. */
    releaseReasons: weights(ReleaseReasonSchema, 'releaseReasons').default(DEFAULT_ASSUMPTIONS.releaseReasons),
    /**
     * Share of people who meet the Laken Riley Act's criteria (from Jan 29, 2025, DHS must issue them a detainer)
     * [laken-riley-2025]; default 0, which draws nothing, so populations without it are unchanged.
     */
    lakenRileyShare: share('lakenRileyShare').default(DEFAULT_ASSUMPTIONS.lakenRileyShare),
    /** Weights of offense categories (one per person). */
    offenseMix: weights(OffenseCategorySchema, 'offenseMix').default(DEFAULT_ASSUMPTIONS.offenseMix),
    /** Weights of the local weekday of release eligibility. */
    releaseWeekday: weights(WeekdaySchema, 'releaseWeekday').default(DEFAULT_ASSUMPTIONS.releaseWeekday),
    /** Local hours of release eligibility, uniform over [min, max). */
    releaseHours: range('releaseHours', 'hours', 0, 24)
      .refine((r) => r.max > r.min, { message: 'releaseHours: max must be greater than min', path: ['max'] })
      .default(DEFAULT_ASSUMPTIONS.releaseHours),
    /** When DHS comes for the person. */
    dhsPickup: DhsPickupSchema.default(() => ({
      ...DEFAULT_ASSUMPTIONS.dhsPickup,
      windows: DEFAULT_ASSUMPTIONS.dhsPickup.windows.map((w) => ({ ...w })),
    })),
  })
  .strict()
  .superRefine((a, ctx) => {
    // The last instant a case can reach: the last booking day, the longest custody, the move to the drawn
    // weekday and the longest hold (a weekday-rule hold over a holiday weekend is about five calendar days).
    const lastDay =
      Date.parse(`${a.startDate}T00:00:00Z`) + (a.periodDays + a.daysInCustody.max + SIMULATION_TAIL_DAYS) * DAY_MS;
    if (lastDay >= Date.parse(SUPPORTED_INSTANTS.before))
      ctx.addIssue({
        code: 'custom',
        path: ['startDate'],
        message: `startDate + periodDays + daysInCustody.max run past ${SUPPORTED_INSTANTS.before.slice(0, 10)}, the last day the model supports: start earlier or shorten the period`,
      });
  });

/** Parsed assumptions (every default filled in). */
export type PopulationAssumptions = z.output<typeof PopulationAssumptionsSchema>;
/** Assumptions as written by a person: every field optional. */
export type PopulationAssumptionsInput = z.input<typeof PopulationAssumptionsSchema>;
