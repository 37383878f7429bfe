import { describe, expectTypeOf, it } from 'vitest';
import {
  type DecisionReasonCode,
  type HoldSwitch,
  type Instant,
  isLesson,
  type Lesson,
  type LessonChange,
  type LessonInput,
  type LessonMeasureValue,
  type NoticeStatus,
  type OutcomeCode,
  type PolicyLayer,
  type PredictSection,
  type ProofOfStatus,
  type TransferSwitch,
} from '../index.js';

declare const untyped: unknown;
declare const section: PredictSection;
declare const change: LessonChange;

describe('lesson types', () => {
  it('narrows an unknown value to a lesson as written', () => {
    if (isLesson(untyped)) expectTypeOf(untyped).toEqualTypeOf<LessonInput>();
  });

  it('types a checkpoint’s choice values by what it asks', () => {
    if (section.ask === 'outcome') expectTypeOf(section.choices[0]?.value).toEqualTypeOf<OutcomeCode | undefined>();
    if (section.ask === 'hold-ends-at') {
      expectTypeOf(section.choices[0]?.value).toEqualTypeOf<Instant | null | undefined>();
    }
    if (section.ask === 'notice-status') {
      expectTypeOf(section.choices[0]?.value).toEqualTypeOf<NoticeStatus | undefined>();
    }
    if (section.ask === 'deciding-layer') {
      expectTypeOf(section.choices[0]?.value).toEqualTypeOf<PolicyLayer | undefined>();
    }
    if (section.ask === 'deciding-rule') {
      expectTypeOf(section.choices[0]?.value).toEqualTypeOf<DecisionReasonCode | undefined>();
    }
    expectTypeOf<OutcomeCode>().toExtend<LessonMeasureValue>();
  });

  it('names a try-it’s switch from the policy switches or proof of status', () => {
    expectTypeOf<LessonChange['switch']>().toEqualTypeOf<
      | 'stateLaw'
      | 'hold'
      | 'notify'
      | 'listedOffenses'
      | 'access'
      | 'transferAtRelease'
      | 'countingRule'
      | 'rejectDatabaseOnlyBasis'
      | 'requireNeutralReview'
      | 'noticeAfterEligibility'
      | 'stateJudicialOrder'
      | 'holdLimit'
      | 'agreement287g'
      | 'warrantServiceOutsideNoAuthority'
      | 'informPersonOfRequest'
      | 'adviseRightsBeforeInterview'
      | 'transferBeforeRelease'
      | 'proofOfStatus'
    >();
    expectTypeOf<Lesson['scenario']>().toExtend<string | object>();
    if (change.switch === 'hold') expectTypeOf(change.to).toEqualTypeOf<HoldSwitch>();
    if (change.switch === 'proofOfStatus') expectTypeOf(change.to).toEqualTypeOf<ProofOfStatus>();
    if (change.switch === 'transferAtRelease') expectTypeOf(change.to).toEqualTypeOf<TransferSwitch>();
  });
});
