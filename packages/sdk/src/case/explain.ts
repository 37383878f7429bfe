import {
  countingRuleText,
  type DecisionReason,
  type DetainerCaseContext,
  type DetainerCaseInput,
  type DetainerSnapshot,
  decisionReasonText,
  formatLocal,
  HOLD_DEADLINE_REACHED,
  type Instant,
  LANGUAGE_LOCALES,
  type Language,
  type LawApplication,
  type LawSwitchRecord,
  NOTICE_LEAD_HOURS,
  outcomeText,
  textOf,
  toEpochMs,
} from '@detainer-kit/core';
import { getMachineGraph } from '../diagram/index.js';
import { accessText, caseDutyToIssue, dutyText } from './person-duties.js';
import { type EntryDetail, endedHoldText, uniqueCitations, valuePath } from './timeline.js';
import type { CaseExplanation, CaseSentence, TimelineEntry } from './types.js';

/**
 * A notice's lead time in words: "7 h 50 min before the projected release" (or after it), in `lang` (texts: the
 * core's catalogs, `lead.*`).
 */
export function leadText(leadMinutes: number | null, lang: Language = 'en'): string {
  if (leadMinutes === null) return textOf('lead.unknown', lang);
  const abs = Math.abs(leadMinutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  const span = h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
  return textOf(leadMinutes >= 0 ? 'lead.before' : 'lead.after', lang, { span });
}

/** Where notice of release stands, in one sentence of `lang` (texts: the core's catalogs, `notice.<status>`). */
function noticeSentence(
  context: DetainerCaseContext,
  at: Instant,
  when: (i: Instant) => string,
  lang: Language,
): CaseSentence | null {
  const notice = context.notice;
  if (!notice || notice.status === 'not-requested') return null;
  const params = {
    due: notice.dueAt ? when(notice.dueAt) : 'null',
    sent: notice.sentAt ? when(notice.sentAt) : textOf('case.unknown-time', lang),
    lead: leadText(notice.leadMinutes, lang),
    hours: NOTICE_LEAD_HOURS,
  };
  const text = textOf(`notice.${notice.status}`, lang, params);
  switch (notice.status) {
    case 'withheld-by-policy':
    case 'barred-by-law':
      return { at, text, citations: uniqueCitations(['i247a-form'], context.decision?.noticeReason.citations ?? []) };
    case 'not-requested-detainer-lifted':
      return { at, text, citations: ['i247a-form', 'ice-policy-10074.2'] };
    default:
      return { at, text, citations: ['i247a-form'] };
  }
}

const POINT_TEXT: Readonly<Record<LawApplication['point'], string>> = {
  'custodian-decision': 'The custodian’s decision',
  'hold-clock': 'The start of the hold clock',
  'eligibility-notice': 'The notice deadline after release eligibility',
};

const switchText = (s: LawSwitchRecord) =>
  `"${s.switch}" ${Array.isArray(s.value) ? `[${s.value.join(', ')}]` : `"${String(s.value)}"`}`;

/**
 * The law a case with a law spec applied, one sentence per decision: the jurisdiction and the date used (the
 * decision's own day, or the as-of date chosen), and what the law above the local policy decided; a later decision
 * under different law says what changed ("from 2025-10-01 <layer> requires …"). Nothing for a case without law.
 */
export function lawSentences(context: DetainerCaseContext): CaseSentence[] {
  const sentences: CaseSentence[] = [];
  let previous: LawApplication | undefined;
  for (const applied of context.lawApplied ?? []) {
    const where = applied.jurisdiction === null ? 'the layers given' : `the law of ${applied.jurisdiction}`;
    const date = applied.asOfOverride ? `${applied.date} (the as-of date chosen)` : applied.date;
    const before = new Map(previous?.decidedByLaw.map((s) => [s.switch, s] as const) ?? []);
    const changed = applied.decidedByLaw.filter((s) => {
      const was = before.get(s.switch);
      return was === undefined || was.layerId !== s.layerId || JSON.stringify(was.value) !== JSON.stringify(s.value);
    });
    const dropped = [...before.values()].filter((s) => !applied.decidedByLaw.some((n) => n.switch === s.switch));
    if (previous !== undefined && previous.date === applied.date && changed.length === 0 && dropped.length === 0) {
      previous = applied;
      continue;
    }
    const parts: string[] = [];
    if (previous === undefined) {
      const byLayer = new Map<string, LawSwitchRecord[]>();
      for (const s of applied.decidedByLaw) byLayer.set(s.layerId, [...(byLayer.get(s.layerId) ?? []), s]);
      for (const group of byLayer.values()) {
        const head = group[0] as LawSwitchRecord;
        parts.push(
          `${head.title} (in force from ${head.effectiveFrom}, ${head.status}) sets ${group.map(switchText).join(', ')}`,
        );
      }
    } else {
      for (const s of changed) parts.push(`from ${s.effectiveFrom} ${s.title} requires ${switchText(s)}`);
      for (const s of dropped) parts.push(`${s.title} no longer decides "${s.switch}"; the local policy does`);
    }
    const tail =
      parts.length > 0
        ? `: ${parts.join('; ')}.`
        : previous === undefined
          ? ': the law above the local policy decides no switch of it.'
          : ': nothing the law decides changed.';
    sentences.push({
      at: applied.at,
      text: `${POINT_TEXT[applied.point]} was taken under ${where} in force on ${date}${tail}`,
      citations: uniqueCitations(['cfr-287.7-a'], ...applied.decidedByLaw.map((s) => [...s.citations])),
    });
    previous = applied;
  }
  return sentences;
}

/**
 * The narrative of a case: booking, one sentence per timeline entry, one per reason of each decision, the
 * hold's counting rule (saying when it is unverified) and deadline, where notice stands, and the outcome (or
 * where the case stands now), each with its sources; the text ends with the disclaimer. In `lang` (default
 * English; Spanish once `loadLanguage('es')` has resolved), dates in its locale, the machine's own descriptions of
 * steps and states read by key from the core's catalogs in that language.
 */
export function explainCase(input: {
  readonly caseInput: DetainerCaseInput;
  readonly snapshot: DetainerSnapshot;
  readonly now: Instant;
  readonly timeline: readonly TimelineEntry[];
  readonly details: readonly EntryDetail[];
  readonly lang?: Language;
}): CaseExplanation {
  const { caseInput, snapshot, now, timeline, details } = input;
  const lang = input.lang ?? 'en';
  const graph = getMachineGraph({ lang });
  const timeZone = snapshot.context.custodian.timeZone;
  const locale = LANGUAGE_LOCALES[lang];
  const when = (i: Instant) => formatLocal(i, timeZone, 'long', locale);
  const reasonText = (r: DecisionReason) => (lang === 'en' ? r.text : decisionReasonText(r, lang));
  const sentences: CaseSentence[] = [];
  const custody = graph.nodes.find((n) => n.id === 'inCriminalCustody');
  sentences.push({
    at: caseInput.bookedAt,
    text: textOf('case.booked', lang, {
      when: when(caseInput.bookedAt),
      custodian: caseInput.custodian.name,
      policy: caseInput.policy.name,
    }),
    citations: uniqueCitations(custody?.citations ?? ['dhs-qa-2017'], caseInput.policy.citations),
  });

  timeline.forEach((entry, i) => {
    const context = details[i]?.context;
    const edge = graph.edges.find((e) => e.id === entry.edge);
    sentences.push({
      at: entry.at,
      text: textOf(entry.event.type === HOLD_DEADLINE_REACHED ? 'case.entry-at-deadline' : 'case.entry', lang, {
        when: when(entry.at),
        description: edge?.description ?? entry.description,
      }),
      citations: edge ? [...edge.citations] : entry.citations,
    });
    if (!context) return;
    if (entry.event.type === 'DETAINER_LODGED' && snapshot.context.lodgedBy === '287g-officer') {
      // 287(g) Jail Enforcement Model: trained jail officers issue detainers [ice-287g-models-2025], [crs-287g].
      sentences.push({
        at: entry.at,
        text: 'The detainer was lodged by a trained local officer acting under a 287(g) agreement, not by ICE staff.',
        citations: ['ice-287g-models-2025', 'crs-287g'],
      });
    }
    if (entry.event.type === 'STATE_JUDICIAL_ORDER') {
      sentences.push({
        at: entry.at,
        text: `A state judicial official entered an order on ${when(entry.at)}: the person is held under a state court order, as North Carolina HB 10 requires for a hold on an administrative warrant.`,
        citations: ['nc-hb10-2024'],
      });
    }
    if (edge?.event === 'always' && context.decision) {
      for (const reason of context.decision.reasons) {
        sentences.push({ at: entry.at, text: reasonText(reason), citations: [...reason.citations] });
      }
    }
    if (entry.to === 'holding' && entry.from !== 'holding' && context.hold) {
      const { countingRule, deadline } = context.hold;
      const form = snapshot.context.detainer?.form;
      const ruleText = lang === 'en' || !form ? countingRule.text : countingRuleText(countingRule, form, lang);
      sentences.push({
        at: entry.at,
        text: `${ruleText}${countingRule.unverified ? textOf('counting.unverified', lang) : ''}`,
        citations: [...countingRule.citations],
      });
      if (countingRule.rule === 'calendar' && caseInput.policy.citations.includes('nc-hb318-2025')) {
        // The North Carolina count is the `calendar` rule, set by state law [nc-hb318-2025].
        sentences.push({
          at: entry.at,
          text: 'The policy follows North Carolina HB 318 (2025): the hold ends at the earliest of 48 hours from when the person would otherwise be released (no weekend exclusion), DHS taking custody, or DHS rescinding the detainer. Its effective date is unverified.',
          citations: ['nc-hb318-2025'],
        });
      }
      const limit = context.hold.limit;
      if (limit) sentences.push({ at: entry.at, text: limit.text, citations: [...limit.citations] });
      sentences.push({
        at: entry.at,
        text: textOf('case.hold-limit', lang, { when: when(deadline) }),
        citations: uniqueCitations(['cfr-287.7-d'], countingRule.citations, limit?.citations ?? []),
      });
      // The order was awaited when the hold started unless it had been entered before [nc-hb10-2024].
      const order = snapshot.context.stateJudicialOrder;
      if (order && (order.enteredAt === null || toEpochMs(order.enteredAt) > toEpochMs(entry.at))) {
        sentences.push({
          at: entry.at,
          text: 'The hold rests on an administrative warrant, and the policy follows North Carolina HB 10: the person is to be taken before a state judicial official without unnecessary delay and held under a state court order. The law sets no number of hours; this model flags only a hold that ends without an order.',
          citations: ['nc-hb10-2024'],
        });
      }
    }
  });

  const context = snapshot.context;
  sentences.push(...lawSentences(context));
  // Each hold on record, with its hours: after a move on a new criminal charge a detainer can have two [cfr-287.7-d].
  for (const [i, ended] of context.holdHistory.entries()) {
    sentences.push({ at: ended.endedAt, text: endedHoldText(ended, i + 1, timeZone), citations: ['cfr-287.7-d'] });
  }
  const notice = noticeSentence(context, context.outcome?.at ?? now, when, lang);
  if (notice) sentences.push(notice);
  const hard = context.eligibilityNotice;
  if (hard) {
    const sent = hard.sentAt
      ? textOf('eligibility.sent-at', lang, { at: when(hard.sentAt) })
      : textOf('eligibility.not-sent-yet', lang);
    sentences.push({
      at: hard.dueAt,
      text: textOf('eligibility.sentence', lang, {
        due: when(hard.dueAt),
        sent,
        verdict: textOf(`eligibility.${hard.status}`, lang),
      }),
      citations: ['nc-hb318-2025'],
    });
  }
  if (context.stateJudicialOrder?.status === 'missing') {
    sentences.push({
      at: context.outcome?.at ?? now,
      text: 'The hold ended without a state judicial order (North Carolina HB 10). This is recorded and flagged, not fatal to the case.',
      citations: ['nc-hb10-2024'],
    });
  }
  for (const request of context.accessRequests) {
    // The 2017 switches (allowed / refused) keep their timeline sentence alone; a conditional decision says why.
    if (request.reason === 'local-access-allowed' || request.reason === 'local-access-refused') continue;
    sentences.push({ at: request.at, text: accessText(request, when), citations: [...request.citations] });
  }
  for (const duty of context.duties) {
    sentences.push({ at: duty.dueSince, text: dutyText(duty, when), citations: [...duty.citations] });
  }
  const early = context.earlyTransfer;
  if (early && early.daysBeforeProjectedRelease !== null) {
    sentences.push({
      at: early.at,
      text: `The person was handed to DHS ${early.daysBeforeProjectedRelease} days before the projected release${early.basis === 'sentence-reduction' ? ' (a court may reduce a sentence by up to 12 days for this, under Florida SB 168)' : ' (the end of the sentence served in federal custody, under Iowa ch. 27A)'}.`,
      citations: early.basis === 'sentence-reduction' ? ['fl-sb168-2019'] : ['ia-27a-2018'],
    });
  }
  const dutyToIssue = caseDutyToIssue(context);
  if (dutyToIssue)
    sentences.push({ at: context.bookedAt, text: dutyToIssue.text, citations: [...dutyToIssue.citations] });
  if (snapshot.status === 'done' && context.outcome) {
    sentences.push({
      at: context.outcome.at,
      text: textOf('case.outcome', lang, {
        text: lang === 'en' ? context.outcome.text : outcomeText(context.outcome, lang),
      }),
      citations: [...context.outcome.citations],
    });
  } else {
    const state = graph.nodes.find((n) => n.id === valuePath(snapshot.value));
    sentences.push({
      at: now,
      text: textOf('case.open', lang, {
        when: when(now),
        state: state?.description ?? textOf('case.open-no-state', lang),
      }),
      citations: state ? [...state.citations] : ['cfr-287.7-a'],
    });
  }
  const disclaimer = textOf('model.disclaimer', lang);
  return { sentences, text: `${sentences.map((s) => s.text).join(' ')} ${disclaimer}`, disclaimer, lang };
}
