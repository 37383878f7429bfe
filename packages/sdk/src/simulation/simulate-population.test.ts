import {
  countedHoldHours,
  DDOR_FIRST_WEEK,
  DetainerKitError,
  HOUR_MS,
  MODEL_INFO,
  SUPPORTED_INSTANTS,
} from '@detainer-kit/core';
import { describe, expect, it } from 'vitest';
import {
  createCaseResult,
  createPopulationPlan,
  finalizePopulationReport,
  generateCaseScript,
  mergePartialReports,
  type PopulationReport,
  resolveSimulationConfig,
  runCaseScript,
  runChunk,
  type SimulatePopulationOptions,
  simulatePopulation,
} from './index.js';
import { splitRange } from './worker-pool.js';

function expectInvalid(run: () => unknown, code: string, field: string): DetainerKitError {
  try {
    run();
  } catch (error) {
    expect(DetainerKitError.isInstance(error)).toBe(true);
    const e = error as DetainerKitError;
    expect(e.code).toBe(code);
    expect(e.issues.map((i) => i.field)).toContain(field);
    expect(e.message).toContain(field);
    return e;
  }
  throw new Error(`expected ${field} to be rejected`);
}

// Populations of a few thousand cases: generous timeouts, as CI machines may be loaded (speed is benchmarked, not tested).
describe('simulatePopulation', () => {
  const base: SimulatePopulationOptions = {
    policies: ['full-cooperation', 'notify-only', 'decline-all'],
    cases: 1200,
    seed: 7,
  };

  it('gives a deep-equal report for the same seed, and a different one for another seed', async () => {
    const a = await simulatePopulation(base);
    const b = await simulatePopulation(base);
    expect(b).toEqual(a);
    const c = await simulatePopulation({ ...base, seed: 8 });
    expect(c.policies[0]?.outcomes).not.toEqual(a.policies[0]?.outcomes);
    expect(c.policies[2]?.declinedDetainers.entries).not.toEqual(a.policies[2]?.declinedDetainers.entries);
  }, 60_000);

  it('merges chunkings K = 1, 2, 3 (and uneven blocks) into the identical report', async () => {
    const config = resolveSimulationConfig(base);
    const plan = createPopulationPlan(config);
    const reports: PopulationReport[] = [1, 2, 3].map((k) =>
      finalizePopulationReport(
        config,
        mergePartialReports(
          splitRange(config.cases, k).map((r) => runChunk(plan, r.from, r.to)),
          config.declinedListLimit,
        ),
      ),
    );
    const uneven = [
      { from: 0, to: 1 },
      { from: 1, to: 777 },
      { from: 777, to: 1200 },
    ].reverse();
    reports.push(
      finalizePopulationReport(
        config,
        mergePartialReports(
          uneven.map((r) => runChunk(config, r.from, r.to)),
          config.declinedListLimit,
        ),
      ),
    );
    for (const report of reports.slice(1)) expect(report).toEqual(reports[0]);
    expect(await simulatePopulation(base)).toEqual(reports[0]);
  }, 60_000);

  it('runs the identical event script under every policy', () => {
    const one = createPopulationPlan(resolveSimulationConfig({ policy: 'full-cooperation', cases: 50, seed: 3 }));
    const other = createPopulationPlan(resolveSimulationConfig({ policy: 'decline-all', cases: 50, seed: 3 }));
    for (let i = 0; i < 50; i += 1) expect(generateCaseScript(other, i)).toEqual(generateCaseScript(one, i));
    expect(generateCaseScript(one, 1)).not.toEqual(generateCaseScript(one, 2));
  });

  it('labels the report synthetic, with the core disclaimer and the DDOR reference', async () => {
    const r = await simulatePopulation({ policy: 'decline-all', cases: 300, seed: 1, declinedListLimit: 5 });
    expect(r.synthetic).toBe(true);
    expect(r.disclaimer).toBe(MODEL_INFO.disclaimer);
    expect(r.syntheticNote).toMatch(/Synthetic data/);
    expect(r.reference.ddorFirstWeek).toMatchObject(DDOR_FIRST_WEEK);
    expect(r.assumptionSources.every((s) => s.source.length > 0)).toBe(true);
    const list = r.policies[0]?.declinedDetainers;
    expect(list?.total).toBeGreaterThan(5);
    expect(list?.entries).toHaveLength(5);
    const indexes = list?.entries.map((e) => e.caseIndex) ?? [];
    expect([...indexes].sort((x, y) => x - y)).toEqual(indexes);
    for (const e of list?.entries ?? []) {
      expect(e.citizenship).toBe('unknown (not modeled)');
      expect(e.detainerIssuedDate <= e.detainerDeclinedDate).toBe(true);
      expect(e.detainerIssuedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['serious-or-violent-felony', 'listed-conviction', 'other-felony', 'misdemeanor', 'infraction']).toContain(
        e.notableCriminalActivity,
      );
    }
  });

  it('has rates that sum to 1 (outcomes, reasons, notice)', async () => {
    const r = await simulatePopulation(base);
    for (const p of r.policies) {
      expect(p.outcomes.reduce((s, o) => s + o.rate, 0)).toBeCloseTo(1, 12);
      expect(p.reasons.reduce((s, o) => s + o.rate, 0)).toBeCloseTo(1, 12);
      expect(Object.values(p.notice.byStatus).reduce((s, o) => s + o.rate, 0)).toBeCloseTo(1, 12);
      expect(p.outcomes.reduce((s, o) => s + o.count, 0)).toBe(r.cases);
    }
  }, 60_000);

  it('differs as expected between full cooperation and decline all on the same population', async () => {
    const r = await simulatePopulation({ policies: ['full-cooperation', 'decline-all'], cases: 1500, seed: 11 });
    const [full, decline] = r.policies;
    const count = (p: typeof full, code: string) => p?.outcomes.find((o) => o.code === code)?.count ?? -1;
    expect(decline?.hoursHeld.held).toBe(0);
    expect(decline?.hoursHeld.hitLimit).toBe(0);
    expect(decline?.hoursHeld.maxHours).toBeNull();
    expect(count(decline, 'transferred-to-dhs')).toBe(0);
    expect(decline?.notice.onTime).toBe(0);
    expect(full?.hoursHeld.held).toBeGreaterThan(0);
    expect(count(full, 'transferred-to-dhs')).toBeGreaterThan(0);
    expect(count(full, 'released-hold-declined')).toBe(0);
    expect(full?.declinedDetainers.total).toBe(0);
    expect(decline?.declinedDetainers.total).toBeGreaterThan(0);
    // The same scripts: DHS lifts the same detainers under both policies.
    expect(count(full, 'released-detainer-lifted')).toBe(count(decline, 'released-detainer-lifted'));
    expect(full?.federalConditions.publicSafetyPartnership.requirements.map((q) => q.status)).toEqual([
      'met',
      'met',
      'met',
    ]);
    expect(decline?.federalConditions.byrneJag2017.requirements.map((q) => q.status)).toEqual([
      'not-met',
      'not-met',
      'not-modeled',
    ]);
    expect(r.comparison.policies).toEqual(['full-cooperation', 'decline-all']);
    expect(r.comparison.rows.find((row) => row.metric === 'hoursHeld.held')?.values[1]).toBe(0);
  }, 60_000);

  it('never holds longer than the legal limit of the counting rule', async () => {
    const options: SimulatePopulationOptions = {
      policies: [
        {
          name: 'Weekday count',
          hold: 'always',
          notify: 'always',
          access: 'allowed',
          transferAtRelease: true,
          countingRule: 'excludeWeekendsAndHolidays',
        },
        {
          name: 'Calendar count',
          hold: 'always',
          notify: 'always',
          access: 'allowed',
          transferAtRelease: true,
          countingRule: 'calendar',
        },
      ],
      cases: 1500,
      seed: 5,
      assumptions: {
        dhsPickup: { presentAtRelease: 0, never: 3, windows: [{ fromHours: 0, toHours: 130, weight: 1 }] },
        releaseWeekday: { friday: 1, saturday: 1, monday: 1 },
      },
    };
    const r = await simulatePopulation(options);
    const [weekday, calendar] = r.policies;
    expect(calendar?.hoursHeld.byRule.calendar.maxHours).toBe(48);
    expect(calendar?.hoursHeld.byRule.excludeWeekendsAndHolidays.held).toBe(0);
    const weekdayMax = weekday?.hoursHeld.byRule.excludeWeekendsAndHolidays.maxHours ?? 0;
    expect(weekdayMax).toBeGreaterThan(72); // weekends and holidays do not count…
    expect(weekdayMax).toBeLessThanOrEqual(5 * 24 + 1); // …but no run of them goes past about five days [gonzalez-9th-2020]
    // Case by case: the counted hours of every hold are at most 48.
    const config = resolveSimulationConfig(options);
    const plan = createPopulationPlan(config);
    const out = createCaseResult();
    let checked = 0;
    for (let i = 0; i < config.cases; i += 1) {
      const script = generateCaseScript(plan, i);
      for (const { policy } of config.policies) {
        runCaseScript(script, plan.custodian, policy, out);
        if (!out.held || out.rule === null || out.releaseEligibleAt === null) continue;
        const from = out.releaseEligibleAt;
        const to = new Date(Date.parse(from) + out.heldMs).toISOString();
        expect(countedHoldHours({ from, to, rule: out.rule, timeZone: plan.custodian.timeZone })).toBeLessThanOrEqual(
          48 + 1e-9,
        );
        if (out.hitLimit)
          expect(countedHoldHours({ from, to, rule: out.rule, timeZone: plan.custodian.timeZone })).toBeCloseTo(48, 9);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  }, 60_000);

  it('reads quantiles from the histogram within one minute of the exact ones', async () => {
    const options: SimulatePopulationOptions = { policy: 'full-cooperation', cases: 2000, seed: 21 };
    const r = await simulatePopulation(options);
    const config = resolveSimulationConfig(options);
    const plan = createPopulationPlan(config);
    const out = createCaseResult();
    const held: number[] = [];
    const policy = config.policies[0]?.policy;
    if (!policy) throw new Error('no policy');
    for (let i = 0; i < config.cases; i += 1) {
      runCaseScript(generateCaseScript(plan, i), plan.custodian, policy, out);
      if (out.held) held.push(out.heldMs / HOUR_MS);
    }
    held.sort((x, y) => x - y);
    const exact = (q: number) => held[Math.ceil(q * held.length) - 1] ?? Number.NaN;
    const h = r.policies[0]?.hoursHeld;
    expect(h?.held).toBe(held.length);
    expect(Math.abs((h?.medianHours ?? 0) - exact(0.5))).toBeLessThan(1 / 60);
    expect(Math.abs((h?.p95Hours ?? 0) - exact(0.95))).toBeLessThan(1 / 60);
    expect(h?.maxHours).toBe(held[held.length - 1]);
    expect(h?.hitLimit).toBe(held.filter((x) => x === 48).length);
    // The distribution by whole hours is exact: each case counted in the hour its hold falls in.
    const byHour: number[] = [];
    for (const x of held) {
      const hour = Math.floor(x);
      while (byHour.length <= hour) byHour.push(0);
      byHour[hour] = (byHour[hour] ?? 0) + 1;
    }
    expect(h?.byHour).toEqual(byHour);
    expect(h?.byHour.length).toBe(Math.floor(held[held.length - 1] ?? 0) + 1);
    expect(h?.byHour.reduce((sum, n) => sum + n, 0)).toBe(h?.held);
  }, 60_000);

  it('gives an empty distribution of hours held when no case is held', async () => {
    const r = await simulatePopulation({ policy: 'decline-all', cases: 300, seed: 3 });
    expect(r.policies[0]?.hoursHeld.held).toBe(0);
    expect(r.policies[0]?.hoursHeld.byHour).toEqual([]);
  });

  it('reports progress at most every progressEvery cases, ending at the total', async () => {
    const calls: { done: number; total: number }[] = [];
    await simulatePopulation({
      policy: 'notify-only',
      cases: 1050,
      seed: 2,
      progressEvery: 250,
      onProgress: (p) => calls.push(p),
    });
    expect(calls.map((c) => c.done)).toEqual([250, 500, 750, 1000, 1050]);
    expect(calls.every((c) => c.total === 1050)).toBe(true);
  });

  it('keeps no per-case arrays in the report beyond the capped declined list', async () => {
    const r = await simulatePopulation({
      policies: ['decline-all', 'full-cooperation'],
      cases: 4000,
      seed: 9,
      declinedListLimit: 20,
    });
    let longest = 0;
    const walk = (value: unknown, key: string): void => {
      if (ArrayBuffer.isView(value)) throw new Error('typed array in the report');
      // The distribution of hours held is bounded by the histogram's span in hours, not by the cases (below).
      if (Array.isArray(value) && key !== 'byHour') longest = Math.max(longest, value.length);
      if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk(r, '');
    expect(r.policies[0]?.declinedDetainers.total).toBeGreaterThan(1000);
    expect(longest).toBeLessThan(50);
    for (const p of r.policies) expect(p.hoursHeld.byHour.length).toBeLessThanOrEqual(p.hoursHeld.histogramSpanHours);
  }, 60_000);

  it('runs 200,000 cases with flat memory', async () => {
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const r = await simulatePopulation({
      policy: 'full-cooperation',
      cases: 200_000,
      seed: 99,
      progressEvery: 20_000,
      onProgress: () => {
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      },
    });
    expect(r.cases).toBe(200_000);
    // Timelines of 200k cases would take gigabytes; the tallies take well under a megabyte. The bound is
    // generous so garbage not yet collected cannot make it flake.
    expect(peak - before).toBeLessThan(400 * 1024 * 1024);
  }, 180_000);

  it('gives the same report with worker threads, or a clear error when the worker script is missing', async () => {
    const workerUrl = new URL('../../dist/simulation/worker.js', import.meta.url);
    const { existsSync } = await import('node:fs');
    const options: SimulatePopulationOptions = {
      policies: ['full-cooperation', 'decline-all'],
      cases: 900,
      seed: 4,
      workers: 3,
    };
    if (existsSync(workerUrl)) {
      expect(await simulatePopulation(options)).toEqual(await simulatePopulation({ ...options, workers: 1 }));
    } else {
      await expect(simulatePopulation({ ...options, workerUrl })).rejects.toThrow();
    }
  }, 60_000);
});

describe('simulatePopulation options', () => {
  it('names the field and the fix for bad assumptions', () => {
    const e = expectInvalid(
      () => resolveSimulationConfig({ policy: 'decline-all', seed: 1, assumptions: { noticeOnlyShare: 1.5 } }),
      'invalid-input',
      'assumptions.noticeOnlyShare',
    );
    expect(e.message).toMatch(/between 0 and 1/);
    expectInvalid(
      () =>
        resolveSimulationConfig({ policy: 'decline-all', seed: 1, assumptions: { releaseHours: { min: 20, max: 8 } } }),
      'invalid-input',
      'assumptions.releaseHours.max',
    );
    expectInvalid(
      () =>
        resolveSimulationConfig({ policy: 'decline-all', seed: 1, assumptions: { offenseMix: { misdemeanor: -1 } } }),
      'invalid-input',
      'assumptions.offenseMix.misdemeanor',
    );
    expectInvalid(
      () => resolveSimulationConfig({ policy: 'decline-all', seed: 1, assumptions: { releaseWeekday: { monday: 0 } } }),
      'invalid-input',
      'assumptions.releaseWeekday',
    );
    expectInvalid(
      () =>
        resolveSimulationConfig({
          policy: 'decline-all',
          seed: 1,
          assumptions: {
            dhsPickup: { presentAtRelease: 1, never: 1, windows: [{ fromHours: 10, toHours: 2, weight: 1 }] },
          },
        }),
      'invalid-input',
      'assumptions.dhsPickup.windows.0.toHours',
    );
    expectInvalid(
      () =>
        resolveSimulationConfig({
          policy: 'decline-all',
          seed: 1,
          assumptions: { custodian: { id: 'x', name: 'X', timeZone: 'Mars/Base' } },
        }),
      'invalid-input',
      'assumptions.custodian.timeZone',
    );
    expectInvalid(
      () => resolveSimulationConfig({ policy: 'decline-all', seed: 1, assumptions: { startDate: '2017-13-01' } }),
      'invalid-input',
      'assumptions.startDate',
    );
  });

  it('keeps every simulated instant inside the instants the model supports (SUPPORTED_INSTANTS)', async () => {
    const first = SUPPORTED_INSTANTS.from.slice(0, 10);
    const lastYear = Number(SUPPORTED_INSTANTS.before.slice(0, 4));
    for (const startDate of ['1969-06-01', first])
      expectInvalid(
        () => resolveSimulationConfig({ policy: 'decline-all', seed: 1, assumptions: { startDate } }),
        'invalid-input',
        'assumptions.startDate',
      );
    // A start late enough that the period and the longest custody run past the supported range.
    expectInvalid(
      () =>
        resolveSimulationConfig({
          policy: 'decline-all',
          seed: 1,
          assumptions: { startDate: `${lastYear - 1}-06-01`, periodDays: 364 },
        }),
      'invalid-input',
      'assumptions.startDate',
    );
    // The earliest and latest starts allowed run to the end without leaving the range.
    const earliest = new Date(Date.parse(SUPPORTED_INSTANTS.from) + 24 * HOUR_MS).toISOString().slice(0, 10);
    const latest = new Date(Date.parse(SUPPORTED_INSTANTS.before) - (30 + 60 + 16 + 1) * 24 * HOUR_MS)
      .toISOString()
      .slice(0, 10);
    for (const startDate of [earliest, latest]) {
      const report = await simulatePopulation({
        policy: 'full-cooperation',
        seed: 7,
        cases: 300,
        assumptions: { startDate, periodDays: 30, daysInCustody: { min: 1, max: 60 } },
      });
      expect(report.cases).toBe(300);
      expect(report.policies[0]?.outcomes.reduce((n, o) => n + o.count, 0)).toBe(300);
    }
  });

  it('names the field for bad run options and policies', () => {
    expectInvalid(
      () => resolveSimulationConfig({ policy: 'decline-all' } as SimulatePopulationOptions),
      'invalid-input',
      'seed',
    );
    expectInvalid(() => resolveSimulationConfig({ policy: 'decline-all', seed: 1.5 }), 'invalid-input', 'seed');
    expectInvalid(
      () => resolveSimulationConfig({ policy: 'decline-all', seed: 1, cases: 0 }),
      'invalid-input',
      'cases',
    );
    expectInvalid(() => resolveSimulationConfig({ seed: 1 }), 'invalid-input', 'policies');
    expectInvalid(
      () => resolveSimulationConfig({ policy: 'decline-all', policies: ['notify-only'], seed: 1 }),
      'invalid-input',
      'policies',
    );
    expectInvalid(
      () => resolveSimulationConfig({ policies: ['decline-all', 'sometimes' as 'decline-all'], seed: 1 }),
      'invalid-policy',
      'policies.1',
    );
    expectInvalid(
      () =>
        resolveSimulationConfig({
          policies: [
            { name: 'X', hold: 'maybe' as 'never', notify: 'never', access: 'refused', transferAtRelease: false },
          ],
          seed: 1,
        }),
      'invalid-policy',
      'policies.0.hold',
    );
    expectInvalid(
      () => resolveSimulationConfig({ policy: 'decline-all', seed: 1, workers: 0 }),
      'invalid-input',
      'workers',
    );
  });

  it('rejects a bad option before doing any work', async () => {
    await expect(simulatePopulation({ policy: 'decline-all', seed: -1 })).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });
});
