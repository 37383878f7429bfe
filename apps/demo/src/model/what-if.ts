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
  POLICY_FIELD_LABELS,
  type PolicyDifference,
  type PolicySwitchField,
  type ScenarioComparisonRow,
} from '@detainer-kit/sdk';
import { formatDuration, humanizeCode } from './format';

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
): string {
  if (differences.length === 0) return 'Under the same policy';
  // A preset changes many switches at once: its name says more than the list.
  if (differences.length > 2) return `Under “${after.name}”`;
  const parts = differences.map((d) =>
    isSwitch(d.field)
      ? `${POLICY_FIELD_LABELS[d.field].toLowerCase()} “${describePolicyField(after, d.field)}”`
      : d.text,
  );
  return `Under ${parts.join(', ')}`;
}

function hours(h: number | null): string {
  if (h === null) return 'no hold';
  const rounded = Math.round(h * 100) / 100;
  return `${rounded} h`;
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

function leaves(row: ScenarioComparisonRow): string {
  return row.outcome?.code === 'transferred-to-dhs' ? 'handed to DHS' : 'released';
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
export function describeResults(row: ScenarioComparisonRow, timeZone: string): WhatIfResult[] {
  const when = (at: string | null) => (at === null ? 'none' : formatLocal(at, timeZone));
  const lead = noticeLeadMs(row);
  const out: WhatIfResult[] = [
    { field: 'outcome', label: 'Outcome', value: row.outcome?.text ?? 'still open' },
    { field: 'hoursHeld', label: 'Hours held', value: hours(row.hoursHeld) },
    { field: 'holdEndsAt', label: 'Hold ends', value: when(row.holdEndsAt) },
    { field: 'reason', label: 'Reason', value: row.reason ?? 'none' },
    { field: 'noticeStatus', label: 'Notice', value: humanizeCode(row.noticeStatus) },
    {
      field: 'noticeLeadTime',
      label: 'Notice ahead of release',
      value: lead === null ? 'none' : formatDuration(lead),
    },
  ];
  for (const kind of ['notice-due', 'hold-end'] as const) {
    const d = deadlineOf(row, kind);
    // The deadline's own label names the counting rule, which may be what changed: a neutral one here.
    const label = kind === 'hold-end' ? 'hold must end' : 'notice due';
    out.push({
      field: `deadline:${kind}`,
      label: `Deadline: ${label}`,
      value: d === null ? 'none' : `${when(d.at)} (${d.status})`,
    });
  }
  return out;
}

/**
 * When the person leaves the custodian under `b` compared with `a` ("2 d 6 h earlier"), or null when both runs
 * end at the same instant or either is still open.
 */
export function describeCustodyEndShift(a: ScenarioComparisonRow, b: ScenarioComparisonRow): string | null {
  if (!a.outcome || !b.outcome) return null;
  const delta = Date.parse(b.outcome.at) - Date.parse(a.outcome.at);
  if (delta === 0) return null;
  return `${formatDuration(Math.abs(delta))} ${delta < 0 ? 'earlier' : 'later'}`;
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
): WhatIf {
  const when = (at: string | null) => (at === null ? 'none' : formatLocal(at, timeZone));
  const changes: WhatIfChange[] = [];
  const unchanged: string[] = [];
  const before = describeResults(a, timeZone);
  const after = describeResults(b, timeZone);
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
    const code = (r: ScenarioComparisonRow) => (r.outcome ? humanizeCode(r.outcome.code) : 'still open');
    lead = `${change} the case ends otherwise: ${code(b)} instead of ${code(a)}.`;
    if (held && b.hoursHeld === null) lead += ` No hold runs (instead of ${held.before}).`;
    else if (held && a.hoursHeld === null) lead += ` The person is held ${held.after} (instead of no hold).`;
    else if (held) lead += ` The person is held ${held.after} instead of ${held.before}.`;
  } else if (held) {
    const end = b.outcome ? ` and ${leaves(b)} on ${when(b.outcome.at)}` : '';
    lead = `${change} the person is held ${held.after} instead of ${held.before}${end}.`;
  } else if (by('holdEndsAt')) {
    lead = `${change} the hold ends on ${by('holdEndsAt')?.after} instead of ${by('holdEndsAt')?.before}.`;
  } else if (by('reason')) {
    lead = `${change} the case ends for another reason: ${by('reason')?.after} instead of ${by('reason')?.before}.`;
  } else if (by('noticeStatus')) {
    lead = `${change} notice is ${by('noticeStatus')?.after.toLowerCase()} instead of ${by('noticeStatus')?.before.toLowerCase()}.`;
  } else if (by('noticeLeadTime')) {
    lead = `${change} notice goes out ${by('noticeLeadTime')?.after} before release instead of ${by('noticeLeadTime')?.before}.`;
  } else if (changes[0]) {
    lead = `${change} ${changes[0].label.toLowerCase()} changes: ${changes[0].after} instead of ${changes[0].before}.`;
  } else {
    lead = `${change} nothing compared changes: the same outcome, hours held, hold end, notice and deadlines.`;
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
