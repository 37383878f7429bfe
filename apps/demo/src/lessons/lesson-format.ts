/**
 * Words for what a lesson measures: the core's outcome titles, instants in the custodian's zone, plain names of
 * notice statuses and layers. No rule lives here: the values come from the SDK's evaluation of the case.
 */
import {
  type LessonChange,
  type LessonMeasure,
  type LessonMeasureValue,
  OUTCOME_TITLES,
  type OutcomeCode,
  POLICY_FIELD_LABELS,
} from '@detainer-kit/sdk';
import { formatInstant, humanizeCode } from '../model/format';

const NOTICE_WORDS: Readonly<Record<string, string>> = {
  'not-requested': 'not requested',
  'withheld-by-policy': 'withheld by the policy',
  pending: 'not sent yet',
  'sent-on-time': 'sent on time',
  'sent-late': 'sent late',
  'not-sent': 'never sent',
};

const LAYER_WORDS: Readonly<Record<string, string>> = {
  detainer: 'the detainer itself',
  federal: 'federal law',
  'state-law': 'state law',
  'local-policy': 'the custodian’s own policy',
};

/** What each measure is called in a sentence: "the outcome", "when the hold ends", … */
export const MEASURE_WORDS: Readonly<Record<LessonMeasure, string>> = {
  outcome: 'the outcome',
  'hold-ends-at': 'when the hold must end',
  'notice-status': 'the notice of release',
  'deciding-layer': 'which layer decides the hold',
  'deciding-rule': 'which rule decides the hold',
};

/** A measure's value in words. */
export function measureText(measure: LessonMeasure, value: LessonMeasureValue | null, timeZone: string): string {
  if (value === null) return measure === 'hold-ends-at' ? 'no hold' : 'none';
  switch (measure) {
    case 'outcome':
      return OUTCOME_TITLES[value as OutcomeCode] ?? String(value);
    case 'hold-ends-at':
      return formatInstant(String(value), timeZone);
    case 'notice-status':
      return NOTICE_WORDS[String(value)] ?? String(value);
    case 'deciding-layer':
      return LAYER_WORDS[String(value)] ?? String(value);
    case 'deciding-rule':
      return humanizeCode(String(value));
  }
}

/** A try-it's change in words: "Hold: never", "Proof of status: lawful status". */
export function changeText(change: LessonChange): { readonly field: string; readonly value: string } {
  const field = change.switch === 'proofOfStatus' ? 'Proof of status' : POLICY_FIELD_LABELS[change.switch];
  const to = Array.isArray(change.to) ? change.to.join(', ') : String(change.to);
  return { field, value: humanizeCode(to) };
}
