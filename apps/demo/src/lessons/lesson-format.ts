/**
 * Words for what a lesson measures: the core's outcome titles, instants in the custodian's zone, plain names of
 * notice statuses and layers. No rule lives here: the values come from the SDK's evaluation of the case.
 */
import {
  type LessonChange,
  type LessonMeasure,
  type LessonMeasureValue,
  type OutcomeCode,
  POLICY_FIELD_LABELS,
  textOf,
} from '@detainer-kit/sdk';
import type { Messages } from '../i18n/en';
import type { DemoLang } from '../i18n/lang';
import { formatInstant, humanizeCode } from '../model/format';

/** A measure's value in words. */
export function measureText(
  measure: LessonMeasure,
  value: LessonMeasureValue | null,
  timeZone: string,
  t: Messages,
  lang: DemoLang,
): string {
  if (value === null) return measure === 'hold-ends-at' ? t.noHold : t.none;
  switch (measure) {
    case 'outcome':
      return textOf(`outcome.title.${value as OutcomeCode}`, lang);
    case 'hold-ends-at':
      return formatInstant(String(value), timeZone);
    case 'notice-status':
      return t.noticeWords[String(value)] ?? String(value);
    case 'deciding-layer':
      return t.layerWords[String(value)] ?? String(value);
    case 'deciding-rule':
      return humanizeCode(String(value));
  }
}

/** A try-it's change in words: "Hold: never", "Proof of status: lawful status". */
export function changeText(change: LessonChange, t: Messages): { readonly field: string; readonly value: string } {
  const field = change.switch === 'proofOfStatus' ? t.proofOfStatus : POLICY_FIELD_LABELS[change.switch];
  const to = Array.isArray(change.to) ? change.to.join(', ') : String(change.to);
  return { field, value: humanizeCode(to) };
}
