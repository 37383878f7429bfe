import {
  type Custodian,
  type Detainer,
  type JurisdictionPolicy,
  type LiftReason,
  LiftReasonSchema,
  type OffenseCategory,
  OffenseCategorySchema,
  type ReleaseReason,
  ReleaseReasonSchema,
  type Subject,
  zonedTimeToInstant,
} from '@detainer-kit/core';
import { type PopulationAssumptions, type SimulatedForm, SimulatedFormSchema, WeekdaySchema } from './assumptions.js';
import { cumulative } from './rng.js';

const DAY_MS = 86_400_000;

/** One policy of a run: how the caller named it (a preset id, or null for a policy object) and the parsed policy. */
export interface SimulationPolicy {
  readonly ref: string | null;
  readonly policy: JurisdictionPolicy;
}

/**
 * Everything a chunk of a population needs, as plain data (it crosses to worker threads by structured
 * clone): the seed, the size, the parsed policies and assumptions.
 */
export interface SimulationConfig {
  readonly seed: number;
  readonly cases: number;
  readonly policies: readonly SimulationPolicy[];
  readonly assumptions: PopulationAssumptions;
  /** How many entries the declined-detainer list keeps (the total is always counted). */
  readonly declinedListLimit: number;
}

/** The detainer variants a case can draw, built once and shared (frozen) by every case. */
export interface DetainerVariant {
  readonly detainer: Detainer;
  readonly form: SimulatedForm;
  readonly requiresService: boolean;
}

/**
 * A run's precomputed tables: cumulative weights and the instants of local midnights over the span of the
 * run, so generating a case needs no `Intl` call and allocates only its events.
 * @internal
 */
export interface PopulationPlan {
  readonly config: SimulationConfig;
  readonly custodian: Custodian;
  readonly forms: readonly SimulatedForm[];
  readonly formCum: Float64Array;
  readonly releaseReasons: readonly ReleaseReason[];
  readonly releaseReasonCum: Float64Array;
  readonly offenses: readonly OffenseCategory[];
  readonly offenseCum: Float64Array;
  readonly subjects: readonly Subject[];
  readonly liftReasons: readonly LiftReason[];
  readonly liftReasonCum: Float64Array;
  /** Cumulative weights of Monday … Sunday. */
  readonly weekdayCum: Float64Array;
  /** 0: present at release; 1: never; 2 + i: window i. */
  readonly pickupCum: Float64Array;
  /** Detainer variants indexed by `variantIndex(form, noticeOnly, judicial, databaseOnly, i205)`. */
  readonly variants: readonly (DetainerVariant | undefined)[];
  /** Instant of local midnight of each local day from `startDate` (index 0) to the end of the span. */
  readonly midnights: Float64Array;
  /** Weekday (0 = Sunday … 6 = Saturday) of local day 0. */
  readonly firstWeekday: number;
}

/** Index of a detainer variant. */
export function variantIndex(
  form: number,
  noticeOnly: boolean,
  judicial: boolean,
  databaseOnly: boolean,
  i205: boolean,
): number {
  return form * 16 + (noticeOnly ? 8 : 0) + (judicial ? 4 : 0) + (databaseOnly ? 2 : 0) + (i205 ? 1 : 0);
}

function buildVariants(): (DetainerVariant | undefined)[] {
  const out: (DetainerVariant | undefined)[] = [];
  SimulatedFormSchema.options.forEach((form, f) => {
    for (const noticeOnly of [false, true]) {
      for (const judicial of [false, true]) {
        for (const databaseOnly of [false, true]) {
          for (const i205 of [false, true]) {
            // The form fixes what is asked: an I-247N or I-247G notice only [i247n], [i247g-form], an I-247D a
            // hold [i247d].
            const notice = true;
            const hold = form === 'I-247N' || form === 'I-247G' ? false : form === 'I-247D' ? true : !noticeOnly;
            const warrant = judicial ? 'judicial' : form === 'I-247A' ? (i205 ? 'I-205' : 'I-200') : 'none';
            const basis = databaseOnly
              ? (['biometric-match-and-database'] as const)
              : (['biometric-match-and-database', 'statements-or-other-evidence'] as const);
            const detainer: Detainer = Object.freeze({
              form,
              requests: Object.freeze({ notice, hold }),
              basis: Object.freeze([...basis]) as Detainer['basis'],
              warrant,
              issuer: 'ICE',
            });
            out[variantIndex(f, noticeOnly, judicial, databaseOnly, i205)] = Object.freeze({
              detainer,
              form,
              requiresService: form === 'I-247A',
            });
          }
        }
      }
    }
  });
  return out;
}

function weightsOf<K extends string>(keys: readonly K[], record: Partial<Record<K, number>>): Float64Array {
  return cumulative(keys.map((k) => record[k] ?? 0));
}

/** Builds the tables of a run. Pure; costs a few milliseconds (one `Intl` lookup per local day). */
export function createPopulationPlan(config: SimulationConfig): PopulationPlan {
  const a = config.assumptions;
  const forms = SimulatedFormSchema.options;
  const releaseReasons = ReleaseReasonSchema.options;
  const offenses = OffenseCategorySchema.options;
  const liftReasons = LiftReasonSchema.options;
  const [year, month, day] = a.startDate.split('-').map(Number) as [number, number, number];
  // Span: bookings, the longest stay, a week to reach the drawn weekday, and a margin for the hold.
  const spanDays = a.periodDays + a.daysInCustody.max + Math.ceil(a.lodgedAfterBookingHours.max / 24) + 16;
  const midnights = new Float64Array(spanDays + 1);
  const startUtc = Date.UTC(year, month - 1, day);
  for (let d = 0; d <= spanDays; d += 1) {
    const date = new Date(startUtc + d * DAY_MS);
    midnights[d] = zonedTimeToInstant(
      { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: 0, minute: 0 },
      a.custodian.timeZone,
    );
  }
  const p = a.dhsPickup;
  return {
    config,
    custodian: a.custodian,
    forms,
    formCum: weightsOf(forms, a.formMix),
    releaseReasons,
    releaseReasonCum: weightsOf(releaseReasons, a.releaseReasons),
    offenses,
    offenseCum: weightsOf(offenses, a.offenseMix),
    subjects: offenses.map((o) =>
      Object.freeze({ offenses: Object.freeze([o]) as OffenseCategory[], proofOfStatus: 'none' as const }),
    ),
    liftReasons,
    liftReasonCum: weightsOf(liftReasons, a.liftReasons),
    weekdayCum: weightsOf(WeekdaySchema.options, a.releaseWeekday),
    pickupCum: cumulative([p.presentAtRelease, p.never, ...p.windows.map((w) => w.weight)]),
    variants: buildVariants(),
    midnights,
    firstWeekday: new Date(startUtc).getUTCDay(),
  };
}
