import { type CitationId, formatLocal, HOLD_END_TEXT } from '@detainer-kit/core';
import { leadText } from '../../case/explain.js';
import { accessText, caseDutyToIssue, dutyText } from '../../case/person-duties.js';
import { runScenario, type ScenarioRun } from '../../scenario/run.js';
import { citationList, DISCLAIMER_LINE, formatHours, plain, table, toJson } from '../format.js';
import { type CliIo, EXIT, type ExitCode } from '../io.js';
import { loadScenario } from '../load.js';

/** Every citation a run mentions: the scenario's, the timeline's and the outcome's, in first-seen order. */
export function runCitations(run: ScenarioRun): CitationId[] {
  const ids = new Set<CitationId>(run.scenario.citations ?? []);
  for (const entry of run.timeline) for (const id of entry.citations) ids.add(id);
  for (const id of run.outcome?.citations ?? []) ids.add(id);
  return [...ids];
}

/** The stable JSON of a run (`detainer run --json`). */
export function runJson(run: ScenarioRun) {
  return {
    scenario: { id: run.scenario.id, title: run.scenario.title },
    policy: run.policy.name,
    outcome: run.outcome,
    holdStartedAt: run.holdStartedAt,
    holdEndsAt: run.holdEndsAt,
    hoursHeld: run.hoursHeld,
    holds: run.holds,
    noticeStatus: run.noticeStatus,
    notice: run.case.context.notice,
    lodgedBy: run.case.context.lodgedBy,
    stateJudicialOrder: run.case.context.stateJudicialOrder,
    holdLimit: run.case.context.hold?.limit ?? null,
    deadlines: run.case.deadlines,
    duties: run.case.context.duties,
    accessRequests: run.case.context.accessRequests,
    dhsDutyToIssue: caseDutyToIssue(run.case.context),
    timeline: run.timeline,
    skippedSteps: run.skippedSteps,
    expectations: run.expectations,
    passed: run.passed,
    citations: runCitations(run),
    disclaimer: run.disclaimer,
  };
}

/** The human-readable report of a run. */
export function runText(run: ScenarioRun): string {
  const s = run.scenario;
  const tz = s.custodian.timeZone;
  const when = (instant: string) => formatLocal(instant, tz, 'table');
  // A step through `deciding` is the custodian's decision, taken at once after the event before it.
  const eventLabel = (e: (typeof run.timeline)[number]) => (e.edge.includes(':always:') ? '(decision)' : e.event.type);
  const lines = [
    `${plain(s.title)} (${plain(s.id)})`,
    `Custodian: ${plain(s.custodian.name)}, times in ${tz}`,
    `Policy: ${plain(run.policy.name)}`,
    '',
    table(
      ['#', `When (${tz})`, 'Event', 'State', 'What happened'],
      run.timeline.map((e) => [String(e.seq), when(e.at), eventLabel(e), e.to, plain(e.description)]),
    ),
  ];
  for (const skipped of run.skippedSteps) {
    lines.push(`Step ${skipped.index} (${skipped.type} at ${when(skipped.at)}) not applied: ${plain(skipped.why)}`);
  }
  lines.push('');
  const outcome = run.outcome;
  lines.push(
    outcome
      ? `Outcome: ${outcome.code} (${outcome.reason}) at ${when(outcome.at)}\n  ${plain(outcome.text)}`
      : `Outcome: none yet: the case is still ${run.case.state} at ${when(run.case.now)}`,
  );
  const hold = run.case.context.hold;
  if (run.holdStartedAt && run.holdEndsAt) {
    const rule = hold
      ? ` (counting rule: ${hold.countingRule.rule}${hold.countingRule.unverified ? ', an unverified reading' : ''})`
      : '';
    lines.push(`Hold: started ${when(run.holdStartedAt)}, limit ${when(run.holdEndsAt)}${rule}`);
    const limit = hold?.limit;
    if (limit) {
      lines.push(
        `Hold limit: ${limit.capped ? `capped at 48 elapsed hours (the counting rule alone: ${when(limit.ruleDeadline)})` : 'not capped'}, Georgia HB 1105 as introduced, unverified [${citationList(limit.citations)}]`,
      );
    }
  }
  const context = run.case.context;
  if (context.lodgedBy) {
    lines.push(
      `Lodged by: ${context.lodgedBy === '287g-officer' ? 'a local 287(g) officer (Jail Enforcement Model)' : context.lodgedBy}`,
    );
  }
  const order = context.stateJudicialOrder;
  if (order) {
    lines.push(
      `State judicial order: ${order.status}${order.enteredAt ? ` at ${when(order.enteredAt)}` : ''} (North Carolina HB 10${order.status === 'missing' ? '; flagged, not fatal' : ''}) [nc-hb10-2024]`,
    );
  }
  lines.push(`Hours held: ${formatHours(run.hoursHeld)}`);
  if (run.holds.length > 0) {
    // Every hold on record: after a move on a new criminal charge a detainer can have two [cfr-287.7-d].
    lines.push('Hold history:');
    for (const [i, h] of run.holds.entries()) {
      lines.push(
        `  ${i + 1}. ${plain(h.custodianName)}: ${when(h.startedAt)} to ${when(h.endedAt)}, ${formatHours(h.hours)} (limit ${when(h.deadline)}); ${HOLD_END_TEXT[h.endedBy]}`,
      );
    }
  }
  const notice = run.case.context.notice;
  const sent = notice?.sentAt ? `: sent ${when(notice.sentAt)}, ${leadText(notice.leadMinutes)}` : '';
  lines.push(`Notice: ${run.noticeStatus}${sent}`);
  const deadlines = run.case.deadlines;
  if (deadlines.length > 0) {
    lines.push('Deadlines:');
    for (const d of deadlines) {
      lines.push(`  ${when(d.at)}  ${d.status.padEnd(8)} ${plain(d.label)} [${citationList(d.citations)}]`);
    }
  }
  const { duties, accessRequests } = run.case.context;
  if (duties.length > 0) {
    lines.push('Duties:');
    for (const d of duties) {
      lines.push(`  ${d.status.padEnd(13)} ${d.duty}: ${plain(dutyText(d, when))} [${citationList(d.citations)}]`);
    }
  }
  const conditional = accessRequests.filter(
    (r) => r.reason !== 'local-access-allowed' && r.reason !== 'local-access-refused',
  );
  if (conditional.length > 0) {
    lines.push('Access:');
    for (const r of conditional) lines.push(`  ${plain(accessText(r, when))} [${citationList(r.citations)}]`);
  }
  const dutyToIssue = caseDutyToIssue(run.case.context);
  if (dutyToIssue) lines.push(`${plain(dutyToIssue.text)} [${citationList(dutyToIssue.citations)}]`);
  lines.push(`Citations: ${citationList(runCitations(run))}`);
  if (run.expectations.length > 0) {
    const met = run.expectations.filter((e) => e.met).length;
    lines.push('', `Expectations: ${met} of ${run.expectations.length} met${run.passed ? '' : ' (FAILED)'}`);
    for (const e of run.expectations) {
      lines.push(
        `  ${e.met ? 'ok  ' : 'FAIL'} ${e.field}: expected ${JSON.stringify(e.expected)}${e.met ? '' : `, got ${JSON.stringify(e.actual)}`}`,
      );
    }
  }
  lines.push('', DISCLAIMER_LINE, '');
  return lines.join('\n');
}

/**
 * `detainer run <scenario.json|library id> [--json]`. Exit 1 when the scenario's expectations are not met.
 */
export async function runCommand(io: CliIo, file: string, options: { json?: boolean }): Promise<ExitCode> {
  const run = runScenario((await loadScenario(io, file)).scenario);
  io.stdout(options.json ? toJson(runJson(run)) : runText(run));
  return run.passed ? EXIT.ok : EXIT.expectationsFailed;
}
