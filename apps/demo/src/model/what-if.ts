/**
 * The what-if summary: the same facts run twice (before and after a change of policy or facts), compared on
 * every result the SDK's `compareScenario` reports (outcome, reason, hours held, hold end, notice status) and
 * on what its runs carry besides (notice lead time, each deadline), led by the largest difference in words.
 * The numbers are the SDK's; this module only picks and words them.
 */
import {
  type CaseDeadline,
  describePolicyField,
  formatLocal,
  LANGUAGE_LOCALES,
  outcomeText,
  POLICY_FIELD_LABELS,
  type PolicyDifference,
  type PolicySwitchField,
  type ScenarioComparisonRow,
} from '@detainer-kit/sdk';
import { en, type Messages } from '../i18n/en';
import { formatDuration, humanizeCode } from './format';
import { outcomeLabel } from './timeline-lanes';

/** The words of the what-if sentences, in the UI's language (`t.whatIf`; English by default). */
export type WhatIfMessages = Messages['whatIf'];

/** One result that differs, worded before → after. */
export interface WhatIfChange {
  readonly field:
    | 'outcome'
    | 'reason'
    | 'hoursHeld'
    | 'holdEndsAt'
    | 'noticeStatus'
    | 'noticeLeadTime'
    | 'deadline:notice-due'
    | 'deadline:hold-end';
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

export interface WhatIf {
  /** One sentence: the largest difference, or that nothing compared changed. */
  readonly lead: string;
  /** Every result that differs, largest first. */
  readonly changes: readonly WhatIfChange[];
  /** The labels of the results that stay the same. */
  readonly unchanged: readonly string[];
  /** The decisive rule after the change, when it differs (the SDK's decision reason). */
  readonly rule: string | null;
}

const isSwitch = (field: string): field is PolicySwitchField => Object.hasOwn(POLICY_FIELD_LABELS, field);

/** "Under counting of the hold “elapsed hours (…)”": the change, worded from core's policy labels. */
export function describePolicyChange(
  differences: readonly PolicyDifference[],
  after: ScenarioComparisonRow['policy'],
  w: WhatIfMessages = en.whatIf,
): string {
  if (differences.length === 0) return w.samePolicy;
  // A preset changes many switches at once: its name says more than the list.
  if (differences.length > 2) return w.underName(after.name);
  const parts = differences.map((d) =>
    isSwitch(d.field)
      ? `${POLICY_FIELD_LABELS[d.field].toLowerCase()} “${describePolicyField(after, d.field)}”`
      : d.text,
  );
  return w.under(parts.join(', '));
}

function hours(h: number | null, w: WhatIfMessages): string {
  if (h === null) return w.noHold;
  const rounded = Math.round(h * 100) / 100;
  return `${rounded.toLocaleString(LANGUAGE_LOCALES[w.lang], { maximumFractionDigits: 2, useGrouping: false })} h`;
}

/** How long before the person left custody notice went out, or null when it was not sent or the case is open. */
function noticeLeadMs(row: ScenarioComparisonRow): number | null {
  const sent = row.run.case.context.notice?.sentAt ?? null;
  const end = row.outcome?.at ?? null;
  if (sent === null || end === null) return null;
  return Date.parse(end) - Date.parse(sent);
}

function deadlineOf(row: ScenarioComparisonRow, kind: CaseDeadline['kind']): CaseDeadline | null {
  return row.run.case.deadlines.find((d) => d.kind === kind) ?? null;
}

function leaves(row: ScenarioComparisonRow, w: WhatIfMessages): string {
  return row.outcome?.code === 'transferred-to-dhs' ? w.handedToDhs : w.released;
}

/** One result of one run, worded (the row of the details table). */
export interface WhatIfResult {
  readonly field: WhatIfChange['field'];
  readonly label: string;
  readonly value: string;
}

/**
 * Every result compared, worded for one run, in the order of the what-if table: outcome, hours held, hold end,
 * reason, notice, notice lead time, and each deadline. `timeZone` is the custodian's, for the instants.
 */
export function describeResults(
  row: ScenarioComparisonRow,
  timeZone: string,
  w: WhatIfMessages = en.whatIf,
): WhatIfResult[] {
  const when = (at: string | null) =>
    at === null ? w.none : formatLocal(at, timeZone, 'long', LANGUAGE_LOCALES[w.lang]);
  const lead = noticeLeadMs(row);
  const outcome = row.outcome ? (w.lang === 'en' ? row.outcome.text : outcomeText(row.outcome, w.lang)) : w.stillOpen;
  const out: WhatIfResult[] = [
    { field: 'outcome', label: w.outcome, value: outcome },
    { field: 'hoursHeld', label: w.hoursHeld, value: hours(row.hoursHeld, w) },
    { field: 'holdEndsAt', label: w.holdEnds, value: when(row.holdEndsAt) },
    { field: 'reason', label: w.reason, value: row.reason ?? w.none },
    { field: 'noticeStatus', label: w.notice, value: w.noticeStatus(row.noticeStatus) },
    {
      field: 'noticeLeadTime',
      label: w.noticeAhead,
      value: lead === null ? w.none : formatDuration(lead),
    },
  ];
  for (const kind of ['notice-due', 'hold-end'] as const) {
    const d = deadlineOf(row, kind);
    // The deadline's own label names the counting rule, which may be what changed: a neutral one here.
    out.push({
      field: `deadline:${kind}`,
      label: kind === 'hold-end' ? w.deadlineHoldEnd : w.deadlineNoticeDue,
      value: d === null ? w.none : `${when(d.at)} (${w.deadlineStatus(d.status)})`,
    });
  }
  return out;
}

/**
 * When the person leaves the custodian under `b` compared with `a` ("2 d 6 h earlier"), or null when both runs
 * end at the same instant or either is still open.
 */
export function describeCustodyEndShift(
  a: ScenarioComparisonRow,
  b: ScenarioComparisonRow,
  w: WhatIfMessages = en.whatIf,
): string | null {
  if (!a.outcome || !b.outcome) return null;
  const delta = Date.parse(b.outcome.at) - Date.parse(a.outcome.at);
  if (delta === 0) return null;
  return w.shift(formatDuration(Math.abs(delta)), delta < 0);
}

/**
 * Compares two runs of the same facts. `change` names what changed ("Under counting of the hold “…”",
 * "In America/Chicago"); `timeZone` is the custodian's, for the instants.
 */
export function describeWhatIf(
  a: ScenarioComparisonRow,
  b: ScenarioComparisonRow,
  change: string,
  timeZone: string,
  w: WhatIfMessages = en.whatIf,
): WhatIf {
  const when = (at: string | null) =>
    at === null ? w.none : formatLocal(at, timeZone, 'long', LANGUAGE_LOCALES[w.lang]);
  const changes: WhatIfChange[] = [];
  const unchanged: string[] = [];
  const before = describeResults(a, timeZone, w);
  const after = describeResults(b, timeZone, w);
  for (const [i, r] of before.entries()) {
    const other = after[i] as WhatIfResult;
    if (r.value === other.value) unchanged.push(r.label);
    else changes.push({ field: r.field, label: r.label, before: r.value, after: other.value });
  }

  const by = (f: WhatIfChange['field']) => changes.find((c) => c.field === f);
  let lead: string;
  const outcome = by('outcome');
  const held = by('hoursHeld');
  if (outcome) {
    const code = (r: ScenarioComparisonRow) =>
      r.outcome ? (w.lang === 'en' ? humanizeCode(r.outcome.code) : outcomeLabel(r.outcome.code, w.lang)) : w.stillOpen;
    lead = w.endsOtherwise(change, code(b), code(a));
    if (held && b.hoursHeld === null) lead += w.noHoldRuns(held.before);
    else if (held && a.hoursHeld === null) lead += w.heldInsteadOfNone(held.after);
    else if (held) lead += w.heldInstead(held.after, held.before);
  } else if (held) {
    const end = b.outcome ? w.andLeaves(leaves(b, w), when(b.outcome.at)) : '';
    lead = w.isHeld(change, held.after, held.before, end);
  } else if (by('holdEndsAt')) {
    lead = w.holdEndsOn(change, by('holdEndsAt')?.after ?? '', by('holdEndsAt')?.before ?? '');
  } else if (by('reason')) {
    lead = w.otherReason(change, by('reason')?.after ?? '', by('reason')?.before ?? '');
  } else if (by('noticeStatus')) {
    lead = w.noticeIs(
      change,
      by('noticeStatus')?.after.toLowerCase() ?? '',
      by('noticeStatus')?.before.toLowerCase() ?? '',
    );
  } else if (by('noticeLeadTime')) {
    lead = w.noticeGoesOut(change, by('noticeLeadTime')?.after ?? '', by('noticeLeadTime')?.before ?? '');
  } else if (changes[0]) {
    lead = w.fieldChanges(change, changes[0].label.toLowerCase(), changes[0].after, changes[0].before);
  } else {
    lead = w.nothingChanges(change);
  }
  const ruleA = a.decisiveRule.hold?.code ?? a.decisiveRule.notice?.code ?? null;
  const ruleB = b.decisiveRule.hold ?? b.decisiveRule.notice ?? null;
  return {
    lead,
    changes,
    unchanged,
    rule: ruleB && ruleB.code !== ruleA ? ruleB.text : null,
  };
}
