import {
  type CitationId,
  caseLawSpecOf,
  formatLocal,
  HOLD_END_TEXT,
  LANGUAGE_LOCALES,
  type Language,
  loadLanguage,
  outcomeText,
  textOf,
} from '@detainer-kit/core';
import { lawSentences, leadText } from '../../case/explain.js';
import { accessText, caseDutyToIssue, dutyText } from '../../case/person-duties.js';
import { getMachineGraph } from '../../diagram/index.js';
import { runScenario, type ScenarioRun } from '../../scenario/run.js';
import { hasLawFlags, LangArgSchema, parseArg, parseLawSpec } from '../args.js';
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
    law: run.case.context.law === null ? null : caseLawSpecOf(run.case.context.law),
    lawApplied: run.case.context.lawApplied,
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

/**
 * The labels of the `run` report, by language. Codes (outcome, reason, status, state, event) stay as they are in
 * every language: they are the stable ids a reader can look up in the README. The machine's step descriptions are
 * read by key in the report's language (`getMachineGraph({ lang })`); deadline labels are English for now.
 */
const RUN_LABELS = {
  en: {
    custodian: 'Custodian',
    timesIn: 'times in',
    policy: 'Policy',
    when: 'When',
    event: 'Event',
    state: 'State',
    happened: 'What happened',
    decision: '(decision)',
    step: 'Step',
    at: 'at',
    notApplied: 'not applied',
    outcome: 'Outcome',
    noneYet: 'none yet: the case is still',
    hold: 'Hold: started',
    limit: 'limit',
    rule: 'counting rule',
    unverified: 'an unverified reading',
    hoursHeld: 'Hours held',
    noHold: 'no hold',
    notice: 'Notice',
    sent: 'sent',
    deadlines: 'Deadlines',
    citations: 'Citations',
    expectations: 'Expectations',
    of: 'of',
    met: 'met',
    failed: 'FAILED',
    expected: 'expected',
    got: 'got',
  },
  es: {
    custodian: 'Custodio',
    timesIn: 'horas en',
    policy: 'Política',
    when: 'Cuándo',
    event: 'Evento',
    state: 'Estado',
    happened: 'Qué pasó',
    decision: '(decisión)',
    step: 'Paso',
    at: 'el',
    notApplied: 'no aplicado',
    outcome: 'Desenlace',
    noneYet: 'todavía ninguno: el caso sigue en',
    hold: 'Retención: empezó',
    limit: 'límite',
    rule: 'regla de cómputo',
    unverified: 'una lectura no verificada',
    hoursHeld: 'Horas retenida',
    noHold: 'sin retención',
    notice: 'Aviso',
    sent: 'enviado',
    deadlines: 'Plazos',
    citations: 'Fuentes',
    expectations: 'Expectativas',
    of: 'de',
    met: 'cumplidas',
    failed: 'FALLÓ',
    expected: 'se esperaba',
    got: 'se obtuvo',
  },
} as const satisfies Record<Language, Record<string, string>>;

/**
 * The human-readable report of a run, in `lang` (default English; Spanish needs `await loadLanguage('es')` first):
 * labels, the outcome's sentence, lead times and the disclaimer in that language, times in its locale.
 */
export function runText(run: ScenarioRun, lang: Language = 'en'): string {
  const L = RUN_LABELS[lang];
  const s = run.scenario;
  const tz = s.custodian.timeZone;
  const locale = LANGUAGE_LOCALES[lang];
  const when = (instant: string) => formatLocal(instant, tz, 'table', locale);
  // A step through `deciding` is the custodian's decision, taken at once after the event before it.
  const eventLabel = (e: (typeof run.timeline)[number]) => (e.edge.includes(':always:') ? L.decision : e.event.type);
  // The step's description in the report's language, by its transition's text key (English: the entry's own).
  const edges = lang === 'en' ? null : new Map(getMachineGraph({ lang }).edges.map((e) => [e.id, e] as const));
  const happened = (e: (typeof run.timeline)[number]) => edges?.get(e.edge)?.description ?? e.description;
  const lines = [
    `${plain(s.title)} (${plain(s.id)})`,
    `${L.custodian}: ${plain(s.custodian.name)}, ${L.timesIn} ${tz}`,
    `${L.policy}: ${plain(run.policy.name)}`,
  ];
  // The law the case was decided under, one sentence per decision that read it (the date of each, and what
  // changed between them) [cfr-287.7-a].
  const applied = lawSentences(run.case.context);
  if (applied.length > 0) {
    lines.push('Law applied:');
    for (const sentence of applied) {
      lines.push(`  ${when(sentence.at)}  ${plain(sentence.text)} [${citationList(sentence.citations)}]`);
    }
  }
  lines.push(
    '',
    table(
      ['#', `${L.when} (${tz})`, L.event, L.state, L.happened],
      run.timeline.map((e) => [String(e.seq), when(e.at), eventLabel(e), e.to, plain(happened(e))]),
    ),
  );
  for (const skipped of run.skippedSteps) {
    lines.push(
      `${L.step} ${skipped.index} (${skipped.type} ${L.at} ${when(skipped.at)}) ${L.notApplied}: ${plain(skipped.why)}`,
    );
  }
  lines.push('');
  const outcome = run.outcome;
  const outcomeWords = outcome ? (lang === 'en' ? outcome.text : outcomeText(outcome, lang)) : '';
  lines.push(
    outcome
      ? `${L.outcome}: ${outcome.code} (${outcome.reason}) ${L.at} ${when(outcome.at)}\n  ${plain(outcomeWords)}`
      : `${L.outcome}: ${L.noneYet} ${run.case.state} ${L.at} ${when(run.case.now)}`,
  );
  const hold = run.case.context.hold;
  if (run.holdStartedAt && run.holdEndsAt) {
    const rule = hold
      ? ` (${L.rule}: ${hold.countingRule.rule}${hold.countingRule.unverified ? `, ${L.unverified}` : ''})`
      : '';
    lines.push(`${L.hold} ${when(run.holdStartedAt)}, ${L.limit} ${when(run.holdEndsAt)}${rule}`);
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
  lines.push(`${L.hoursHeld}: ${run.hoursHeld === null ? L.noHold : formatHours(run.hoursHeld)}`);
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
  const sent = notice?.sentAt ? `: ${L.sent} ${when(notice.sentAt)}, ${leadText(notice.leadMinutes, lang)}` : '';
  lines.push(`${L.notice}: ${run.noticeStatus}${sent}`);
  const deadlines = run.case.deadlines;
  if (deadlines.length > 0) {
    lines.push(`${L.deadlines}:`);
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
  lines.push(`${L.citations}: ${citationList(runCitations(run))}`);
  if (run.expectations.length > 0) {
    const met = run.expectations.filter((e) => e.met).length;
    lines.push(
      '',
      `${L.expectations}: ${met} ${L.of} ${run.expectations.length} ${L.met}${run.passed ? '' : ` (${L.failed})`}`,
    );
    for (const e of run.expectations) {
      lines.push(
        `  ${e.met ? 'ok  ' : 'FAIL'} ${e.field}: ${L.expected} ${JSON.stringify(e.expected)}${e.met ? '' : `, ${L.got} ${JSON.stringify(e.actual)}`}`,
      );
    }
  }
  lines.push('', lang === 'en' ? DISCLAIMER_LINE : textOf('model.disclaimer', lang), '');
  return lines.join('\n');
}

/**
 * `detainer run <scenario.json|library id> [--json] [--lang en|es]`. Exit 1 when the scenario's expectations are not
 * met; exit 2 (before reading the file) for a `--lang` other than `en` or `es`. `--json` is the same in every
 * language (codes, not words).
 */
export async function runCommand(
  io: CliIo,
  file: string,
  options: { json?: boolean; lang?: string; jurisdiction?: string; asOf?: string; option?: string[] },
): Promise<ExitCode> {
  const lang = options.lang === undefined ? 'en' : parseArg(LangArgSchema, options.lang, '--lang');
  await loadLanguage(lang);
  const { scenario } = await loadScenario(io, file);
  // --jurisdiction, --as-of and --option change the scenario's own law (or give it one).
  const law = hasLawFlags(options) ? parseLawSpec(options, scenario.law) : undefined;
  const run = runScenario(scenario, law === undefined ? {} : { law });
  io.stdout(options.json ? toJson(runJson(run)) : runText(run, lang));
  return run.passed ? EXIT.ok : EXIT.expectationsFailed;
}
