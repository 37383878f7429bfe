import { getScenario, HOUR_MS, resolveScenarioPolicy } from '@detainer-kit/sdk';
import { describe, expect, it } from 'vitest';
import {
  buildCompareView,
  type CompareColumn,
  columnChoices,
  columnFromToken,
  columnToken,
  compareHashPart,
  readCompareHash,
} from './compare-view';
import { percentAt } from './timeline-lanes';

const weekday = getScenario('weekday-rule-friday-release');
const current = resolveScenarioPolicy(weekday.policy);
const three: CompareColumn[] = [
  { kind: 'current' },
  { kind: 'preset', preset: 'notify-only' },
  { kind: 'counting', rule: 'calendar' },
];

function build(columns: readonly CompareColumn[]) {
  const r = buildCompareView(weekday, current, columns);
  if (!r.ok) throw new Error(r.message);
  return r.view;
}

describe('buildCompareView', () => {
  it('does run the weekday scenario under each column: 96 h, no hold, 48 h', () => {
    const v = build(three);
    expect(v.columns.map((c) => c.row.hoursHeld)).toEqual([96, null, 48]);
    expect(v.columns.map((c) => c.row.outcome?.code)).toEqual([
      'released-hold-expired',
      'released-hold-declined',
      'released-hold-expired',
    ]);
    expect(v.columns[2]?.row.policy.countingRule).toBe('calendar');
    expect(v.columns[0]?.row.policy.countingRule).toBe('excludeWeekendsAndHolidays');
  });

  it('does lead with each column against the first, worded by the what-if module', () => {
    const v = build(three);
    expect(v.summary).toHaveLength(2);
    expect(v.summary[0]?.text).toMatch(/^Under “Notify only” the case ends otherwise/);
    expect(v.summary[0]?.text).toContain('No hold runs (instead of 96 h)');
    expect(v.summary[0]?.text).toContain('4 d earlier');
    expect(v.summary[1]?.text).toContain('held 48 h instead of 96 h');
    expect(v.summary[1]?.text).toContain('2 d earlier');
  });

  it('does give every compared field a value per column and mark the ones that differ', () => {
    const v = build(three);
    const held = v.details.find((d) => d.field === 'hoursHeld');
    expect(held?.values).toEqual(['96 h', 'no hold', '48 h']);
    expect(held?.differs).toBe(true);
    const notice = v.details.find((d) => d.field === 'noticeStatus');
    expect(notice?.differs).toBe(false);
    for (const d of v.details) expect(d.values).toHaveLength(3);
    expect(v.details.map((d) => d.field)).toEqual(
      expect.arrayContaining(['outcome', 'reason', 'hoursHeld', 'holdEndsAt', 'noticeStatus', 'decisiveRule']),
    );
  });

  it('does draw every timeline on one range, so one instant sits at one place', () => {
    const v = build(three);
    for (const c of v.columns) {
      expect(c.timeline.start).toBe(v.range.start);
      expect(c.timeline.end).toBe(v.range.end);
    }
    // The longest run (Tue 17:00) fits in the range; the released-on-Friday run does not stretch to fill it.
    const end = Date.parse('2024-04-16T17:00:00-04:00');
    expect(v.range.end).toBeGreaterThan(end);
    const friday = Date.parse('2024-04-12T17:00:00-04:00');
    const x = percentAt(v.range, friday);
    const outcomeOf = (i: number) => v.columns[i]?.timeline.lanes[0].markers.find((m) => m.id === 'outcome')?.at;
    expect(outcomeOf(1)).toBe(friday);
    expect(percentAt(v.columns[1]?.timeline ?? v.range, friday)).toBe(x);
    expect((outcomeOf(0) ?? 0) - friday).toBe(96 * HOUR_MS);
  });

  it('does say the same when two columns are the same policy', () => {
    const v = build([{ kind: 'current' }, { kind: 'counting', rule: 'excludeWeekendsAndHolidays' }]);
    expect(v.summary[0]?.text).toContain('nothing compared changes');
    expect(v.details.filter((d) => d.differs)).toEqual([]);
  });

  it('does refuse one column or four', () => {
    expect(buildCompareView(weekday, current, [{ kind: 'current' }]).ok).toBe(false);
    expect(buildCompareView(weekday, current, [...three, { kind: 'current' }]).ok).toBe(false);
  });
});

describe('the compare part of a share link', () => {
  it('does round-trip every choice the picker offers', () => {
    const choices = columnChoices();
    expect(choices.map((c) => c.token)).toContain('preset:notify-only');
    expect(choices.map((c) => c.token)).toContain('counting:calendar');
    for (const c of choices) {
      const column = columnFromToken(c.token);
      expect(column).not.toBeNull();
      expect(columnToken(column as CompareColumn)).toBe(c.token);
    }
    expect(readCompareHash(`#share=dk1.abc&${compareHashPart(three)}`)).toEqual({ kind: 'ok', columns: three });
  });

  it('does read an old link without a compare part as none', () => {
    expect(readCompareHash('#share=dk1.abc')).toEqual({ kind: 'none' });
    expect(readCompareHash('')).toEqual({ kind: 'none' });
  });

  it('does refuse a bad compare part, naming the column and what is allowed', () => {
    const bad = readCompareHash('#share=dk1.abc&compare=current,preset:nope');
    expect(bad.kind).toBe('error');
    if (bad.kind === 'error') {
      expect(bad.message).toContain('compare.1.preset');
      expect(bad.message).toContain('notify-only');
      expect(bad.message).toContain('the rest of the link is unaffected');
    }
    const kind = readCompareHash('#compare=current,whatever');
    expect(kind.kind === 'error' && kind.message).toMatch(/compare\.1.*“current”, “preset:<preset id>”/);
    const one = readCompareHash('#compare=current');
    expect(one.kind === 'error' && one.message).toMatch(/compare: compare 2 or 3 policies/);
    const four = readCompareHash('#compare=current,current,current,current');
    expect(four.kind).toBe('error');
    const long = readCompareHash(`#compare=${'x'.repeat(300)}`);
    expect(long.kind === 'error' && long.message).toContain('at most 200');
    expect(columnFromToken('counting:sometimes')).toBeNull();
  });
});
