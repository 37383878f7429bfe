import { OUTCOME_CODES, OUTCOME_TITLES, type PopulationReport, simulatePopulation } from '@detainer-kit/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  binWidthHours,
  CHART_FONT_PX,
  formatShare,
  histogramLayout,
  hoursDistribution,
  niceCeiling,
  outcomeChartLayout,
  outcomeShares,
} from './population-charts';

const LABELS = ['Full', 'Notify', 'Decline'];
const run = (seed: number) =>
  simulatePopulation({ policies: ['full-cooperation', 'notify-only', 'decline-all'], cases: 600, seed });

/** The report with policy 0's distribution replaced (to reach bin widths a small run does not). */
function withByHour(report: PopulationReport, byHour: number[]): PopulationReport {
  const [first, ...rest] = report.policies;
  if (!first) throw new Error('no policy');
  const held = byHour.reduce((s, n) => s + n, 0);
  return { ...report, policies: [{ ...first, hoursHeld: { ...first.hoursHeld, byHour, held } }, ...rest] };
}

let report: PopulationReport;
beforeAll(async () => {
  report = await run(5);
});

describe('outcomeShares', () => {
  it('lists every outcome with its title, and each policy’s counts add up to its cases', () => {
    const s = outcomeShares(report, LABELS);
    expect(s.rows.map((r) => r.code)).toEqual([...OUTCOME_CODES]);
    expect(s.rows.map((r) => r.title)).toEqual(OUTCOME_CODES.map((c) => OUTCOME_TITLES[c]));
    expect(s.policies.map((p) => [p.letter, p.label, p.title])).toEqual([
      ['A', 'Full', 'Full (Full cooperation)'],
      ['B', 'Notify', 'Notify (Notify only)'],
      ['C', 'Decline', 'Decline (Decline all)'],
    ]);
    // A label that is the policy's name is not repeated.
    expect(outcomeShares(report, ['Full cooperation']).policies.map((p) => p.title)).toEqual([
      'Full cooperation',
      'Notify only',
      'Decline all',
    ]);
    for (let i = 0; i < 3; i += 1) {
      expect(s.rows.reduce((sum, r) => sum + (r.values[i]?.count ?? 0), 0)).toBe(600);
      expect(s.rows.reduce((sum, r) => sum + (r.values[i]?.rate ?? 0), 0)).toBeCloseTo(1, 9);
    }
    // "Decline all" releases people on declined holds, full cooperation never does, and it transfers more.
    const transferred = s.rows.find((r) => r.code === 'transferred-to-dhs');
    const declined = s.rows.find((r) => r.code === 'released-hold-declined');
    expect(declined?.values[2]?.count).toBeGreaterThan(0);
    expect(declined?.values[0]?.count).toBe(0);
    expect(transferred?.values[0]?.count).toBeGreaterThan(transferred?.values[2]?.count ?? 0);
  });
});

describe('formatShare', () => {
  it('writes one decimal, and never 0.0% for a share above zero', () => {
    expect(formatShare(0)).toBe('0.0%');
    expect(formatShare(0.0001)).toBe('<0.1%');
    expect(formatShare(0.0005)).toBe('0.1%');
    expect(formatShare(0.1234)).toBe('12.3%');
    expect(formatShare(1)).toBe('100.0%');
  });
});

describe('binWidthHours and niceCeiling', () => {
  it('picks the narrowest width that draws the span in at most 30 bins', () => {
    expect([0, 1, 30, 31, 49, 60, 61, 120, 121, 168].map(binWidthHours)).toEqual([1, 1, 1, 2, 2, 2, 3, 4, 6, 6]);
    expect(binWidthHours(10_000)).toBe(24);
  });

  it('rounds a count axis up to 1, 2 or 5 × 10ⁿ', () => {
    expect([0, 1, 2, 3, 7, 10, 11, 201, 999, 1000].map(niceCeiling)).toEqual([1, 1, 2, 5, 10, 10, 20, 500, 1000, 1000]);
  });
});

describe('hoursDistribution', () => {
  it('bins each policy’s exact byHour counts without losing a case, on one shared scale', () => {
    const d = hoursDistribution(report, LABELS);
    const span = Math.max(...report.policies.map((p) => p.hoursHeld.byHour.length));
    expect(d.widthHours).toBe(binWidthHours(span));
    expect(d.bins.length).toBe(Math.ceil(span / d.widthHours));
    d.bins.forEach((b, i) => {
      expect(b.fromHours).toBe(i * d.widthHours);
      expect(b.toHours).toBe((i + 1) * d.widthHours);
      expect(b.label).toBe(`${b.fromHours}–${b.toHours} h`);
    });
    report.policies.forEach((p, i) => {
      expect(d.bins.reduce((sum, b) => sum + (b.counts[i] ?? 0), 0)).toBe(p.hoursHeld.held);
    });
    expect(d.maxCount).toBe(Math.max(...d.bins.flatMap((b) => b.counts)));
    expect(d.summaries[0]?.held).toBeGreaterThan(0);
    // "Decline all" holds no one: every bin is 0 and the summary says so.
    expect(d.bins.every((b) => b.counts[2] === 0)).toBe(true);
    expect(d.summaries[2]).toEqual({
      held: 0,
      heldText: '0 (0.0%)',
      median: '—',
      p95: '—',
      max: '—',
      reachedDeadline: '0',
    });
    expect(d.summaries[0]?.reachedDeadline).toBe(report.policies[0]?.hoursHeld.hitLimit.toLocaleString('en-US'));
    expect(report.policies[0]?.hoursHeld.hitLimit).toBeGreaterThan(0);
  });

  it('groups whole hours into wider bins for long holds (worked by hand)', () => {
    // Hours 0..39: one case in hour 0, two in hour 5, three in hour 39 → span 40 h, bins of 2 h.
    const byHour = Array.from({ length: 40 }, (_, h) => (h === 0 ? 1 : h === 5 ? 2 : h === 39 ? 3 : 0));
    const d = hoursDistribution(withByHour(report, byHour), LABELS);
    expect(d.widthHours).toBe(2);
    expect(d.bins.length).toBe(20);
    expect(d.bins[0]?.counts[0]).toBe(1);
    expect(d.bins[2]?.counts[0]).toBe(2); // 4–6 h holds hour 5
    expect(d.bins[19]?.counts[0]).toBe(3); // 38–40 h holds hour 39
    expect(d.bins.reduce((s, b) => s + (b.counts[0] ?? 0), 0)).toBe(6);
  });

  it('has no bins when no policy held anyone', async () => {
    const none = await simulatePopulation({ policy: 'decline-all', cases: 100, seed: 1 });
    const d = hoursDistribution(none, ['Decline']);
    expect(d.bins).toEqual([]);
    expect(d.maxCount).toBe(0);
    expect(histogramLayout(d, 0, 320).bars).toEqual([]);
  });
});

describe('the same seed gives the same charts', () => {
  it('gives deep-equal chart data and geometry for the same seed, and other numbers for another seed', async () => {
    const again = await run(5);
    const other = await run(6);
    expect(outcomeShares(again, LABELS)).toEqual(outcomeShares(report, LABELS));
    expect(hoursDistribution(again, LABELS)).toEqual(hoursDistribution(report, LABELS));
    expect(outcomeChartLayout(outcomeShares(again, LABELS), 500)).toEqual(
      outcomeChartLayout(outcomeShares(report, LABELS), 500),
    );
    expect(outcomeShares(other, LABELS)).not.toEqual(outcomeShares(report, LABELS));
    expect(hoursDistribution(other, LABELS).bins).not.toEqual(hoursDistribution(report, LABELS).bins);
  });
});

describe('chart geometry', () => {
  // A label of n characters at 13 px is at most about 0.62 em per character wide in the app's sans-serif font.
  const textWidth = (s: string) => s.length * CHART_FONT_PX * 0.62;

  it.each([320, 560])('keeps every outcome bar and its value inside %i px, bars proportional to the share', (width) => {
    const shares = outcomeShares(report, LABELS);
    const l = outcomeChartLayout(shares, width);
    expect(l.width).toBe(width);
    l.groups.forEach((g, gi) => {
      expect(g.title).toBe(shares.rows[gi]?.title);
      expect(textWidth(g.title)).toBeLessThanOrEqual(width);
      g.bars.forEach((b, i) => {
        expect(b.width).toBeCloseTo((shares.rows[gi]?.values[i]?.rate ?? 0) * l.barSpan, 9);
        expect(b.x + b.width).toBeLessThanOrEqual(l.barX + l.barSpan + 1e-9);
        expect(b.textX + textWidth(b.text)).toBeLessThanOrEqual(width);
      });
    });
    // Rows never overlap: each bar starts below the previous one, and the chart is tall enough for the last.
    const ys = l.groups.flatMap((g) => g.bars.map((b) => [b.y, b.y + b.height] as const));
    for (let i = 1; i < ys.length; i += 1) expect(ys[i]?.[0]).toBeGreaterThan(ys[i - 1]?.[1] ?? 0);
    expect(l.height).toBeGreaterThanOrEqual(ys.at(-1)?.[1] ?? 0);
  });

  it.each([320, 560])('draws the histogram inside the plot at %i px, with hour ticks far enough apart', (width) => {
    const d = hoursDistribution(report, LABELS);
    const l = histogramLayout(d, 0, width);
    const right = l.plot.x + l.plot.width;
    for (const b of l.bars) {
      expect(b.x).toBeGreaterThanOrEqual(l.plot.x);
      expect(b.x + b.width).toBeLessThanOrEqual(right + 1e-9);
      expect(b.y).toBeGreaterThanOrEqual(l.plot.y - 1e-9);
      expect(b.y + b.height).toBeCloseTo(l.plot.y + l.plot.height, 9);
    }
    // The tallest bin of the shared scale reaches at most the top tick.
    const tallest = Math.max(...l.bars.map((b) => b.height));
    expect(tallest).toBeLessThanOrEqual(l.plot.height + 1e-9);
    for (let i = 1; i < l.xTicks.length; i += 1) {
      expect((l.xTicks[i]?.at ?? 0) - (l.xTicks[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(44 - 1e-9);
    }
    expect(l.xTicks[0]).toEqual({ at: l.plot.x, label: '0 h' });
    expect(l.yTicks.map((t) => t.label)[0]).toBe('0');
    expect(l.yTicks.at(-1)?.at).toBe(l.plot.y);
  });
});
