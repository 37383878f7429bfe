import { createDetainerActor, getPolicyPreset, sendDetainerEvent } from '@detainer-kit/core';
import { SimulatedClock } from 'xstate';

const clock = new SimulatedClock(); // virtual time; omit it to run on the wall clock
clock.set(Date.parse('2024-03-04T14:00:00Z'));
const custodian = { id: 'example', name: 'Example County Jail', timeZone: 'America/New_York' };
const policy = getPolicyPreset('full-cooperation');
const actor = createDetainerActor({ bookedAt: '2024-03-04T14:00:00Z', custodian, policy }, { clock }).start();
const detainer = { form: 'I-247A', requests: { notice: true, hold: true }, warrant: 'I-200' } as const;
sendDetainerEvent(actor, { type: 'DETAINER_LODGED', at: '2024-03-05T15:00:00Z', detainer });
sendDetainerEvent(actor, { type: 'DETAINER_SERVED', at: '2024-03-05T16:00:00Z' });
sendDetainerEvent(actor, { type: 'RELEASE_ELIGIBLE', at: '2024-03-07T17:00:00-05:00', reason: 'bond-posted' });
console.log(actor.getSnapshot().context.hold?.deadline); // 2024-03-09T22:00:00.000Z: 48 elapsed hours
clock.set(Date.parse('2024-03-09T22:00:00Z')); // nobody came: the hold clock fires at the deadline
console.log(actor.getSnapshot().output?.code); // released-hold-expired
