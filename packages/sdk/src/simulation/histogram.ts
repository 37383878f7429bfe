/**
 * A fixed-size histogram of hours held at one-minute resolution: memory stays flat whatever the number of
 * cases, and a quantile read from it is within one minute of the exact one.
 *
 * It spans {@link HISTOGRAM_MINUTES} (7 days). The longest hold the rules allow is 48 counted hours under
 * the weekday rule, about five calendar days when a federal holiday joins a weekend [cfr-287.7-d],
 * [gonzalez-9th-2020], so no lawful hold reaches the last bin; a longer value would be counted in the last
 * bin and still reported exactly as the maximum.
 */
export const HISTOGRAM_MINUTES = 7 * 24 * 60;

const MINUTE_MS = 60_000;

/** A new empty histogram (one counter per minute). */
export function createHistogram(): Uint32Array {
  return new Uint32Array(HISTOGRAM_MINUTES);
}

/** Counts a duration (ms) in its minute bin. */
export function addToHistogram(histogram: Uint32Array, ms: number): void {
  const bin = Math.min(HISTOGRAM_MINUTES - 1, Math.max(0, Math.floor(ms / MINUTE_MS)));
  histogram[bin] = (histogram[bin] ?? 0) + 1;
}

/** Adds `from` into `into`, bin by bin. */
export function mergeHistogram(into: Uint32Array, from: Uint32Array): void {
  for (let i = 0; i < into.length; i += 1) into[i] = (into[i] ?? 0) + (from[i] ?? 0);
}

/**
 * The nearest-rank quantile `q` (0 < q ≤ 1) of the counted values, in minutes: the lower edge of the bin that
 * holds the value of rank ⌈q·n⌉, so it is at most one minute below the exact value. Null when empty.
 */
export function histogramQuantileMinutes(histogram: Uint32Array, total: number, q: number): number | null {
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let i = 0; i < histogram.length; i += 1) {
    seen += histogram[i] ?? 0;
    if (seen >= rank) return i;
  }
  return histogram.length - 1;
}

/**
 * The counted values by whole hours: entry `h` counts the values of at least `h` and less than `h + 1` hours. An
 * hour is 60 whole one-minute bins, so these counts are exact. Ends at the last hour with a value (empty when
 * none), so the array is never longer than the histogram's span in hours.
 */
export function histogramByHour(histogram: Uint32Array): number[] {
  const byHour: number[] = [];
  for (let i = 0; i < histogram.length; i += 1) {
    const n = histogram[i] ?? 0;
    if (n === 0) continue;
    const hour = Math.floor(i / 60);
    while (byHour.length <= hour) byHour.push(0);
    byHour[hour] = (byHour[hour] ?? 0) + n;
  }
  return byHour;
}
