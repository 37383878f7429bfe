import { compareScenario, getScenario, loadLanguage, runScenario } from '@detainer-kit/sdk';
import { describe, expect, it } from 'vitest';
import { es } from '../i18n/es';
import { describeCustodyEndShift, describePolicyChange, describeResults, describeWhatIf } from './what-if';

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
  it('words the same comparison in Spanish from the Spanish messages, dates in es-US', async () => {
    await loadLanguage('es');
    const c = compareScenario(weekday, [own, { ...own, countingRule: 'calendar' }]);
    const [a, b] = c.rows;
    if (!a || !b) throw new Error('two rows');
    const w = describeWhatIf(a, b, 'Con el cómputo en horas transcurridas', tz, es.whatIf);
    // Released Sunday April 14, 2024 (48 elapsed hours from Friday 17:00): "dom, 14 de abr de 2024" in es-US.
    expect(w.lead).toMatch(
      /^Con el cómputo en horas transcurridas, la persona queda retenida 48 h en lugar de 96 h y queda en libertad el dom, 14 (de )?abr/,
    );
    expect(w.unchanged).toContain('Desenlace');
    expect(describeResults(a, tz, es.whatIf).map((r) => r.label)).toContain('Horas de retención');
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

describe('describeResults and describeCustodyEndShift', () => {
  const c = compareScenario(weekday, [own, 'notify-only', { ...own, countingRule: 'calendar' }]);
  const [a, b, cal] = c.rows;
  if (!a || !b || !cal) throw new Error('three rows');

  it('does word one run on every field the what-if compares, in its order', () => {
    const r = describeResults(a, tz);
    expect(r.map((x) => x.field)).toEqual([
      'outcome',
      'hoursHeld',
      'holdEndsAt',
      'reason',
      'noticeStatus',
      'noticeLeadTime',
      'deadline:notice-due',
      'deadline:hold-end',
    ]);
    expect(r.find((x) => x.field === 'hoursHeld')?.value).toBe('96 h');
    expect(describeResults(b, tz).find((x) => x.field === 'hoursHeld')?.value).toBe('no hold');
    // describeWhatIf's before/after are these values.
    const w = describeWhatIf(a, cal, 'Under calendar', tz);
    for (const change of w.changes) {
      expect(change.before).toBe(r.find((x) => x.field === change.field)?.value);
    }
  });

  it('does say how much earlier or later the person leaves, or nothing when the same instant', () => {
    // Released Fri 17:00 instead of Tue 17:00 (notify only), Sun 17:00 instead of Tue 17:00 (calendar).
    expect(describeCustodyEndShift(a, b)).toBe('4 d earlier');
    expect(describeCustodyEndShift(a, cal)).toBe('2 d earlier');
    expect(describeCustodyEndShift(b, a)).toBe('4 d later');
    expect(describeCustodyEndShift(a, a)).toBeNull();
  });
});
