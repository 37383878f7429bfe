import { createCase } from '@detainer-kit/sdk';

const detainerCase = createCase({
  policy: 'full-cooperation',
  custodian: { id: 'example', name: 'Example County Jail', timeZone: 'America/New_York' },
  bookedAt: '2024-03-04T09:00:00-05:00',
});
detainerCase.send({
  type: 'DETAINER_LODGED',
  at: '2024-03-05T10:00:00-05:00',
  detainer: { form: 'I-247D', issuedAt: '2016-05-02T10:00:00-04:00', requests: { notice: true, hold: true } },
});
detainerCase.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T17:00:00-05:00', reason: 'bond-posted' });
console.log(detainerCase.nextDeadline()?.at); // 2024-03-11T21:00:00.000Z: Thursday 17:00 → Monday 17:00 (weekdays only)
console.log(detainerCase.can({ type: 'NOTICE_SENT', at: '2024-03-08T09:00:00-05:00' }).why); // why it is blocked
detainerCase.advanceBy({ days: 5 }); // the hold clock fires at the deadline, not later
console.log(detainerCase.outcome?.code, detainerCase.outcome?.at); // released-hold-expired 2024-03-11T21:00:00.000Z
console.log(detainerCase.explain().sentences.length > 3); // true: each sentence carries its citations
const saved = JSON.stringify(detainerCase.toJSON()); // versioned; restoreCase(JSON.parse(saved)) continues it
console.log(saved.length > 0);
