/**
 * The population view's two charts as data, from the SDK's `PopulationReport` alone: outcome shares per
 * policy, and the distribution of hours held (the report's exact `hoursHeld.byHour`, grouped into bins of a
 * few hours). Each chart's table is built from the very same numbers, so the picture and the table cannot
 * disagree. The SVG geometry is computed here too (pure, tested); the components only draw it.
 */
import { type Language, OUTCOME_TITLES, type OutcomeCode, type PopulationReport, textOf } from '@detainer-kit/sdk';

/** The letters that tie a policy to its bars, legend and table column. */
export const POLICY_LETTERS = ['A', 'B', 'C'] as const;

export interface ChartPolicy {
  readonly letter: string;
  /** The name the person chose it by (the picker's label). */
  readonly label: string;
  /** The policy's own name in the report. */
  readonly name: string;
  /** What the charts and tables call it: the label, with the policy's name when that says more ("Current policy (Notify only)"). */
  readonly title: string;
  readonly cases: number;
}

export interface ShareValue {
  readonly count: number;
  readonly rate: number;
  /** "12.3%". */
  readonly text: string;
}

export interface OutcomeShareRow {
  readonly code: OutcomeCode;
  readonly title: string;
  /** One value per policy, in the policies' order. */
  readonly values: readonly ShareValue[];
}

export interface OutcomeShares {
  readonly policies: readonly ChartPolicy[];
  readonly rows: readonly OutcomeShareRow[];
}

/** "12.3%"; a share above 0 that would round to 0.0% reads "<0.1%". */
export function formatShare(rate: number): string {
  if (rate > 0 && rate < 0.0005) return '<0.1%';
  return `${(rate * 100).toFixed(1)}%`;
}

/** "1,234". */
export const formatCount = (n: number, locale = 'en-US'): string => n.toLocaleString(locale);

function chartPolicies(report: PopulationReport, labels: readonly string[]): ChartPolicy[] {
  return report.policies.map((p, i) => ({
    letter: POLICY_LETTERS[i] ?? String(i + 1),
    label: labels[i] ?? p.name,
    name: p.name,
    title: labels[i] === undefined || labels[i] === p.name ? p.name : `${labels[i]} (${p.name})`,
    cases: p.cases,
  }));
}

/** Every outcome (in the core's order, none left out) with its count and share under each policy. */
export function outcomeShares(
  report: PopulationReport,
  labels: readonly string[],
  lang: Language = 'en',
): OutcomeShares {
  const policies = chartPolicies(report, labels);
  const codes = report.policies[0]?.outcomes.map((o) => o.code) ?? [];
  const rows = codes.map((code) => ({
    code,
    title: lang === 'en' ? OUTCOME_TITLES[code] : textOf(`outcome.title.${code}`, lang),
    values: report.policies.map((p) => {
      const o = p.outcomes.find((x) => x.code === code);
      const count = o?.count ?? 0;
      const rate = o?.rate ?? 0;
      return { count, rate, text: formatShare(rate) };
    }),
  }));
  return { policies, rows };
}

/** Bin widths the distribution may use, in hours. */
export const BIN_WIDTHS_HOURS = [1, 2, 3, 4, 6, 8, 12, 24] as const;
/** The most bins a distribution is drawn with (bars stay wide enough on a phone). */
export const MAX_BINS = 30;

export interface HoursBin {
  readonly fromHours: number;
  readonly toHours: number;
  /** "12–16 h". */
  readonly label: string;
  /** Held cases in the bin, one count per policy. */
  readonly counts: readonly number[];
}

export interface HoursSummary {
  readonly held: number;
  readonly heldText: string;
  readonly median: string;
  readonly p95: string;
  readonly max: string;
  /** Holds that ran to their deadline (the person released when the hold expired), as a count. */
  readonly reachedDeadline: string;
}

export interface HoursDistribution {
  readonly policies: readonly ChartPolicy[];
  readonly widthHours: number;
  /** From 0 h to the bin holding the longest hold of any policy; empty when no case was held at all. */
  readonly bins: readonly HoursBin[];
  /** The largest count of any bin of any policy (the shared vertical scale). */
  readonly maxCount: number;
  readonly summaries: readonly HoursSummary[];
}

/** The narrowest bin width that draws `hours` whole hours in at most {@link MAX_BINS} bins. */
export function binWidthHours(hours: number): number {
  for (const w of BIN_WIDTHS_HOURS) if (Math.ceil(hours / w) <= MAX_BINS) return w;
  return BIN_WIDTHS_HOURS[BIN_WIDTHS_HOURS.length - 1] as number;
}

const hoursText = (h: number | null): string => (h === null ? '—' : `${(Math.round(h * 10) / 10).toFixed(1)} h`);

/**
 * Hours held past release eligibility, per policy, in bins of equal width on one shared scale. The counts
 * are the report's `byHour` summed, so every bin total equals the held count.
 */
export function hoursDistribution(report: PopulationReport, labels: readonly string[]): HoursDistribution {
  const policies = chartPolicies(report, labels);
  const span = Math.max(0, ...report.policies.map((p) => p.hoursHeld.byHour.length));
  const widthHours = binWidthHours(span);
  const binCount = span === 0 ? 0 : Math.ceil(span / widthHours);
  const bins: HoursBin[] = Array.from({ length: binCount }, (_, b) => {
    const fromHours = b * widthHours;
    const toHours = fromHours + widthHours;
    return {
      fromHours,
      toHours,
      label: `${fromHours}–${toHours} h`,
      counts: report.policies.map((p) => p.hoursHeld.byHour.slice(fromHours, toHours).reduce((sum, n) => sum + n, 0)),
    };
  });
  const maxCount = Math.max(0, ...bins.flatMap((b) => b.counts));
  const summaries = report.policies.map((p) => ({
    held: p.hoursHeld.held,
    heldText: `${formatCount(p.hoursHeld.held)} (${formatShare(p.hoursHeld.heldRate)})`,
    median: hoursText(p.hoursHeld.medianHours),
    p95: hoursText(p.hoursHeld.p95Hours),
    max: hoursText(p.hoursHeld.maxHours),
    reachedDeadline: formatCount(p.hoursHeld.hitLimit),
  }));
  return { policies, widthHours, bins, maxCount, summaries };
}

/** The smallest 1, 2 or 5 × 10ⁿ at or above `n` (at least 1): the top of a count axis. */
export function niceCeiling(n: number): number {
  if (n <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}

// ---- SVG geometry ----------------------------------------------------------------------------------------

/** Text size of every chart label, px (the view's legibility floor is 12 px). */
export const CHART_FONT_PX = 13;

export interface BarBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface OutcomeBar extends BarBox {
  readonly policy: number;
  readonly letter: string;
  readonly text: string;
  /** Where the value label starts (just right of the bar). */
  readonly textX: number;
  readonly textY: number;
}

export interface OutcomeChartLayout {
  readonly width: number;
  readonly height: number;
  readonly groups: readonly { readonly title: string; readonly titleY: number; readonly bars: readonly OutcomeBar[] }[];
  /** Left edge and full length of a 100% bar. */
  readonly barX: number;
  readonly barSpan: number;
}

const OUTCOME_TITLE_H = 20;
const OUTCOME_BAR_H = 16;
const OUTCOME_BAR_GAP = 4;
const OUTCOME_GROUP_GAP = 12;
const LETTER_W = 20;
/** Room right of a full bar for its value ("100.0%"). */
const VALUE_W = 52;

/**
 * Grouped horizontal bars: for each outcome its title on a line, then one bar per policy (letter, bar,
 * share). A 100% bar spans the width less the letter and value columns, so every label stays inside.
 */
export function outcomeChartLayout(shares: OutcomeShares, width: number): OutcomeChartLayout {
  const barX = LETTER_W;
  const barSpan = Math.max(40, width - LETTER_W - VALUE_W);
  let y = 0;
  const groups = shares.rows.map((row) => {
    const titleY = y + CHART_FONT_PX + 2;
    y += OUTCOME_TITLE_H;
    const bars = row.values.map((v, i) => {
      const barY = y;
      y += OUTCOME_BAR_H + OUTCOME_BAR_GAP;
      const w = v.rate * barSpan;
      return {
        policy: i,
        letter: shares.policies[i]?.letter ?? '',
        text: v.text,
        x: barX,
        y: barY,
        width: w,
        height: OUTCOME_BAR_H,
        textX: barX + w + 4,
        textY: barY + OUTCOME_BAR_H - 3,
      };
    });
    y += OUTCOME_GROUP_GAP - OUTCOME_BAR_GAP;
    return { title: row.title, titleY, bars };
  });
  return { width, height: Math.max(0, y - OUTCOME_GROUP_GAP + OUTCOME_BAR_GAP), groups, barX, barSpan };
}

export interface AxisTick {
  readonly at: number;
  readonly label: string;
}

export interface HistogramLayout {
  readonly width: number;
  readonly height: number;
  /** The plot area. */
  readonly plot: BarBox;
  readonly bars: readonly (BarBox & { readonly count: number; readonly label: string })[];
  readonly xTicks: readonly AxisTick[];
  readonly yTicks: readonly AxisTick[];
}

const HIST_LEFT = 52;
const HIST_RIGHT = 20;
const HIST_TOP = 8;
const HIST_BOTTOM = 34;
const HIST_PLOT_H = 110;

/**
 * One policy's histogram on the shared scale (`distribution.maxCount`): bars for the bins, a count axis with
 * 0, half and the top, and hour ticks spaced so their labels (about 40 px) never overlap.
 */
export function histogramLayout(distribution: HoursDistribution, policy: number, width: number): HistogramLayout {
  const plot = {
    x: HIST_LEFT,
    y: HIST_TOP,
    width: Math.max(60, width - HIST_LEFT - HIST_RIGHT),
    height: HIST_PLOT_H,
  };
  const n = distribution.bins.length;
  const top = niceCeiling(distribution.maxCount);
  const binW = n === 0 ? 0 : plot.width / n;
  const bars = distribution.bins.map((b, i) => {
    const count = b.counts[policy] ?? 0;
    const h = (count / top) * plot.height;
    return {
      x: plot.x + i * binW + (binW > 4 ? 1 : 0),
      y: plot.y + plot.height - h,
      width: Math.max(1, binW - (binW > 4 ? 2 : 0)),
      height: h,
      count,
      label: b.label,
    };
  });
  const minTickPx = 44;
  const every = n === 0 ? 1 : Math.max(1, Math.ceil(minTickPx / binW));
  const xTicks: AxisTick[] = [];
  for (let i = 0; i <= n; i += every) {
    xTicks.push({ at: plot.x + i * binW, label: `${i * distribution.widthHours} h` });
  }
  const yTicks = [0, top / 2, top]
    .filter((v, i, all) => all.indexOf(v) === i && Number.isInteger(v))
    .map((v) => ({ at: plot.y + plot.height - (v / top) * plot.height, label: formatCount(v) }));
  return { width, height: HIST_TOP + HIST_PLOT_H + HIST_BOTTOM, plot, bars, xTicks, yTicks };
}
