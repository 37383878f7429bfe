import {
  createDetainerActor,
  type DetainerCaseInputInput,
  detainerMachine,
  getPolicyPreset,
  parseDetainerCaseInput,
  parseDetainerEvent,
  sendDetainerEvent,
} from '@detainer-kit/sdk';
import { SimulatedClock } from 'xstate';
import { createTestModel } from 'xstate/graph';

const input: DetainerCaseInputInput = {
  bookedAt: '2024-03-04T14:00:00Z',
  custodian: { id: 'cook', name: 'County Jail', kind: 'county-jail', timeZone: 'America/Chicago' },
  policy: getPolicyPreset('full-cooperation'),
};
// One parsed event per type the model may take; the hold clock's own event stands for "time passes".
const events = [
  ...[
    {
      type: 'DETAINER_LODGED',
      at: '2024-03-04T15:00:00Z',
      detainer: { form: 'I-247A', requests: { notice: true, hold: true }, warrant: 'I-200' },
    },
    { type: 'DETAINER_SERVED', at: '2024-03-04T16:00:00Z' },
    { type: 'RELEASE_ELIGIBLE', at: '2024-03-07T22:00:00Z', reason: 'bond-posted' },
    { type: 'DHS_ASSUMED_CUSTODY', at: '2024-03-08T10:00:00Z' },
  ].map(parseDetainerEvent),
  { type: 'HOLD_DEADLINE_REACHED' as const },
];

const model = createTestModel(detainerMachine, {
  events,
  serializeState: (snapshot) => JSON.stringify(snapshot.value),
});
const paths = model.getShortestPaths({ input: parseDetainerCaseInput(input) });

// Replay every path on a real case with a virtual clock, watching its steps with `inspect`.
for (const path of paths) {
  const clock = new SimulatedClock();
  clock.set(Date.parse(input.bookedAt));
  let steps = 0;
  const actor = createDetainerActor(input, {
    clock,
    inspect: (e) => {
      if (e.type === '@xstate.microstep') steps += 1;
    },
  }).start();
  for (const { event } of path.steps) {
    if (event.type === 'HOLD_DEADLINE_REACHED') {
      clock.set(Date.parse(actor.getSnapshot().context.hold?.deadline ?? ''));
    } else if ('at' in event) {
      clock.set(Date.parse(event.at));
      sendDetainerEvent(actor, event);
    }
  }
  const reached = JSON.stringify(actor.getSnapshot().value) === JSON.stringify(path.state.value);
  console.log(reached, actor.getSnapshot().context.outcome?.code ?? null, steps > 0);
}
// true 'released-hold-expired' true
// true 'transferred-to-dhs' true
// true 'released-no-hold-requested' true
