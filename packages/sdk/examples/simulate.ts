import { simulatePopulation } from '@detainer-kit/sdk';

const report = await simulatePopulation({ policies: ['full-cooperation', 'notify-only'], cases: 2_000, seed: 7 });
for (const policy of report.policies) {
  const transferred = policy.outcomes.find((o) => o.code === 'transferred-to-dhs');
  console.log(policy.name, transferred?.count, policy.hoursHeld.maxHours);
}
console.log(report.synthetic, report.disclaimer); // true Educational model, not legal advice.
