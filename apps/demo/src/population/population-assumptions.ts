/**
 * The assumptions a synthetic population is drawn from, as the population view lists them: each field's
 * value in words and its source with citation ids, both from the SDK (`ASSUMPTION_SOURCES`, the report's
 * `assumptions`, or `DEFAULT_ASSUMPTIONS` before a run). Nothing is restated here; only the wording is.
 */
import { ASSUMPTION_SOURCES, type AssumptionSource, type CitationId } from '@detainer-kit/sdk';

export interface AssumptionRow {
  readonly field: string;
  readonly value: string;
  readonly source: string;
  readonly citations: readonly CitationId[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRange = (v: unknown): v is { min: number; max: number } =>
  isRecord(v) && typeof v.min === 'number' && typeof v.max === 'number' && Object.keys(v).length === 2;

function unitOf(field: string): string {
  if (/Hours$/.test(field)) return ' h';
  if (/Days$|^daysIn/.test(field)) return ' days';
  return '';
}

const num = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
/** A camelCase key in words ("presentAtRelease" → "present at release"); enum ids stay as they are. */
const words = (key: string) => key.replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`);

/** One assumption's value in words: "10%", "1–60 days", "bond-posted 35, own-recognizance 15", … */
export function describeAssumptionValue(field: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (/Share$/.test(field)) return `${num(value * 100)}%`;
    return `${num(value)}${unitOf(field)}`;
  }
  if (isRange(value)) return `${num(value.min)}–${num(value.max)}${unitOf(field)}`;
  if (isRecord(value)) {
    if (typeof value.name === 'string' && typeof value.timeZone === 'string') return `${value.name}, ${value.timeZone}`;
    return Object.entries(value)
      .flatMap(([k, v]) => {
        if (typeof v === 'number') return [`${words(k)} ${num(v)}`];
        if (Array.isArray(v))
          return v.map((w) =>
            isRecord(w) && typeof w.fromHours === 'number' && typeof w.toHours === 'number'
              ? `${num(w.fromHours)}–${num(w.toHours)} h ${num(Number(w.weight))}`
              : JSON.stringify(w),
          );
        return [`${words(k)} ${JSON.stringify(v)}`];
      })
      .join(', ');
  }
  return JSON.stringify(value) ?? 'none';
}

/**
 * Every assumption with its value and source, in the SDK's order. `cases` is the run's own number; the other
 * values come from `assumptions` (the report's, or the SDK's defaults before a run).
 */
export function assumptionRows(
  assumptions: object,
  cases: number,
  sources: readonly AssumptionSource[] = ASSUMPTION_SOURCES,
): AssumptionRow[] {
  const values = assumptions as Record<string, unknown>;
  return sources.map((s) => ({
    field: s.field,
    value: s.field === 'cases' ? num(cases) : describeAssumptionValue(s.field, values[s.field]),
    source: s.source,
    citations: s.citations,
  }));
}
