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
  NOTICE_LEAD_HOURS,
  outcomeText,
  textOf,
} from '@detainer-kit/core';
import { getMachineGraph } from '../diagram/index.js';
import { type EntryDetail, uniqueCitations, valuePath } from './timeline.js';
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

/**
 * The narrative of a case: booking, one sentence per timeline entry, one per reason of each decision, the
 * hold's counting rule (saying when it is unverified) and deadline, where notice stands, and the outcome (or
 * where the case stands now), each with its sources; the text ends with the disclaimer. In `lang` (default
 * English; Spanish once `loadLanguage('es')` has resolved), dates in its locale. The machine's own descriptions of
 * steps and states are English in every language for now.
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
  const graph = getMachineGraph();
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
        description: entry.description,
      }),
      citations: edge ? [...edge.citations] : entry.citations,
    });
    if (!context) return;
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
      sentences.push({
        at: entry.at,
        text: textOf('case.hold-limit', lang, { when: when(deadline) }),
        citations: uniqueCitations(['cfr-287.7-d'], countingRule.citations),
      });
    }
  });

  const context = snapshot.context;
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
