/**
 * The law's clock on the timeline: which local days are Saturdays, Sundays or federal holidays (the core's
 * calendar, in the custodian's time zone), and how many hours of each day of a hold counted toward the 48
 * under the rule in force. The counting is the core's (`countedHoldHours`, applied to each local day); this
 * module only cuts the hold into local days and words the result.
 */
import {
  countedHoldHours,
  type DetainerCaseContext,
  federalHolidays,
  HOLD_LIMIT_HOURS,
  HOUR_MS,
  localDateKey,
  startOfLocalDay,
  startOfNextLocalDay,
  zonedParts,
} from '@detainer-kit/sdk';

/** A local day that is a Saturday, a Sunday or a federal holiday (observed date). */
export interface OffDay {
  readonly from: number;
  readonly to: number;
  readonly kind: 'saturday' | 'sunday' | 'holiday';
  /** "Saturday", "Sunday", or the holiday's name. */
  readonly label: string;
}

/** Guard: a timeline never spans anywhere near this many days. */
const MAX_DAYS = 400;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** The Saturdays, Sundays and federal holidays that overlap [start, end), in `timeZone`. */
export function offDays(start: number, end: number, timeZone: string): OffDay[] {
  const out: OffDay[] = [];
  let day = startOfLocalDay(start, timeZone);
  for (let i = 0; i < MAX_DAYS && day < end; i += 1) {
    const next = startOfNextLocalDay(day, timeZone);
    const parts = zonedParts(day, timeZone);
    const key = localDateKey(day, timeZone);
    const holiday = federalHolidays(parts.year).find((h) => h.date === key);
    const kind = holiday ? 'holiday' : parts.weekday === 6 ? 'saturday' : parts.weekday === 0 ? 'sunday' : null;
    if (kind) {
      out.push({
        from: Math.max(day, start),
        to: Math.min(next, end),
        kind,
        label: holiday ? holiday.name : kind === 'saturday' ? 'Saturday' : 'Sunday',
      });
    }
    day = next;
  }
  return out;
}

/** One local day of a hold, and the hours of it that counted. */
export interface CountedDay {
  readonly from: number;
  readonly to: number;
  /** "Fri", "Sat", … */
  readonly weekday: string;
  readonly hours: number;
  /** Elapsed hours of the hold on that day. */
  readonly elapsed: number;
  /** After the current virtual time: the hours it will count. */
  readonly ahead: boolean;
}

export interface HoldCount {
  readonly rule: 'calendar' | 'excludeWeekendsAndHolidays';
  readonly days: readonly CountedDay[];
  /** Hours counted up to `now` (at most the limit). */
  readonly countedSoFar: number;
  /** "Fri 7 h · Sat 0 h · … = 48 h". */
  readonly text: string;
}

const round = (h: number) => Math.round(h * 100) / 100;

/**
 * The hold cut into local days, from its start to its deadline (or to the outcome when it ended sooner),
 * each day's hours counted by the core under the hold's own rule and time zone. Null without a hold.
 */
export function holdCount(
  context: Pick<DetainerCaseContext, 'hold'>,
  now: number,
  endedAt: number | null,
  /** Short weekday names, Sunday first, in the UI's language (`t.weekdays`; English by default). */
  weekdays: readonly string[] = WEEKDAYS,
): HoldCount | null {
  const hold = context.hold;
  if (!hold) return null;
  const rule = hold.countingRule.rule;
  const start = Date.parse(hold.startedAt);
  const end = Math.min(Date.parse(hold.deadline), endedAt ?? Number.POSITIVE_INFINITY);
  const days: CountedDay[] = [];
  let from = start;
  for (let i = 0; i < MAX_DAYS && from < end; i += 1) {
    const to = Math.min(startOfNextLocalDay(from, hold.timeZone), end);
    const hours = countedHoldHours({
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      rule,
      timeZone: hold.timeZone,
    });
    days.push({
      from,
      to,
      weekday: weekdays[zonedParts(from, hold.timeZone).weekday] ?? '',
      hours: round(hours),
      elapsed: round((to - from) / HOUR_MS),
      ahead: from >= now,
    });
    from = to;
  }
  const countedSoFar = round(
    Math.min(
      HOLD_LIMIT_HOURS,
      countedHoldHours({
        from: hold.startedAt,
        to: new Date(Math.min(now, end)).toISOString(),
        rule,
        timeZone: hold.timeZone,
      }),
    ),
  );
  const total = round(days.reduce((sum, d) => sum + d.hours, 0));
  const text = `${days.map((d) => `${d.weekday} ${d.hours} h`).join(' · ')} = ${total} h`;
  return { rule, days, countedSoFar, text };
}
