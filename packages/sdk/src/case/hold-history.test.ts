import { describe, expect, it } from 'vitest';
import { runText } from '../cli/commands/run.js';
import { getScenario } from '../scenario/library.js';
import { runScenario } from '../scenario/run.js';

// DOMAIN.md §2.6–§2.7 and §3: a hold is "not to exceed 48 hours" [cfr-287.7-d]; the detainer follows the person to
// "any subsequent law enforcement agency" [i247a-form]. Every hold on a detainer stays on record, with its hours.

describe('hold history in the SDK (issue #11 item 1)', () => {
  it('does show both holds after a move on a new criminal charge: timeline, deadlines, explanation and CLI', () => {
    // Hold 1: Tue Mar 5, 2024 10:00 EST → moved on a new charge Wed 10:00 EST = 24 h (deadline Thu 10:00 EST).
    // Hold 2: Mon Mar 11 10:00 EDT → DHS Tue 16:30 EDT = 30 h 30 min (deadline Wed Mar 13 10:00 EDT).
    const run = runScenario(getScenario('custody-moved-new-criminal-charge-two-holds'));
    expect(run.passed).toBe(true);
    expect(run.holds.map((h) => [h.custodianName, h.hours, h.endedBy])).toEqual([
      ['Example County Jail', 24, 'new-criminal-charge'],
      ['Example Other County Jail', 30.5, 'dhs-assumed-custody'],
    ]);
    const moved = run.timeline.find((e) => e.event.type === 'CUSTODY_MOVED');
    expect(moved?.explanation).toContain('Hold 1 (Example County Jail) ran 24 h');
    const transferred = run.timeline.at(-1);
    expect(transferred?.explanation).toContain('Hold 2 (Example Other County Jail) ran 30 h 30 min');
    const holdEnds = run.case.deadlines.filter((d) => d.kind === 'hold-end');
    expect(holdEnds.map((d) => [d.at, d.status])).toEqual([
      ['2024-03-07T15:00:00.000Z', 'met'],
      ['2024-03-13T14:00:00.000Z', 'met'],
    ]);
    const text = run.case.explain().text;
    expect(text).toMatch(
      /Hold 1 \(Example County Jail\) ran 24 h.*another agency took the person on its own criminal charge/,
    );
    expect(text).toMatch(/Hold 2 \(Example Other County Jail\) ran 30 h 30 min.*DHS assumed custody/);
    const cli = runText(run);
    expect(cli).toContain('Hold history:');
    expect(cli).toContain(
      '1. Example County Jail: Tue 2024-03-05 10:00 EST to Wed 2024-03-06 10:00 EST, 24 h (limit Thu 2024-03-07 10:00 EST); another agency took the person on its own criminal charge',
    );
    expect(cli).toContain(
      '2. Example Other County Jail: Mon 2024-03-11 10:00 EDT to Tue 2024-03-12 16:30 EDT, 30 h 30 min',
    );
  });

  it('does keep one hold to its first deadline across a detainer-only move', () => {
    // Eligible Tue 10:00 EST, moved detainer-only Wed 10:00 EST: released Thu 10:00 EST, 48 h, one hold.
    const run = runScenario(getScenario('custody-moved-detainer-only-keeps-deadline'));
    expect(run.passed).toBe(true);
    expect(run.holds).toEqual([
      expect.objectContaining({ hours: 48, deadline: '2024-03-07T15:00:00.000Z', endedBy: 'deadline-reached' }),
    ]);
    expect(run.case.deadlines.filter((d) => d.kind === 'hold-end')).toHaveLength(1);
  });
});
