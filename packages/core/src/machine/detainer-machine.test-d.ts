import { describe, expectTypeOf, it } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import type { ReleaseReason } from '../detainer/vocabulary.js';
import { getPolicyPreset } from '../policy/presets.js';
import type { JurisdictionPolicy } from '../policy/schema.js';
import type { DetainerActor } from './actor.js';
import { createDetainerActor } from './actor.js';
import type { CaseOutcome, OutcomeCode } from './context.js';
import type { DetainerMachine } from './detainer-machine.js';
import {
  DETAINER_EVENT_TYPES,
  type DetainerEvent,
  type DetainerEventOf,
  type DetainerEventType,
  parseDetainerEvent,
} from './events.js';

describe('core types', () => {
  it('narrows events by type', () => {
    expectTypeOf<DetainerEventOf<'RELEASE_ELIGIBLE'>['reason']>().toEqualTypeOf<ReleaseReason>();
    expectTypeOf<DetainerEventOf<'RELEASE_ELIGIBLE'>['dhsPresent']>().toEqualTypeOf<boolean>();
    expectTypeOf<DetainerEventOf<'DETAINER_SERVED'>>().not.toHaveProperty('detainer');
    expectTypeOf(parseDetainerEvent).returns.toEqualTypeOf<DetainerEvent>();
  });

  it('types the event list, built from the event schemas, as a tuple of the event types', () => {
    expectTypeOf<DetainerEventType>().toEqualTypeOf<DetainerEvent['type']>();
    expectTypeOf(DETAINER_EVENT_TYPES[0]).toEqualTypeOf<'DETAINER_LODGED'>();
    expectTypeOf(DETAINER_EVENT_TYPES).toHaveProperty('length').toEqualTypeOf<14>();
  });

  it('types the machine output as the case outcome', () => {
    expectTypeOf<SnapshotFrom<DetainerMachine>['output']>().toEqualTypeOf<CaseOutcome | undefined>();
    expectTypeOf<CaseOutcome['code']>().toEqualTypeOf<OutcomeCode>();
  });

  it('accepts input with defaults left out and a preset policy', () => {
    expectTypeOf(getPolicyPreset).returns.toEqualTypeOf<JurisdictionPolicy>();
    expectTypeOf(createDetainerActor).returns.toEqualTypeOf<DetainerActor>();
    // A minimal input (subject and caseId left out) is accepted as written.
    expectTypeOf<{
      bookedAt: string;
      custodian: { id: string; name: string; timeZone: string };
      policy: JurisdictionPolicy;
    }>().toExtend<Parameters<typeof createDetainerActor>[0]>();
    expectTypeOf<{ bookedAt: string }>().not.toExtend<Parameters<typeof createDetainerActor>[0]>();
  });
});
