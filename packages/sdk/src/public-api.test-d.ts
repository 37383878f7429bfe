import { describe, expectTypeOf, it } from 'vitest';
import {
  type CaseCheck,
  type CaseOutcome,
  createCase,
  type DetainerActor,
  type DetainerCase,
  type DetainerEventInput,
  DetainerKitError,
  type DetainerKitErrorCode,
  type DetainerSdkErrorCode,
  type DetainerStatePath,
  isDetainerSdkError,
  isScenario,
  type OutcomeReason,
  parseDetainerEvent,
  type ScenarioInput,
  sendDetainerEvent,
  type TimelineEntry,
} from './index.js';

declare const c: DetainerCase;
declare const actor: DetainerActor;
declare const untyped: unknown;

describe('the SDK front door', () => {
  it('types send and can by the event vocabulary, with an entry for values of unknown shape', () => {
    expectTypeOf(c.send).parameter(0).toEqualTypeOf<DetainerEventInput>();
    expectTypeOf(c.can).parameter(0).toEqualTypeOf<DetainerEventInput>();
    expectTypeOf(c.send).returns.toEqualTypeOf<TimelineEntry[]>();
    expectTypeOf(c.can).returns.toEqualTypeOf<CaseCheck>();
    expectTypeOf(c.sendUnknown).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(c.canUnknown).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(sendDetainerEvent).parameter(1).toEqualTypeOf<DetainerEventInput>();
    // A literal written `as const` is accepted.
    const detainer = { form: 'I-247A', requests: { notice: true, hold: true }, basis: ['final-order'] } as const;
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-05T10:00:00Z', detainer });
    sendDetainerEvent(actor, { type: 'DETAINER_SERVED', at: '2024-03-05T11:00:00Z' });
    // @ts-expect-error an unknown event type
    c.send({ type: 'RELEASED_BY_MAGIC', at: '2024-03-05T10:00:00Z' });
    // @ts-expect-error a release reason outside the vocabulary
    c.can({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T17:00:00Z', reason: 'escaped' });
    // @ts-expect-error `at` is required
    sendDetainerEvent(actor, { type: 'DETAINER_SERVED' });
    // @ts-expect-error a value of unknown shape goes through sendUnknown or parseDetainerEvent
    c.send(untyped);
    c.send(parseDetainerEvent(untyped));
    c.sendUnknown(untyped);
  });

  it('types states as the union of leaf paths and outcome reasons as OutcomeReason', () => {
    expectTypeOf(c.state).toEqualTypeOf<DetainerStatePath>();
    expectTypeOf<'holding'>().toExtend<DetainerStatePath>();
    expectTypeOf<'inCriminalCustody.noDetainer'>().toExtend<DetainerStatePath>();
    expectTypeOf<'inCriminalCustody'>().not.toExtend<DetainerStatePath>();
    expectTypeOf<'nowhere'>().not.toExtend<DetainerStatePath>();
    expectTypeOf<TimelineEntry['to']>().toEqualTypeOf<DetainerStatePath>();
    expectTypeOf<CaseOutcome['reason']>().toEqualTypeOf<OutcomeReason>();
    expectTypeOf<'hold-limit-reached'>().toExtend<OutcomeReason>();
    expectTypeOf<'local-hold-administrative-warrant'>().toExtend<OutcomeReason>();
    expectTypeOf<'because'>().not.toExtend<OutcomeReason>();
  });

  it('makes isScenario a type guard for a scenario as written', () => {
    expectTypeOf(isScenario).guards.toEqualTypeOf<ScenarioInput>();
  });

  it('keeps invalid-scenario out of the core codes and in the SDK union', () => {
    expectTypeOf<'invalid-scenario'>().not.toExtend<DetainerKitErrorCode>();
    expectTypeOf<'invalid-scenario'>().toExtend<DetainerSdkErrorCode>();
    expectTypeOf<DetainerKitErrorCode>().toExtend<DetainerSdkErrorCode>();
    expectTypeOf(isDetainerSdkError).guards.toEqualTypeOf<DetainerKitError<DetainerSdkErrorCode>>();
    // isInstance still works for any code, the SDK's included.
    if (DetainerKitError.isInstance(untyped))
      expectTypeOf(untyped.code === 'invalid-scenario').toEqualTypeOf<boolean>();
  });

  it('keeps createCase returning a DetainerCase', () => {
    expectTypeOf(createCase).returns.toEqualTypeOf<DetainerCase>();
  });
});
