import {
  type Detainer,
  type DetainerEvent,
  dhsDutyToIssue,
  HOUR_MS,
  type OffenseCategory,
  type Subject,
} from '@detainer-kit/core';
import type { PopulationPlan } from './plan.js';
import { variantIndex } from './plan.js';
import { caseRng, pick, uniform } from './rng.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** One event of a script with its instant in epoch ms (the `at` of the event, pre-parsed). */
export interface ScriptedEvent {
  readonly ms: number;
  readonly event: DetainerEvent;
}

/** When DHS comes for the person in a script. */
export type PickupKind = 'present-at-release' | 'never' | 'after-release';

/**
 * The synthetic life of one case, independent of any policy: the same script is run under every policy of
 * a run. Events are in time order (ties keep the order of the lifecycle).
 */
export interface CaseScript {
  readonly index: number;
  readonly bookedMs: number;
  readonly bookedAt: string;
  readonly subject: Subject;
  readonly offense: OffenseCategory;
  readonly detainer: Detainer;
  readonly releaseEligibleMs: number;
  readonly pickup: PickupKind;
  readonly events: readonly ScriptedEvent[];
}

const iso = (ms: number): string => new Date(ms).toISOString();
const floorMinute = (ms: number): number => Math.floor(ms / MINUTE_MS) * MINUTE_MS;

/** The instant of a local time (minutes after local midnight) on local day `day` of the plan. */
function localInstant(plan: PopulationPlan, day: number, minute: number): number {
  const midnight = plan.midnights[day] ?? Number.NaN;
  const next = plan.midnights[day + 1] ?? midnight + DAY_MS;
  // On a DST day the clock jumps near 02:00: from 03:00 on, the day's extra or missing hour applies.
  return midnight + minute * MINUTE_MS + (minute >= 180 ? next - midnight - DAY_MS : 0);
}

/**
 * A person who meets the Laken Riley Act's criteria (arrested for theft, inadmissible under INA 212(a)(6)(A)): the
 * facts recorded on the subject. From Jan 29, 2025 DHS must issue this person a detainer (`dhsDutyToIssue`), which
 * every simulated case has; no custodian switch reads these facts [laken-riley-2025].
 */
function lakenRileySubject(base: Subject, bookedAt: string): Subject {
  const facts = { charges: [{ term: 'theft', involvement: 'arrested' }], inadmissibility: ['ina-212-a-6-A'] } as const;
  // Before the Act, the same facts obliged DHS to nothing; the person is drawn from the same population either way.
  return dhsDutyToIssue({ at: bookedAt, ...facts }).required
    ? { ...base, charges: [...facts.charges], inadmissibility: [...facts.inadmissibility] }
    : base;
}

function insert(events: ScriptedEvent[], ranks: number[], item: ScriptedEvent, rank: number): void {
  let i = events.length;
  events.push(item);
  ranks.push(rank);
  while (i > 0) {
    const prev = events[i - 1] as ScriptedEvent;
    const prevRank = ranks[i - 1] as number;
    if (prev.ms < item.ms || (prev.ms === item.ms && prevRank <= rank)) break;
    events[i] = prev;
    ranks[i] = prevRank;
    i -= 1;
  }
  events[i] = item;
  ranks[i] = rank;
}

/**
 * Generates the event script of case `index` from the run's seed and assumptions. The case draws from its
 * own generator (derived from seed and index), so a case is the same in any chunk or worker, and the draws
 * come in a fixed order whatever branch is taken.
 *
 * The events are built here from validated assumptions and core's own enums, so they are not parsed again
 * with zod on the way into the machine: parsing each of millions of generated events would cost more than
 * running the machine, and could not fail.
 *
 * @example
 * const plan = createPopulationPlan(resolveSimulationConfig({ policies: ['full-cooperation'], cases: 10, seed: 1 }));
 * generateCaseScript(plan, 3).events.map((e) => e.event.type)
 */
export function generateCaseScript(plan: PopulationPlan, index: number): CaseScript {
  const a = plan.config.assumptions;
  const rng = caseRng(plan.config.seed, index);
  // Fixed order of draws.
  const uBookDay = uniform(rng);
  const uBookMinute = uniform(rng);
  const uCustody = uniform(rng);
  const uWeekday = uniform(rng);
  const uReleaseMinute = uniform(rng);
  const uLodge = uniform(rng);
  const uForm = uniform(rng);
  const uNoticeOnly = uniform(rng);
  const uJudicial = uniform(rng);
  const uDatabase = uniform(rng);
  const uI205 = uniform(rng);
  const uServed = uniform(rng);
  const uServedAt = uniform(rng);
  const uLift = uniform(rng);
  const uLiftAt = uniform(rng);
  const uLiftReason = uniform(rng);
  const uScheduled = uniform(rng);
  const uScheduledLead = uniform(rng);
  const uNotice = uniform(rng);
  const uNoticeLead = uniform(rng);
  const uReleaseReason = uniform(rng);
  const uOffense = uniform(rng);
  const uPickup = uniform(rng);
  const uPickupAt = uniform(rng);

  const bookingDay = Math.floor(uBookDay * a.periodDays);
  const bookedMs = localInstant(plan, bookingDay, Math.floor(uBookMinute * 1440));
  let releaseDay =
    bookingDay + a.daysInCustody.min + Math.floor(uCustody * (a.daysInCustody.max - a.daysInCustody.min + 1));
  const weekday = (pick(plan.weekdayCum, uWeekday) + 1) % 7; // Monday-first index → 0 = Sunday
  releaseDay += (weekday - ((plan.firstWeekday + releaseDay) % 7) + 7) % 7;
  const fromMinute = Math.round(a.releaseHours.min * 60);
  const releaseMinute = fromMinute + Math.floor(uReleaseMinute * (Math.round(a.releaseHours.max * 60) - fromMinute));
  let eligibleMs = localInstant(plan, releaseDay, releaseMinute);
  if (eligibleMs <= bookedMs + MINUTE_MS) eligibleMs = localInstant(plan, releaseDay + 7, releaseMinute);

  let lodgedMs =
    bookedMs +
    floorMinute(
      (a.lodgedAfterBookingHours.min + uLodge * (a.lodgedAfterBookingHours.max - a.lodgedAfterBookingHours.min)) *
        HOUR_MS,
    );
  if (lodgedMs >= eligibleMs) lodgedMs = bookedMs + floorMinute((eligibleMs - bookedMs) / 2);
  const window = Math.max(0, eligibleMs - lodgedMs - MINUTE_MS);

  const form = pick(plan.formCum, uForm);
  const variant =
    plan.variants[
      variantIndex(
        form,
        uNoticeOnly < a.noticeOnlyShare,
        uJudicial < a.judicialWarrantShare,
        uDatabase < a.databaseOnlyBasisShare,
        uI205 < 0.5,
      )
    ];
  if (variant === undefined) throw new Error(`no detainer variant for form ${form}`);
  const detainer = variant.detainer;
  const offenseIndex = pick(plan.offenseCum, uOffense);
  const offense = plan.offenses[offenseIndex] as OffenseCategory;
  // Drawn last, and only when the share is set, so every other draw (and every population without it) is unchanged.
  const meetsLakenRiley = a.lakenRileyShare > 0 && uniform(rng) < a.lakenRileyShare;
  const base = plan.subjects[offenseIndex] as Subject;
  const subject: Subject = meetsLakenRiley ? lakenRileySubject(base, iso(bookedMs)) : base;

  const events: ScriptedEvent[] = [];
  const ranks: number[] = [];
  insert(events, ranks, { ms: lodgedMs, event: { type: 'DETAINER_LODGED', at: iso(lodgedMs), detainer } }, 0);
  let effectiveMs = lodgedMs;
  if (variant.requiresService) {
    if (uServed < a.servedShare) {
      effectiveMs = lodgedMs + floorMinute(uServedAt * Math.min(DAY_MS, window));
      insert(events, ranks, { ms: effectiveMs, event: { type: 'DETAINER_SERVED', at: iso(effectiveMs) } }, 1);
    } else {
      effectiveMs = Number.POSITIVE_INFINITY;
    }
  }
  let scheduledMs = Number.POSITIVE_INFINITY;
  if (uScheduled < a.releaseScheduledShare) {
    const lead = a.releaseScheduledLeadHours;
    scheduledMs = Math.max(
      bookedMs,
      eligibleMs - floorMinute((lead.min + uScheduledLead * (lead.max - lead.min)) * HOUR_MS),
    );
    insert(
      events,
      ranks,
      { ms: scheduledMs, event: { type: 'RELEASE_SCHEDULED', at: iso(scheduledMs), releaseAt: iso(eligibleMs) } },
      2,
    );
  }
  if (uNotice < a.noticeSentShare && Number.isFinite(scheduledMs) && Number.isFinite(effectiveMs)) {
    const lead = a.noticeSentBeforeReleaseHours;
    const wanted = eligibleMs - floorMinute((lead.min + uNoticeLead * (lead.max - lead.min)) * HOUR_MS);
    const noticeMs = Math.min(eligibleMs, Math.max(wanted, scheduledMs, effectiveMs));
    insert(events, ranks, { ms: noticeMs, event: { type: 'NOTICE_SENT', at: iso(noticeMs) } }, 3);
  }
  if (uLift < a.liftShare) {
    const liftMs = lodgedMs + floorMinute(uLiftAt * window);
    const reason = plan.liftReasons[pick(plan.liftReasonCum, uLiftReason)] ?? 'case-closed';
    insert(events, ranks, { ms: liftMs, event: { type: 'DETAINER_LIFTED', at: iso(liftMs), reason } }, 4);
  }
  const pickupKind = pick(plan.pickupCum, uPickup);
  const pickup: PickupKind = pickupKind === 0 ? 'present-at-release' : pickupKind === 1 ? 'never' : 'after-release';
  const reason = plan.releaseReasons[pick(plan.releaseReasonCum, uReleaseReason)] ?? 'bond-posted';
  const eligibleAt = iso(eligibleMs);
  insert(
    events,
    ranks,
    { ms: eligibleMs, event: { type: 'RELEASE_ELIGIBLE', at: eligibleAt, reason, dhsPresent: pickupKind === 0 } },
    5,
  );
  if (pickupKind === 0) {
    // DHS at the door takes custody at once where the custodian holds rather than hands over.
    insert(events, ranks, { ms: eligibleMs, event: { type: 'DHS_ASSUMED_CUSTODY', at: eligibleAt } }, 6);
  } else if (pickupKind >= 2) {
    const w = a.dhsPickup.windows[pickupKind - 2];
    const hours = w ? w.fromHours + uPickupAt * (w.toHours - w.fromHours) : 0;
    const pickupMs = eligibleMs + floorMinute(hours * HOUR_MS);
    insert(events, ranks, { ms: pickupMs, event: { type: 'DHS_ASSUMED_CUSTODY', at: iso(pickupMs) } }, 6);
  }
  return {
    index,
    bookedMs,
    bookedAt: iso(bookedMs),
    subject,
    offense,
    detainer,
    releaseEligibleMs: eligibleMs,
    pickup,
    events,
  };
}
