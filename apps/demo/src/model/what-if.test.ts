import { compareScenario, getScenario, runScenario } from '@detainer-kit/sdk';
import { describe, expect, it } from 'vitest';
import { describePolicyChange, describeWhatIf } from './what-if';

const weekday = getScenario('weekday-rule-friday-release');
const own = runScenario(weekday).policy;
const tz = weekday.custodian.timeZone;

describe('describeWhatIf', () => {
  it('leads with the hours held and the day of release when the counting rule changes', () => {
    const c = compareScenario(weekday, [own, { ...own, countingRule: 'calendar' }]);
    const [a, b] = c.rows;
    if (!a || !b) throw new Error('two rows');
    const change = describePolicyChange(c.differences[0]?.policyDifferences ?? [], b.policy);
    expect(change).toMatch(/^Under counting of the hold “elapsed hours/);
    const w = describeWhatIf(a, b, change, tz);
    expect(w.lead).toMatch(/held 48 h instead of 96 h and released on Sun, Apr 14, 2024/);
    const fields = w.changes.map((x) => x.field);
    // Every field compareScenario reports as different is in the summary.
    for (const f of c.differences[0]?.fields ?? []) expect(fields).toContain(f.field);
    expect(fields).toContain('deadline:hold-end');
    expect(fields).toContain('noticeLeadTime');
    expect(w.unchanged).toContain('Outcome');
  });
  it('leads with the outcome when it changes, and names the decisive rule', () => {
    const c = compareScenario(weekday, [own, 'decline-all']);
    const [a, b] = c.rows;
    if (!a || !b) throw new Error('two rows');
    const w = describeWhatIf(a, b, 'Under decline all', tz);
    expect(w.lead).toContain('the case ends otherwise: released hold declined instead of released hold expired.');
    expect(w.changes[0]?.after).toBe(b.outcome?.text);
    expect(w.lead).toContain('No hold runs (instead of 96 h).');
    expect(w.changes[0]?.field).toBe('outcome');
    expect(w.rule).toBe(b.decisiveRule.hold?.text);
  });
  it('says when nothing compared changes', () => {
    const c = compareScenario(weekday, [own, own]);
    const [a, b] = c.rows;
    if (!a || !b) throw new Error('two rows');
    const w = describeWhatIf(a, b, 'Under the same policy', tz);
    expect(w.changes).toEqual([]);
    expect(w.lead).toMatch(/nothing compared changes/);
  });
});
