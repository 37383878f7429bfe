/**
 * The two-lane timeline: the person's custody (booked, release eligible, hold, outcome) and the
 * communications (detainer, notice window and notice, access, DHS arrival), with deadlines and flags. Built
 * from what the case records (context, deadlines, timeline); nothing is computed anew here.
 */
import {
  type CaseDeadline,
  type CaseOutcome,
  type DetainerCaseContext,
  HOLD_LIMIT_HOURS,
  HOUR_MS,
  type Language,
  OUTCOME_TITLES,
  type TimelineEntry,
  textOf,
} from '@detainer-kit/sdk';
import { en, type Messages } from '../i18n/en';
import { formatDuration, formatHours, formatTick } from './format';

export type Tone = 'neutral' | 'info' | 'hold' | 'ok' | 'warn' | 'done';

export interface LaneSegment {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly label: string;
  readonly tone: Tone;
  /** Still running at the current virtual time. */
  readonly open: boolean;
}

export interface LaneMarker {
  readonly id: string;
  readonly at: number;
  readonly label: string;
  readonly tone: Tone;
  readonly kind: 'event' | 'deadline' | 'outcome';
  /** The timeline entry this marker comes from (click returns there). */
  readonly seq: number | null;
}

/** A marker placed for drawing: its label row (0, 2 above the line; 1, 3 below) and which way the label runs. */
export interface PlacedMarker extends LaneMarker {
  readonly row: 0 | 1 | 2 | 3;
  readonly anchor: 'left' | 'right';
  /** The label as drawn (shortened); the full label stays in `label`. */
  readonly short: string;
}

export interface Lane {
  readonly id: 'custody' | 'communications';
  readonly label: string;
  readonly segments: readonly LaneSegment[];
  readonly markers: readonly PlacedMarker[];
}

/** The label drawn on the lane: without a trailing parenthesis, at most 28 characters. */
export function shortLabel(label: string): string {
  const base = label.replace(/\s*\([^)]*\)\s*$/, '');
  return base.length > 28 ? `${base.slice(0, 27)}…` : base;
}

/**
 * Places marker labels so they do not overlap: each takes the first of four rows whose last label ends
 * before it starts; labels near the right end run leftwards. Widths are estimated for a `trackPx` track.
 */
export function placeMarkers(
  markers: readonly LaneMarker[],
  start: number,
  end: number,
  trackPx = 560,
  charPx = 6.3,
): PlacedMarker[] {
  const rowsEnd = [-Infinity, -Infinity, -Infinity, -Infinity];
  const span = Math.max(1, end - start);
  return [...markers]
    .sort((a, b) => a.at - b.at)
    .map((m) => {
      const short = shortLabel(m.label);
      const x = ((m.at - start) / span) * trackPx;
      const w = short.length * charPx + 8;
      const anchor: 'left' | 'right' = x + w > trackPx ? 'right' : 'left';
      const from = anchor === 'left' ? x : x - w;
      let row = rowsEnd.findIndex((e) => e <= from);
      if (row < 0) row = rowsEnd.indexOf(Math.min(...rowsEnd));
      rowsEnd[row] = from + w + 4;
      return { ...m, short, anchor, row: row as 0 | 1 | 2 | 3 };
    });
}

export interface TimelineFlag {
  readonly id: string;
  readonly tone: 'warn' | 'info';
  readonly text: string;
}

export interface TimelineView {
  readonly start: number;
  readonly end: number;
  readonly now: number;
  readonly ticks: readonly { readonly at: number; readonly label: string }[];
  readonly lanes: readonly [Lane, Lane];
  readonly flags: readonly TimelineFlag[];
  /** The hold countdown while a hold runs. */
  readonly countdown: { readonly remainingMs: number; readonly deadline: number } | null;
}

export interface TimelineInput {
  readonly now: string;
  readonly status: 'active' | 'done';
  readonly state: string;
  readonly context: DetainerCaseContext;
  readonly outcome: CaseOutcome | null;
  readonly deadlines: readonly CaseDeadline[];
  readonly timeline: readonly TimelineEntry[];
  /**
   * A fixed time range (ms since the epoch) instead of one fitted to this case: several cases drawn one above
   * the other share it, so the same instant sits at the same place in each.
   */
  readonly range?: { readonly start: number; readonly end: number } | undefined;
  /** The width (px) the lanes are drawn at, for placing labels so they fit (default 560). */
  readonly trackPx?: number | undefined;
}

/** What {@link buildTimeline} reads of a case: its clock, state, context, outcome, deadlines and timeline. */
export function timelineInputOf(
  c: Pick<TimelineInput, 'now' | 'status' | 'state' | 'context' | 'outcome' | 'deadlines' | 'timeline'>,
): TimelineInput {
  return {
    now: c.now,
    status: c.status,
    state: c.state,
    context: c.context,
    outcome: c.outcome,
    deadlines: c.deadlines,
    timeline: c.timeline,
  };
}

const ms = (iso: string) => Date.parse(iso);

/** The words of the lanes, markers and flags, in the UI's language (`t.lanes`; English by default). */
export type LaneMessages = Messages['lanes'];

/** The label of an outcome on the timeline: the core's title of the outcome. */
export function outcomeLabel(code: CaseOutcome['code'], lang: Language = 'en'): string {
  return lang === 'en' ? OUTCOME_TITLES[code] : textOf(`outcome.title.${code}`, lang);
}

function seqOf(timeline: readonly TimelineEntry[], type: string, at: string | null): number | null {
  if (at === null) return null;
  const t = ms(at);
  const entry = timeline.find((e) => e.event.type === type && ms(e.at) === t);
  return entry ? entry.seq : null;
}

const TICK_STEPS = [1, 2, 3, 6, 12, 24, 48, 7 * 24, 14 * 24, 28 * 24].map((h) => h * HOUR_MS);

/** Axis ticks at round local times (hour multiples; days at local midnight), at most `max` of them. */
export function axisTicks(start: number, end: number, timeZone: string, max = 8): { at: number; label: string }[] {
  const span = Math.max(HOUR_MS, end - start);
  const step = TICK_STEPS.find((s) => span / s <= max) ?? TICK_STEPS[TICK_STEPS.length - 1] ?? 24 * HOUR_MS;
  const ticks: { at: number; label: string }[] = [];
  // Align on the hour in UTC, then (for day steps) on local midnight by probing the offset.
  let t = Math.ceil(start / HOUR_MS) * HOUR_MS;
  if (step >= 24 * HOUR_MS) {
    for (let i = 0; i < 2 * 24 && formatTick(t, timeZone).includes(':'); i++) t += HOUR_MS;
  } else {
    while (Math.round(t / HOUR_MS) % Math.round(step / HOUR_MS) !== 0) t += HOUR_MS;
  }
  for (; t <= end && ticks.length < 40; t += step) ticks.push({ at: t, label: formatTick(t, timeZone) });
  return ticks;
}

/** The range fitted to a set of instants: from the first, with at least 12 h and a 6 % margin after the last. */
function timelineRange(instants: readonly number[]): { start: number; end: number } {
  const start = Math.min(...instants);
  const span = Math.max(12 * HOUR_MS, Math.max(...instants) - start);
  return { start, end: start + span * 1.06 };
}

/** One range covering several timelines (the first start to the last end), for drawing them on one axis. */
export function sharedRange(views: readonly Pick<TimelineView, 'start' | 'end'>[]): { start: number; end: number } {
  return {
    start: Math.min(...views.map((v) => v.start)),
    end: Math.max(...views.map((v) => v.end)),
  };
}

/** Builds the two lanes, the flags and the countdown for one moment of a case. */
export function buildTimeline(input: TimelineInput, t: LaneMessages = en.lanes, lang: Language = 'en'): TimelineView {
  const { context: c, outcome, timeline } = input;
  const now = ms(input.now);
  const booked = ms(c.bookedAt);
  const tz = c.custodian.timeZone;
  const custody: LaneSegment[] = [];
  const custodyMarks: LaneMarker[] = [];
  const comms: LaneSegment[] = [];
  const commsMarks: LaneMarker[] = [];
  const flags: TimelineFlag[] = [];
  const outcomeAt = outcome ? ms(outcome.at) : null;
  const eligibleAt = c.releaseEligible ? ms(c.releaseEligible.at) : null;

  // Custody lane.
  const criminalEnd = eligibleAt ?? outcomeAt ?? now;
  custody.push({
    id: 'criminal-custody',
    from: booked,
    to: criminalEnd,
    label: t.criminalCustody,
    tone: 'neutral',
    open: eligibleAt === null && outcomeAt === null,
  });
  custodyMarks.push({ id: 'booked', at: booked, label: t.booked, tone: 'neutral', kind: 'event', seq: null });
  for (const [i, move] of c.custodyMoves.entries()) {
    custodyMarks.push({
      id: `moved-${i}`,
      at: ms(move.at),
      label: t.movedTo(move.to.name),
      tone: 'info',
      kind: 'event',
      seq: seqOf(timeline, 'CUSTODY_MOVED', move.at),
    });
  }
  if (c.releaseEligible) {
    custodyMarks.push({
      id: 'release-eligible',
      at: ms(c.releaseEligible.at),
      label: t.releaseEligible,
      tone: 'info',
      kind: 'event',
      seq: seqOf(timeline, 'RELEASE_ELIGIBLE', c.releaseEligible.at),
    });
  }
  // Every hold that ended before the current one (a move on a new criminal charge ends a hold; the next release
  // eligibility may start another): each keeps its own segment and hours [cfr-287.7-d].
  const earlierHolds = c.holdHistory.filter((h) => !(c.hold && h.startedAt === c.hold.startedAt));
  for (const [i, ended] of earlierHolds.entries()) {
    custody.push({
      id: `hold-${i + 1}`,
      from: ms(ended.startedAt),
      to: ms(ended.endedAt),
      label: t.earlierHold(i + 1, formatHours(ms(ended.endedAt) - ms(ended.startedAt))),
      tone: 'hold',
      open: false,
    });
    custodyMarks.push({
      id: `hold-${i + 1}-ended`,
      at: ms(ended.endedAt),
      label: t.holdEnded(i + 1, formatHours(ms(ended.endedAt) - ms(ended.startedAt))),
      tone: 'hold',
      kind: 'event',
      seq: null,
    });
  }
  if (c.proofOfStatusAt) {
    custodyMarks.push({
      id: 'proof-of-status',
      at: ms(c.proofOfStatusAt),
      label: t.proofShown(c.subject.proofOfStatus === 'us-citizenship' ? 'us-citizenship' : 'lawful-status'),
      tone: 'info',
      kind: 'event',
      seq: seqOf(timeline, 'PROOF_OF_STATUS', c.proofOfStatusAt),
    });
  }
  let countdown: TimelineView['countdown'] = null;
  if (c.hold) {
    const start = ms(c.hold.startedAt);
    const deadline = ms(c.hold.deadline);
    const end = outcomeAt ?? Math.min(now, deadline);
    const running = outcomeAt === null && input.status === 'active';
    custody.push({
      id: 'hold',
      from: start,
      to: end,
      label: `${earlierHolds.length > 0 ? t.holdN(earlierHolds.length + 1) : ''}${running ? t.holdRunning : t.held(formatHours(end - start))}`,
      tone: 'hold',
      open: running,
    });
    if (running) countdown = { remainingMs: Math.max(0, deadline - now), deadline };
    const heldMs = end - start;
    if (heldMs > HOLD_LIMIT_HOURS * HOUR_MS + 60_000) {
      flags.push({
        id: 'hold-longer-than-limit',
        tone: 'info',
        text: t.holdLongerThanLimit(
          running,
          formatHours(heldMs),
          HOLD_LIMIT_HOURS,
          c.hold.countingRule.rule === 'calendar',
          c.hold.countingRule.unverified,
        ),
      });
    }
  }
  // A state judicial order for a hold on an administrative warrant (North Carolina HB 10) [nc-hb10-2024].
  const order = c.stateJudicialOrder;
  // Its instant is marked from the case's deadlines below (custody lane).
  if (order?.status === 'missing') {
    flags.push({
      id: 'state-judicial-order-missing',
      tone: 'warn',
      text: t.orderMissing,
    });
  } else if (order?.status === 'awaited') {
    flags.push({
      id: 'state-judicial-order-awaited',
      tone: 'info',
      text: t.orderAwaited,
    });
  }
  // A state-law cap on the hold (Georgia HB 1105 as introduced; unverified) [ga-hb1105-2024].
  if (c.hold?.limit?.capped) {
    flags.push({
      id: 'hold-capped',
      tone: 'info',
      text: t.holdCapped(HOLD_LIMIT_HOURS),
    });
  }
  if (outcome && outcomeAt !== null) {
    custodyMarks.push({
      id: 'outcome',
      at: outcomeAt,
      label: outcomeLabel(outcome.code, lang),
      tone: 'done',
      kind: 'outcome',
      seq: timeline.length > 0 ? (timeline[timeline.length - 1]?.seq ?? null) : null,
    });
    custody.push({
      id: 'after-outcome',
      from: outcomeAt,
      to: Math.max(outcomeAt, now),
      label:
        outcome.code === 'transferred-to-dhs'
          ? t.dhsCustody
          : outcome.code === 'released-detainer-lifted' && c.hold === null && eligibleAt === null
            ? t.criminalNoDetainer
            : t.released,
      tone: 'done',
      open: false,
    });
  }

  // Communications lane.
  if (c.lodgedAt) {
    commsMarks.push({
      id: 'lodged',
      at: ms(c.lodgedAt),
      label: t.detainerLodged(c.detainer ? c.detainer.form : null, c.lodgedBy === '287g-officer'),
      tone: 'info',
      kind: 'event',
      seq: seqOf(timeline, 'DETAINER_LODGED', c.lodgedAt),
    });
  }
  if (c.servedAt) {
    commsMarks.push({
      id: 'served',
      at: ms(c.servedAt),
      label: t.served,
      tone: 'info',
      kind: 'event',
      seq: seqOf(timeline, 'DETAINER_SERVED', c.servedAt),
    });
  }
  if (c.releaseScheduledAt && c.projectedReleaseAt) {
    commsMarks.push({
      id: 'release-scheduled',
      at: ms(c.releaseScheduledAt),
      label: t.releaseScheduled,
      tone: 'neutral',
      kind: 'event',
      seq: seqOf(timeline, 'RELEASE_SCHEDULED', c.releaseScheduledAt),
    });
    commsMarks.push({
      id: 'projected-release',
      at: ms(c.projectedReleaseAt),
      label: t.projectedRelease,
      tone: 'neutral',
      kind: 'deadline',
      seq: null,
    });
  }
  const notice = c.notice;
  if (notice?.dueAt && c.releaseScheduledAt) {
    const opened = Math.max(ms(c.releaseScheduledAt), c.effectiveAt ? ms(c.effectiveAt) : booked);
    comms.push({
      id: 'notice-window',
      from: Math.min(opened, ms(notice.dueAt)),
      to: ms(notice.dueAt),
      label: t.noticeDueBy,
      tone: 'info',
      open: false,
    });
  }
  if (notice?.sentAt) {
    const late = notice.status === 'sent-late';
    const short = notice.status === 'sent-48h-not-possible';
    commsMarks.push({
      id: 'notice-sent',
      at: ms(notice.sentAt),
      label: late ? t.noticeSentLate : short ? t.noticeSentShort : t.noticeSent,
      tone: late ? 'warn' : 'ok',
      kind: 'event',
      seq: seqOf(timeline, 'NOTICE_SENT', notice.sentAt),
    });
    if (late && notice.dueAt) {
      flags.push({
        id: 'notice-late',
        tone: 'warn',
        text: t.noticeLate(formatDuration(ms(notice.sentAt) - ms(notice.dueAt))),
      });
    }
  }
  if (notice?.status === 'sent-48h-not-possible' && notice.leadMinutes !== null) {
    flags.push({
      id: 'notice-short',
      tone: 'info',
      text: t.noticeShort(formatDuration(notice.leadMinutes * 60_000)),
    });
  }
  if (notice?.status === 'not-requested-detainer-lifted') {
    flags.push({
      id: 'notice-lifted',
      tone: 'info',
      text: t.noticeLifted,
    });
  } else if (notice?.status === 'not-sent') {
    flags.push({
      id: 'notice-never',
      tone: 'warn',
      text: t.noticeNever,
    });
  } else if (notice?.status === 'pending' && notice.dueAt && now > ms(notice.dueAt)) {
    flags.push({
      id: 'notice-overdue',
      tone: 'warn',
      text: t.noticeOverdue(formatDuration(now - ms(notice.dueAt))),
    });
  } else if (notice?.status === 'withheld-by-policy') {
    flags.push({ id: 'notice-withheld', tone: 'info', text: t.noticeWithheld });
  } else if (notice?.status === 'barred-by-law') {
    flags.push({
      id: 'notice-barred',
      tone: 'info',
      text: t.noticeBarred,
    });
  }
  for (const [i, request] of c.accessRequests.entries()) {
    commsMarks.push({
      id: `access-${i}`,
      at: ms(request.at),
      label: request.granted ? t.accessGranted : t.accessRefused,
      tone: 'neutral',
      kind: 'event',
      seq: seqOf(timeline, 'ACCESS_REQUESTED', request.at),
    });
  }
  // Duties toward the person: a mark when performed; a flag when the case ended without it [ca-gov-7284.6].
  for (const [i, duty] of c.duties.entries()) {
    const what = duty.duty === 'copy-of-request' ? t.copyOfRequest : t.rightsAdvised;
    if (duty.performedAt) {
      commsMarks.push({
        id: `duty-${i}`,
        at: ms(duty.performedAt),
        label: what,
        tone: 'ok',
        kind: 'event',
        seq: seqOf(timeline, 'PERSON_INFORMED', duty.performedAt),
      });
    } else if (duty.status === 'not-performed') {
      flags.push({
        id: `duty-not-performed-${i}`,
        tone: 'warn',
        text: t.dutyNotPerformed(duty.duty),
      });
    } else {
      flags.push({
        id: `duty-due-${i}`,
        tone: 'info',
        text: t.dutyDue(duty.duty),
      });
    }
  }
  if (c.earlyTransfer) {
    commsMarks.push({
      id: 'early-transfer',
      at: ms(c.earlyTransfer.at),
      label: t.earlyTransfer,
      tone: 'done',
      kind: 'event',
      seq: seqOf(timeline, 'TRANSFERRED_BEFORE_RELEASE', c.earlyTransfer.at),
    });
  }
  for (const [i, request] of c.delayRequests.entries()) {
    commsMarks.push({
      id: `delay-${i}`,
      at: ms(request.at),
      label: t.askedToWait(request.reason),
      tone: 'neutral',
      kind: 'event',
      seq: seqOf(timeline, 'CUSTODIAN_REQUESTS_DELAY', request.at),
    });
  }
  if (outcome?.code === 'transferred-to-dhs' && outcomeAt !== null && !c.earlyTransfer) {
    commsMarks.push({
      id: 'dhs-arrival',
      at: outcomeAt,
      label: t.dhsTakesCustody,
      tone: 'done',
      kind: 'event',
      seq: null,
    });
  }
  if (outcome?.code === 'released-detainer-lifted' && outcomeAt !== null) {
    commsMarks.push({ id: 'lifted', at: outcomeAt, label: t.detainerLifted, tone: 'done', kind: 'event', seq: null });
  }

  // Deadlines, from the case.
  // A detainer can have two holds, so two hold-end deadlines: the second of a kind gets `-2` in its id.
  const seenKinds = new Map<string, number>();
  for (const d of input.deadlines) {
    const lane = d.kind === 'hold-end' || d.kind === 'state-judicial-order' ? custodyMarks : commsMarks;
    const tone: Tone =
      d.status === 'missed' ? 'warn' : d.status === 'met' ? 'ok' : d.kind === 'hold-end' ? 'hold' : 'info';
    const n = (seenKinds.get(d.kind) ?? 0) + 1;
    seenKinds.set(d.kind, n);
    const id = n === 1 ? `deadline-${d.kind}` : `deadline-${d.kind}-${n}`;
    lane.push({ id, at: ms(d.at), label: d.label, tone, kind: 'deadline', seq: null });
    if (d.status === 'missed' && d.kind === 'hold-end') {
      flags.push({ id: 'hold-over', tone: 'warn', text: t.heldPastDeadline(d.label) });
    }
  }

  const instants = [
    booked,
    now,
    ...custodyMarks.map((m) => m.at),
    ...commsMarks.map((m) => m.at),
    ...custody.map((s) => s.to),
    ...comms.map((s) => s.to),
  ];
  const fitted = timelineRange(instants);
  const { start, end } = input.range && input.range.end > input.range.start ? input.range : fitted;
  return {
    start,
    end,
    now,
    ticks: axisTicks(start, end, tz),
    lanes: [
      {
        id: 'custody',
        label: t.custody,
        segments: custody,
        markers: placeMarkers(custodyMarks, start, end, input.trackPx),
      },
      {
        id: 'communications',
        label: t.communications,
        segments: comms,
        markers: placeMarkers(commsMarks, start, end, input.trackPx),
      },
    ],
    flags,
    countdown,
  };
}

/** Horizontal position (0–100 %) of an instant on the timeline. */
export function percentAt(view: Pick<TimelineView, 'start' | 'end'>, at: number): number {
  if (view.end <= view.start) return 0;
  return Math.max(0, Math.min(100, ((at - view.start) / (view.end - view.start)) * 100));
}
