import { describe, expect, it } from 'vitest';
import { getScenario } from '../scenario/library.js';
import { runScenario } from '../scenario/run.js';

// DOMAIN.md §9–§10 in the SDK's explanation and deadlines: the North Carolina HB 10 order [nc-hb10-2024], the HB 318
// count [nc-hb318-2025], the Georgia cap [ga-hb1105-2024] and 287(g) agreements [ice-287g-models-2025].

describe('the SDK on the state-law layers', () => {
  it('does list the state judicial order as met at its instant, and explain it', () => {
    const run = runScenario(getScenario('north-carolina-2025-state-judicial-order'));
    expect(run.passed).toBe(true);
    // Entered Fri 2025-12-05 18:30 EST = 23:30 UTC.
    expect(run.case.deadlines.find((d) => d.kind === 'state-judicial-order')).toMatchObject({
      at: '2025-12-05T23:30:00.000Z',
      status: 'met',
      citations: ['nc-hb10-2024'],
    });
    const { text } = run.case.explain();
    expect(text).toContain('North Carolina HB 318 (2025): the hold ends at the earliest of 48 hours');
    expect(text).toContain('taken before a state judicial official without unnecessary delay');
    expect(text).toContain('A state judicial official entered an order on');
  });

  it('does flag a missing order at the end of the hold, never failing the case', () => {
    const run = runScenario(getScenario('north-carolina-state-judicial-order-missing'));
    expect(run.outcome?.code).toBe('transferred-to-dhs');
    // DHS took custody Sat 2025-12-06 10:00 EST = 15:00 UTC, which is when the hold ended without an order.
    expect(run.case.deadlines.find((d) => d.kind === 'state-judicial-order')).toMatchObject({
      at: '2025-12-06T15:00:00.000Z',
      status: 'missed',
    });
    expect(run.case.explain().text).toContain('The hold ended without a state judicial order (North Carolina HB 10)');
  });

  it('does show the Georgia cap on the hold deadline, and who lodged a JEM detainer', () => {
    const ga = runScenario(getScenario('georgia-hold-cap-friday-release'));
    const end = ga.case.deadlines.find((d) => d.kind === 'hold-end');
    // Fri 2024-07-12 17:00 EDT + 48 elapsed hours = Sun 2024-07-14 17:00 EDT = 21:00 UTC.
    expect(end?.at).toBe('2024-07-14T21:00:00.000Z');
    expect(end?.label).toContain('Georgia HB 1105 as introduced, unverified');
    expect(end?.citations).toContain('ga-hb1105-2024');
    expect(ga.case.explain().text).toContain('This detainer comes with none, so the hold ends 48 elapsed hours');

    const jem = runScenario(getScenario('jail-enforcement-model-287g'));
    expect(jem.case.context.lodgedBy).toBe('287g-officer');
    expect(jem.case.explain().text).toContain('lodged by a trained local officer acting under a 287(g) agreement');

    const wso = runScenario(getScenario('warrant-service-officer-287g-no-authority'));
    expect(wso.case.context.decision?.holdReason.code).toBe('state-law-no-authority-warrant-service');
    const off = runScenario(getScenario('warrant-service-officer-287g-no-authority'), {
      policy: { preset: 'no-state-authority', overrides: { hold: 'always', agreement287g: 'warrant-service-officer' } },
    });
    expect(off.outcome?.code).toBe('released-hold-declined');
  });
});
