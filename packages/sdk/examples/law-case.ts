import { compareScenario, createCase, getScenario } from '@detainer-kit/sdk';

// North Carolina facts that cross Oct 1, 2025, with the Oct-1 reading of HB 318 (an option: its date is uncertain;
// the default reading starts Dec 1, 2025). Each decision is taken under the law in force on its own day.
const nc = createCase({
  jurisdiction: 'us-nc',
  options: ['us-nc/hb318-2025-from-oct-1'],
  policy: 'full-cooperation', // the local policy: the user's choice, under state law
  custodian: { id: 'example', name: 'Example County Jail', timeZone: 'America/New_York' },
  bookedAt: '2025-09-30T09:00:00-04:00',
});
const detainer = { form: 'I-247A', requests: { notice: true, hold: true }, warrant: 'I-200' } as const;
nc.send({ type: 'DETAINER_LODGED', at: '2025-09-30T10:00:00-04:00', detainer });
nc.send({ type: 'DETAINER_SERVED', at: '2025-09-30T11:00:00-04:00' }); // decided under the law of 2025-09-30
nc.send({ type: 'RELEASE_ELIGIBLE', at: '2025-10-02T15:00:00-04:00', reason: 'bond-posted' }); // law of 2025-10-02
console.log(nc.context.lawApplied.map((a) => `${a.point} ${a.date}`));
// ['custodian-decision 2025-09-30', 'hold-clock 2025-10-02', 'eligibility-notice 2025-10-02']
console.log(nc.context.eligibilityNotice?.dueAt); // 2025-10-02T21:00:00.000Z: 15:00 EDT + 2 hours
console.log(nc.explain().sentences.some((s) => s.text.includes('from 2025-10-01 North Carolina'))); // true

// The same facts under the law of another date (asOf freezes it), and the same arrest in three states.
const dates = compareScenario(getScenario('north-carolina-hb318-as-of-2025-10-02'), ['full-cooperation'], {
  laws: ['2025-09-30', '2025-10-02'].map((asOf) => ({
    jurisdiction: 'us-nc',
    asOf,
    options: ['us-nc/hb318-2025-from-oct-1'],
  })),
});
console.log(dates.rows.map((r) => r.run.case.context.eligibilityNotice?.status ?? 'none')); // ['none', 'sent-on-time']
const places = compareScenario(getScenario('same-arrest-texas-2025'), ['full-cooperation'], {
  laws: ['us-il', 'us-tx', 'us-fl'].map((jurisdiction) => ({ jurisdiction })),
});
console.log(places.rows.map((r) => r.outcome?.code));
// ['released-hold-declined', 'released-hold-expired', 'released-hold-expired']
