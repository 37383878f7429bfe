import {
  type DetainerCase,
  getScenario,
  HOLD_LIMIT_HOURS,
  HOUR_MS,
  loadLanguage,
  runScenario,
  SCENARIO_LIBRARY,
} from '@detainer-kit/sdk';
import { describe, expect, it } from 'vitest';
import { es } from '../i18n/es';
import { axisTicks, buildTimeline, percentAt, sharedRange, timelineInputOf } from './timeline-lanes';

const view = (c: DetainerCase) => buildTimeline(timelineInputOf(c));

describe('buildTimeline', () => {
  it('draws every library scenario with both lanes inside the axis', () => {
    for (const s of SCENARIO_LIBRARY) {
      const v = view(runScenario(s).case);
      expect(v.lanes.map((l) => l.id)).toEqual(['custody', 'communications']);
      for (const lane of v.lanes) {
        for (const m of lane.markers) expect(m.at, `${s.id} ${m.id}`).toBeGreaterThanOrEqual(v.start);
        for (const m of lane.markers) expect(m.at, `${s.id} ${m.id}`).toBeLessThanOrEqual(v.end);
        for (const seg of lane.segments) expect(seg.to, `${s.id} ${seg.id}`).toBeGreaterThanOrEqual(seg.from);
      }
      expect(v.lanes[0].markers.some((m) => m.id === 'booked')).toBe(true);
    }
  });
  it('marks a duty performed, flags one never performed, and marks a hand-over before release', () => {
    const ca = view(runScenario(getScenario('california-state-prison-duties-to-person')).case);
    const comms = ca.lanes[1];
    expect(comms.markers.find((m) => m.id === 'duty-0')?.label).toBe('Copy of request to the person');
    expect(ca.flags.map((f) => f.id)).toContain('duty-not-performed-1');
    const fl = view(runScenario(getScenario('florida-transfer-before-release-12-days')).case);
    const marks = fl.lanes[1].markers.map((m) => m.id);
    expect(marks).toContain('early-transfer');
    expect(marks).not.toContain('dhs-arrival');
  });
  it('writes the lanes, markers and flags in the language of the messages it is given', async () => {
    await loadLanguage('es');
    const c = runScenario(getScenario('california-state-prison-duties-to-person')).case;
    const v = buildTimeline(timelineInputOf(c), es.lanes, 'es');
    expect(v.lanes.map((l) => l.label)).toEqual(['Custodia', 'Comunicaciones']);
    expect(v.lanes[0].markers.find((m) => m.id === 'booked')?.label).toBe('Ingreso');
    expect(v.lanes[1].markers.find((m) => m.id === 'duty-0')?.label).toBe('Copia de la solicitud a la persona');
    const never = v.flags.find((f) => f.id === 'duty-not-performed-1');
    expect(never?.text).toBe(
      'La persona nunca fue informada de sus derechos antes de la entrevista con ICE (se registra, no es determinante).',
    );
    expect(v.lanes[0].markers.find((m) => m.kind === 'outcome')?.label).not.toBe(
      view(c).lanes[0].markers.find((m) => m.kind === 'outcome')?.label,
    );
    // The English default is unchanged.
    expect(view(c).lanes[1].markers.find((m) => m.id === 'duty-0')?.label).toBe('Copy of request to the person');
  });
  it('marks the outcome, and the hold with its deadline, when a hold ran', () => {
    const c = runScenario(getScenario('weekday-rule-friday-release')).case;
    const v = view(c);
    const custody = v.lanes[0];
    expect(custody.segments.some((s) => s.id === 'hold')).toBe(true);
    expect(custody.markers.some((m) => m.kind === 'outcome')).toBe(true);
    expect(custody.markers.some((m) => m.id === 'deadline-hold-end')).toBe(true);
  });
  it('marks the state judicial order, flags a missing one, and flags the Georgia cap (DOMAIN.md §9)', () => {
    const entered = view(runScenario(getScenario('north-carolina-2025-state-judicial-order')).case);
    // Entered Fri 2025-12-05 18:30 EST = 23:30 UTC, on the custody lane.
    const mark = entered.lanes[0].markers.find((m) => m.id === 'deadline-state-judicial-order');
    expect(mark?.at).toBe(Date.parse('2025-12-05T23:30:00Z'));
    expect(mark?.tone).toBe('ok');
    const missing = view(runScenario(getScenario('north-carolina-state-judicial-order-missing')).case);
    expect(missing.flags.map((f) => f.id)).toContain('state-judicial-order-missing');
    const capped = view(runScenario(getScenario('georgia-hold-cap-friday-release')).case);
    expect(capped.flags.map((f) => f.id)).toContain('hold-capped');
    const jem = view(runScenario(getScenario('jail-enforcement-model-287g')).case);
    expect(jem.lanes[1].markers.find((m) => m.id === 'lodged')?.label).toBe(
      'Detainer lodged (I-247A) by a 287(g) officer',
    );
  });
  it('marks each hold after a move on a new criminal charge, with its hours and deadline (issue #11 item 1)', () => {
    // Hold 1: Tue Mar 5, 2024 10:00 → Wed 10:00 EST (24 h); hold 2: Mon Mar 11 10:00 → Tue 16:30 EDT (30.5 h).
    const v = view(runScenario(getScenario('custody-moved-new-criminal-charge-two-holds')).case);
    const custody = v.lanes[0];
    expect(custody.segments.find((s) => s.id === 'hold-1')?.label).toBe('Hold 1: held 24 h');
    expect(custody.segments.find((s) => s.id === 'hold')?.label).toBe('Hold 2: Held 30.5 h');
    expect(custody.markers.find((m) => m.id === 'hold-1-ended')?.label).toBe('Hold 1 ended (24 h)');
    const deadlineIds = custody.markers.filter((m) => m.kind === 'deadline').map((m) => m.id);
    expect(deadlineIds).toEqual(['deadline-hold-end', 'deadline-hold-end-2']);
    expect(new Set(custody.markers.map((m) => m.id)).size).toBe(custody.markers.length);
  });
  it('marks a proof of status shown mid-case (issue #11 item 6)', () => {
    const v = view(runScenario(getScenario('texas-proof-of-status-mid-hold')).case);
    expect(v.lanes[0].markers.find((m) => m.id === 'proof-of-status')?.label).toBe('Proof of lawful status shown');
  });
  it('runs a countdown while the hold runs', () => {
    const run = runScenario(getScenario('weekday-rule-friday-release'));
    const holdStart = run.case.timeline.findIndex((e) => e.to === 'holding');
    const during = run.case.forkAt(run.case.timeline[holdStart]?.seq ?? 0);
    during.advanceBy({ hours: 1 });
    const v = view(during);
    expect(v.countdown).not.toBeNull();
    expect(v.countdown?.remainingMs).toBeGreaterThan(0);
    expect(v.lanes[0].segments.find((s) => s.id === 'hold')?.open).toBe(true);
  });
  it('marks notice sent when 48 hours were never possible, with its lead time, and notice no longer asked after a lift', () => {
    const short = view(runScenario(getScenario('notice-when-48-hours-not-possible')).case);
    const comms = short.lanes[1];
    expect(comms.markers.find((m) => m.id === 'notice-sent')?.label).toBe('Notice sent (48 h not possible)');
    expect(short.flags.find((f) => f.id === 'notice-short')?.text).toContain('7 h 50 min before the projected release');
    expect(short.flags.some((f) => f.id === 'notice-late')).toBe(false);
    const lifted = view(runScenario(getScenario('notice-pending-when-detainer-lifted')).case);
    expect(lifted.flags.map((f) => f.id)).toContain('notice-lifted');
    expect(lifted.flags.map((f) => f.id)).not.toContain('notice-never');
  });
  it('flags late notice', () => {
    const v = view(runScenario(getScenario('late-notice')).case);
    expect(v.flags.some((f) => f.id === 'notice-late' || f.id === 'notice-never')).toBe(true);
  });
  it('flags a weekday-count hold longer than the hold limit in elapsed hours', () => {
    const v = view(runScenario(getScenario('weekday-rule-friday-release')).case);
    const flag = v.flags.find((f) => f.id === 'hold-longer-than-limit');
    expect(flag?.text).toContain(`more than ${HOLD_LIMIT_HOURS} calendar hours`);
    const hold = v.lanes[0].segments.find((s) => s.id === 'hold');
    expect((hold?.to ?? 0) - (hold?.from ?? 0)).toBeGreaterThan(HOLD_LIMIT_HOURS * HOUR_MS);
  });
  it('flags exactly the library holds that ran longer than the hold limit', () => {
    for (const s of SCENARIO_LIBRARY) {
      const v = view(runScenario(s).case);
      const hold = v.lanes[0].segments.find((seg) => seg.id === 'hold');
      const long = hold !== undefined && hold.to - hold.from > HOLD_LIMIT_HOURS * HOUR_MS + 60_000;
      expect(
        v.flags.some((f) => f.id === 'hold-longer-than-limit'),
        s.id,
      ).toBe(long);
    }
  });
});

describe('axis', () => {
  it('places ticks in order, inside the range, at most a handful', () => {
    const start = Date.parse('2024-03-04T15:00:00Z');
    const end = start + 5 * 86_400_000;
    const ticks = axisTicks(start, end, 'America/Chicago');
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.length).toBeLessThanOrEqual(8);
    for (const t of ticks) expect(t.at).toBeGreaterThanOrEqual(start);
    expect(percentAt({ start, end }, start)).toBe(0);
    expect(percentAt({ start, end }, end + 1)).toBe(100);
  });
});

describe('a fixed range', () => {
  it('does draw a case on the range it is given, and sharedRange covers every timeline', () => {
    const s = getScenario('weekday-rule-friday-release');
    const long = view(runScenario(s).case);
    const short = view(runScenario(s, { policy: 'notify-only' }).case);
    expect(short.end).toBeLessThan(long.end);
    const range = sharedRange([short, long]);
    expect(range).toEqual({ start: Math.min(short.start, long.start), end: long.end });
    const c = runScenario(s, { policy: 'notify-only' }).case;
    const input = timelineInputOf(c);
    const fixed = buildTimeline({ ...input, range });
    expect([fixed.start, fixed.end]).toEqual([range.start, range.end]);
    expect(fixed.ticks.every((t) => t.at >= range.start && t.at <= range.end)).toBe(true);
    // An empty range is ignored: the case's own fit is used.
    const ignored = buildTimeline({ ...input, range: { start: 5, end: 5 } });
    expect([ignored.start, ignored.end]).toEqual([short.start, short.end]);
  });
});
