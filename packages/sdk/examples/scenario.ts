import { compareScenario, getScenario, runScenario } from '@detainer-kit/sdk';

const scenario = getScenario('judicial-warrant-required-i200');
const run = runScenario(scenario);
console.log(run.outcome?.code, run.passed); // released-hold-declined true
const comparison = compareScenario(scenario, ['judicial-warrant-required', 'full-cooperation']);
for (const row of comparison.rows) console.log(row.label, row.outcome?.code, row.hoursHeld);
console.log(comparison.differences[0]?.rule?.on); // hold: the rule that made the difference
