import {
  type DetainerCaseContext,
  type DetainerCaseInput,
  type DetainerSnapshot,
  formatLocal,
  HOLD_DEADLINE_REACHED,
  type Instant,
  MODEL_INFO,
} from '@detainer-kit/core';
import { getMachineGraph } from '../diagram/index.js';
import { type EntryDetail, uniqueCitations, valuePath } from './timeline.js';
import type { CaseExplanation, CaseSentence, TimelineEntry } from './types.js';

function noticeSentence(context: DetainerCaseContext, at: Instant, when: (i: Instant) => string): CaseSentence | null {
  const notice = context.notice;
  if (!notice) return null;
  const due = notice.dueAt ? when(notice.dueAt) : null;
  switch (notice.status) {
    case 'not-requested':
      return null;
    case 'withheld-by-policy':
      return {
        at,
        text: 'DHS asked for notice of release; the policy does not give it.',
        citations: uniqueCitations(['i247a-form'], context.decision?.noticeReason.citations ?? []),
      };
    case 'barred-by-law':
      return {
        at,
        text: 'DHS asked for notice of release; a law the policy follows bars any compliance with a detainer, notice included, so none is given.',
        citations: uniqueCitations(['i247a-form'], context.decision?.noticeReason.citations ?? []),
      };
    case 'pending':
      return { at, text: `Notice of release is due by ${due} and has not been sent yet.`, citations: ['i247a-form'] };
    case 'sent-on-time':
      return {
        at,
        text: `Notice of release was due by ${due} and was sent on time, at ${notice.sentAt ? when(notice.sentAt) : '?'}.`,
        citations: ['i247a-form'],
      };
    case 'sent-late':
      return {
        at,
        text: `Notice of release was due by ${due} and was sent late, at ${notice.sentAt ? when(notice.sentAt) : '?'}. Late notice is recorded, not fatal to the case.`,
        citations: ['i247a-form'],
      };
    case 'not-sent':
      return {
        at,
        text: `Notice of release was due by ${due} and was never sent. This is recorded, not fatal to the case.`,
        citations: ['i247a-form'],
      };
  }
}

/**
 * The narrative of a case: booking, one sentence per timeline entry, one per reason of each decision, the
 * hold's counting rule (saying when it is unverified) and deadline, where notice stands, and the outcome (or
 * where the case stands now), each with its sources; the text ends with the disclaimer.
 */
export function explainCase(input: {
  readonly caseInput: DetainerCaseInput;
  readonly snapshot: DetainerSnapshot;
  readonly now: Instant;
  readonly timeline: readonly TimelineEntry[];
  readonly details: readonly EntryDetail[];
}): CaseExplanation {
  const { caseInput, snapshot, now, timeline, details } = input;
  const graph = getMachineGraph();
  const timeZone = snapshot.context.custodian.timeZone;
  const when = (i: Instant) => formatLocal(i, timeZone);
  const sentences: CaseSentence[] = [];
  const custody = graph.nodes.find((n) => n.id === 'inCriminalCustody');
  sentences.push({
    at: caseInput.bookedAt,
    text: `On ${when(caseInput.bookedAt)} the person is booked into criminal custody at ${caseInput.custodian.name}, under the policy "${caseInput.policy.name}".`,
    citations: uniqueCitations(custody?.citations ?? ['dhs-qa-2017'], caseInput.policy.citations),
  });

  timeline.forEach((entry, i) => {
    const context = details[i]?.context;
    const edge = graph.edges.find((e) => e.id === entry.edge);
    sentences.push({
      at: entry.at,
      text: `${entry.event.type === HOLD_DEADLINE_REACHED ? 'At the deadline' : 'On'} ${when(entry.at)}: ${entry.description}`,
      citations: edge ? [...edge.citations] : entry.citations,
    });
    if (!context) return;
    if (edge?.event === 'always' && context.decision) {
      for (const reason of context.decision.reasons) {
        sentences.push({ at: entry.at, text: reason.text, citations: [...reason.citations] });
      }
    }
    if (entry.to === 'holding' && entry.from !== 'holding' && context.hold) {
      const { countingRule, deadline } = context.hold;
      sentences.push({
        at: entry.at,
        text: `${countingRule.text}${countingRule.unverified ? ' This counting rule rests on an unverified reading of the form.' : ''}`,
        citations: [...countingRule.citations],
      });
      sentences.push({
        at: entry.at,
        text: `The hold may not go past ${when(deadline)}.`,
        citations: uniqueCitations(['cfr-287.7-d'], countingRule.citations),
      });
    }
  });

  const context = snapshot.context;
  const notice = noticeSentence(context, context.outcome?.at ?? now, when);
  if (notice) sentences.push(notice);
  if (snapshot.status === 'done' && context.outcome) {
    sentences.push({
      at: context.outcome.at,
      text: `Outcome: ${context.outcome.text}`,
      citations: [...context.outcome.citations],
    });
  } else {
    const state = graph.nodes.find((n) => n.id === valuePath(snapshot.value));
    sentences.push({
      at: now,
      text: `As of ${when(now)} the case is open: ${state?.description ?? 'no outcome yet.'}`,
      citations: state ? [...state.citations] : ['cfr-287.7-a'],
    });
  }
  const disclaimer = MODEL_INFO.disclaimer;
  return { sentences, text: `${sentences.map((s) => s.text).join(' ')} ${disclaimer}`, disclaimer };
}
