/**
 * Compare mode: the same facts under two or three policies. A column is a preset, the current policy, or the
 * current policy with another counting rule. The runs are the SDK's (`compareScenario`); the sentences are
 * the what-if module's (`describeWhatIf`, `describeResults`); the lanes are the timeline's, drawn on one
 * shared range. The selection travels in the share link as `&compare=current,preset:notify-only,…`, parsed
 * with zod: a bad one is refused with a message naming the column, and the rest of the link still opens.
 */
import {
  compareScenario,
  describeCountingRule,
  type JurisdictionPolicy,
  type Language,
  POLICY_PRESET_IDS,
  POLICY_PRESETS,
  PolicyCountingRuleSchema,
  PolicyPresetIdSchema,
  type Scenario,
  type ScenarioComparisonRow,
} from '@detainer-kit/sdk';
import { z } from 'zod';
import { en } from '../i18n/en';
import { describeError } from './share-state';
import { buildTimeline, type LaneMessages, sharedRange, type TimelineView, timelineInputOf } from './timeline-lanes';
import {
  describeCustodyEndShift,
  describePolicyChange,
  describeResults,
  describeWhatIf,
  type WhatIfMessages,
  type WhatIfResult,
} from './what-if';

/** One column of the comparison. */
export const CompareColumnSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('current') }).strict(),
    z.object({ kind: z.literal('preset'), preset: PolicyPresetIdSchema }).strict(),
    z.object({ kind: z.literal('counting'), rule: PolicyCountingRuleSchema }).strict(),
  ],
  { error: () => 'a column is “current”, “preset:<preset id>” or “counting:<counting rule>”' },
);
export type CompareColumn = z.infer<typeof CompareColumnSchema>;

/** The fewest and most columns compared. */
export const MIN_COMPARE_COLUMNS = 2;
export const MAX_COMPARE_COLUMNS = 3;

/** Two or three columns. */
export const CompareSelectionSchema = z
  .array(CompareColumnSchema)
  .min(MIN_COMPARE_COLUMNS, { error: () => `compare ${MIN_COMPARE_COLUMNS} or ${MAX_COMPARE_COLUMNS} policies` })
  .max(MAX_COMPARE_COLUMNS, { error: () => `compare ${MIN_COMPARE_COLUMNS} or ${MAX_COMPARE_COLUMNS} policies` });

/** The hash key of the selection: `#share=dk1.…&compare=…`. */
export const COMPARE_HASH_KEY = 'compare';
/** The longest compare part read from a link (three columns fit in far less). */
export const MAX_COMPARE_PART_LENGTH = 200;

/** The default: the current policy against "Notify only". */
export const DEFAULT_COMPARE: readonly CompareColumn[] = [
  { kind: 'current' },
  { kind: 'preset', preset: 'notify-only' },
];

/** A column as its token in the link and in the column picker (`current`, `preset:<id>`, `counting:<rule>`). */
export function columnToken(c: CompareColumn): string {
  if (c.kind === 'current') return 'current';
  if (c.kind === 'preset') return `preset:${c.preset}`;
  return `counting:${c.rule}`;
}

/** A token read back, checked by {@link CompareColumnSchema}; null for anything else. */
export function columnFromToken(token: string): CompareColumn | null {
  const parsed = CompareColumnSchema.safeParse(tokenObject(token));
  return parsed.success ? parsed.data : null;
}

/** A token as the object {@link CompareColumnSchema} checks (unchecked: the schema names what is wrong). */
export function tokenObject(token: string): Record<string, string> {
  if (token === 'current') return { kind: 'current' };
  const colon = token.indexOf(':');
  const kind = colon < 0 ? token : token.slice(0, colon);
  const value = colon < 0 ? '' : token.slice(colon + 1);
  if (kind === 'preset') return { kind, preset: value };
  if (kind === 'counting') return { kind, rule: value };
  return { kind };
}

/** Every column the picker offers: the current policy, each preset, the current policy under each counting rule. */
export function columnChoices(): { readonly token: string; readonly label: string }[] {
  const all: CompareColumn[] = [
    { kind: 'current' },
    ...POLICY_PRESET_IDS.map((preset) => ({ kind: 'preset' as const, preset })),
    ...PolicyCountingRuleSchema.options.map((rule) => ({ kind: 'counting' as const, rule })),
  ];
  return all.map((c) => ({ token: columnToken(c), label: columnLabel(c) }));
}

/** The column's name, as the picker, the table and the summary say it. */
export function columnLabel(c: CompareColumn): string {
  if (c.kind === 'current') return 'Current policy';
  if (c.kind === 'preset') return POLICY_PRESETS[c.preset].name;
  return `Current policy, counting: ${describeCountingRule(c.rule)}`;
}

/** The policy a column runs under, given the current policy. */
export function columnPolicy(c: CompareColumn, current: JurisdictionPolicy): JurisdictionPolicy {
  if (c.kind === 'current') return current;
  if (c.kind === 'preset') return POLICY_PRESETS[c.preset];
  return { ...current, countingRule: c.rule };
}

/** The hash part for a selection: `compare=current,preset:notify-only`. */
export function compareHashPart(columns: readonly CompareColumn[]): string {
  return `${COMPARE_HASH_KEY}=${columns.map(columnToken).join(',')}`;
}

export type CompareRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly columns: readonly CompareColumn[] }
  | { readonly kind: 'error'; readonly message: string };

/** Reads the compare part of a location hash. Never throws; a hash without one is `none`. */
export function readCompareHash(hash: string): CompareRead {
  const raw = hash.replace(/^#/, '');
  let value: string | null = null;
  for (const part of raw.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === COMPARE_HASH_KEY) value = part.slice(eq + 1);
  }
  if (value === null) return { kind: 'none' };
  const refuse = (why: string): CompareRead => ({
    kind: 'error',
    message: `The comparison in this link cannot be opened (${why}); the rest of the link is unaffected. Choose the policies again under “Compare policies”.`,
  });
  if (value.length > MAX_COMPARE_PART_LENGTH) {
    return refuse(`the compare part is ${value.length} characters; at most ${MAX_COMPARE_PART_LENGTH}`);
  }
  let text: string;
  try {
    text = decodeURIComponent(value);
  } catch {
    return refuse('the compare part is not valid URL text');
  }
  const candidate = text === '' ? [] : text.split(',').map(tokenObject);
  const parsed = CompareSelectionSchema.safeParse(candidate);
  if (parsed.success) return { kind: 'ok', columns: parsed.data };
  const issue = parsed.error.issues[0];
  const at = issue?.path.length ? `compare.${issue.path.map(String).join('.')}` : 'compare';
  return refuse(`${at}: ${issue?.message ?? 'not a comparison'}`);
}

/** One compared column, run. */
export interface CompareColumnView {
  readonly token: string;
  readonly label: string;
  readonly policyName: string;
  readonly countingRule: string;
  readonly row: ScenarioComparisonRow;
  readonly results: readonly WhatIfResult[];
  readonly decisiveRule: string;
  readonly timeline: TimelineView;
}

/** A details-table row: one result, its value under each column, and whether they differ. */
export interface CompareDetail {
  readonly field: string;
  readonly label: string;
  readonly values: readonly string[];
  readonly differs: boolean;
}

export interface CompareView {
  readonly columns: readonly CompareColumnView[];
  /** One entry per column after the first, compared with the first: the what-if lead, largest difference first. */
  readonly summary: readonly { readonly label: string; readonly against: string; readonly text: string }[];
  readonly details: readonly CompareDetail[];
  /** The range every timeline is drawn on. */
  readonly range: { readonly start: number; readonly end: number };
  readonly timeZone: string;
  readonly disclaimer: string;
}

export type CompareBuild = { readonly ok: true; readonly view: CompareView } | { readonly ok: false; message: string };

/**
 * Runs the scenario's facts under each column's policy and words the comparison. Never throws. `trackPx` is
 * the width the timelines are drawn at (labels near the right end then run leftwards and stay in view).
 */
export function buildCompareView(
  scenario: Scenario,
  current: JurisdictionPolicy,
  columns: readonly CompareColumn[],
  options: {
    readonly trackPx?: number;
    /** The words of the timelines' lanes and the language of outcome titles (English by default). */
    readonly lanes?: LaneMessages;
    readonly lang?: Language;
    /** The words of the what-if sentences and the details table (English by default). */
    readonly whatIf?: WhatIfMessages;
    /** A counting rule's label (`t.policyOptions.countingRule`; the core's English by default). */
    readonly countingRuleLabel?: (rule: JurisdictionPolicy['countingRule']) => string;
  } = {},
): CompareBuild {
  const checked = CompareSelectionSchema.safeParse(columns);
  if (!checked.success)
    return { ok: false, message: `Choose ${MIN_COMPARE_COLUMNS} or ${MAX_COMPARE_COLUMNS} policies.` };
  let comparison: ReturnType<typeof compareScenario>;
  try {
    comparison = compareScenario(
      scenario,
      checked.data.map((c) => columnPolicy(c, current)),
    );
  } catch (error) {
    return { ok: false, message: `The comparison cannot be run: ${describeError(error, 'comparison')}` };
  }
  const tz = scenario.custodian.timeZone;
  const w = options.whatIf ?? en.whatIf;
  const fitted = comparison.rows.map((row) => buildTimeline(timelineInputOf(row.run.case)));
  const range = sharedRange(fitted);
  const views: CompareColumnView[] = comparison.rows.map((row, i) => {
    const c = checked.data[i] as CompareColumn;
    const rule = row.decisiveRule.hold ?? row.decisiveRule.notice;
    return {
      token: columnToken(c),
      label: columnLabel(c),
      policyName: row.policy.name,
      countingRule: (options.countingRuleLabel ?? describeCountingRule)(row.policy.countingRule),
      row,
      results: describeResults(row, tz, w),
      decisiveRule: rule?.text ?? w.none,
      timeline: buildTimeline(
        { ...timelineInputOf(row.run.case), range, trackPx: options.trackPx },
        options.lanes,
        options.lang,
      ),
    };
  });
  const first = views[0] as CompareColumnView;
  const summary = views.slice(1).map((v, k) => {
    const j = k + 1;
    const diff = comparison.differences.find((d) => d.a === 0 && d.b === j);
    const change = describePolicyChange(diff?.policyDifferences ?? [], v.row.policy, w);
    const whatIf = describeWhatIf(first.row, v.row, change, tz, w);
    const shift = describeCustodyEndShift(first.row, v.row, w);
    const text = shift ? `${whatIf.lead}${w.leavesShift(shift, first.label)}` : whatIf.lead;
    return { label: v.label, against: first.label, text };
  });
  const details: CompareDetail[] = [
    { field: 'policy', label: w.policy, values: views.map((v) => v.policyName) },
    { field: 'countingRule', label: w.countingRule, values: views.map((v) => v.countingRule) },
    ...first.results.map((r, i) => ({
      field: r.field,
      label: r.label,
      values: views.map((v) => v.results[i]?.value ?? w.none),
    })),
    { field: 'decisiveRule', label: w.decisiveRule, values: views.map((v) => v.decisiveRule) },
  ].map((d) => ({ ...d, differs: new Set(d.values).size > 1 }));
  return {
    ok: true,
    view: { columns: views, summary, details, range, timeZone: tz, disclaimer: comparison.disclaimer },
  };
}
