import { readdirSync } from 'node:fs';
import { DETAINER_EVENT_TYPES, DetainerKitError } from '@detainer-kit/core';
import { describe, expect, it } from 'vitest';
import { SCENARIO_SCHEMA_URL } from './json-schema.js';
import { SCENARIO_LIBRARY } from './library.js';
import { parseScenario } from './parse.js';
import { resolveScenarioPolicy } from './policy-ref.js';
import { ScenarioStepEventSchema } from './schema.js';

const base = {
  format: 'detainer-kit/scenario',
  version: 1,
  id: 'test-case',
  title: 'Test case',
  custodian: { id: 'c', name: 'County Jail', kind: 'county-jail', timeZone: 'America/New_York' },
  policy: 'full-cooperation',
  bookedAt: '2024-04-01T10:00:00-04:00',
  steps: [
    {
      at: '2024-04-02T09:00:00-04:00',
      event: {
        type: 'DETAINER_LODGED',
        detainer: { form: 'I-247A', requests: { notice: true, hold: true }, warrant: 'I-200' },
      },
    },
    { at: '2024-04-02T10:00:00-04:00', event: { type: 'DETAINER_SERVED' } },
    { at: '2024-04-12T17:00:00-04:00', event: { type: 'RELEASE_ELIGIBLE', reason: 'bond-posted' } },
  ],
};

/** The event object of step `i` of a cloned scenario, for editing. */
function eventOf(scenario: typeof base, i: number): Record<string, unknown> {
  const step = scenario.steps[i];
  if (!step) throw new Error(`no step ${i}`);
  return step.event as Record<string, unknown>;
}

function errorOf(value: unknown): DetainerKitError {
  try {
    parseScenario(value);
  } catch (error) {
    if (DetainerKitError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected parseScenario to throw');
}

describe('parseScenario', () => {
  it('parses a valid scenario and normalizes instants to UTC', () => {
    const s = parseScenario(base);
    expect(s.bookedAt).toBe('2024-04-01T14:00:00.000Z');
    expect(s.steps[2]?.event).toEqual({ type: 'RELEASE_ELIGIBLE', reason: 'bond-posted', dhsPresent: false });
  });

  it('names the step field and the fix for a bad release reason', () => {
    const bad = structuredClone(base);
    eventOf(bad, 2).reason = 'paroled';
    const error = errorOf(bad);
    expect(error.code).toBe('invalid-scenario');
    expect(error.issues[0]?.field).toBe('steps.2.event.reason');
    expect(error.message).toMatch(/^Invalid scenario: steps\.2\.event\.reason: expected a release reason/);
  });

  it('names an unknown event type', () => {
    const bad = structuredClone(base);
    eventOf(bad, 1).type = 'SERVED';
    expect(errorOf(bad).issues[0]?.field).toBe('steps.1.event.type');
    expect(errorOf(bad).message).toContain('"DETAINER_SERVED"');
  });

  it('names a bad instant on a step', () => {
    const bad = structuredClone(base);
    (bad.steps[1] as { at: string }).at = 'Tuesday 10am';
    expect(errorOf(bad).issues[0]?.field).toBe('steps.1.at');
  });

  it('checks the detainer with core rules (an I-247A needs a warrant)', () => {
    const bad = structuredClone(base);
    (eventOf(bad, 0).detainer as { warrant: string }).warrant = 'none';
    const error = errorOf(bad);
    expect(error.issues[0]?.field).toBe('steps.0.event.detainer.warrant');
    expect(error.message).toContain('I-200');
  });

  it('refuses steps out of time order', () => {
    const bad = structuredClone(base);
    (bad.steps[2] as { at: string }).at = '2024-04-02T09:30:00-04:00';
    expect(errorOf(bad).issues[0]?.field).toBe('steps.2.at');
  });

  it('refuses an end before the last step', () => {
    expect(errorOf({ ...base, end: '2024-04-01T12:00:00-04:00' }).issues[0]?.field).toBe('end');
  });

  it('refuses unknown keys, a wrong format and a wrong version', () => {
    expect(errorOf({ ...base, extra: 1 }).issues[0]?.code).toBe('unrecognized_keys');
    expect(errorOf({ ...base, format: 'other' }).issues[0]?.field).toBe('format');
    expect(errorOf({ ...base, version: 2 }).message).toContain('version must be 1');
  });

  it('names a missing field', () => {
    const { title: _title, ...rest } = base;
    const error = errorOf(rest);
    expect(error.issues[0]?.field).toBe('title');
    expect(error.issues[0]?.message).toContain('is required');
  });

  it('caps steps and text sizes', () => {
    const steps = Array.from({ length: 201 }, () => base.steps[1]);
    expect(errorOf({ ...base, steps }).issues[0]?.field).toBe('steps');
    expect(errorOf({ ...base, description: 'x'.repeat(2001) }).issues[0]?.field).toBe('description');
  });

  it('refuses non-objects', () => {
    expect(errorOf(null).code).toBe('invalid-scenario');
    expect(errorOf('scenario').code).toBe('invalid-scenario');
  });

  describe('policy', () => {
    it('accepts a preset id and names an unknown one', () => {
      expect(resolveScenarioPolicy(parseScenario(base).policy).hold).toBe('always');
      const error = errorOf({ ...base, policy: 'cooperate' });
      expect(error.issues[0]?.field).toBe('policy');
      expect(error.message).toContain('full-cooperation');
    });

    it('layers overrides on a preset', () => {
      const s = parseScenario({ ...base, policy: { preset: 'notify-only', overrides: { access: 'allowed' } } });
      const policy = resolveScenarioPolicy(s.policy);
      expect(policy).toMatchObject({ name: 'Notify only', hold: 'never', access: 'allowed' });
    });

    it('names a bad override field', () => {
      const error = errorOf({ ...base, policy: { preset: 'notify-only', overrides: { hold: 'sometimes' } } });
      expect(error.issues[0]?.field).toBe('policy.overrides.hold');
    });

    it('checks the merged policy as a whole', () => {
      const error = errorOf({ ...base, policy: { preset: 'notify-only', overrides: { notify: 'listed-offenses' } } });
      expect(error.issues[0]?.field).toBe('policy.overrides.listedOffenses');
    });

    it('names a bad field of a complete policy', () => {
      const policy = { name: 'P', hold: 'always', notify: 'sometimes', access: 'allowed', transferAtRelease: true };
      expect(errorOf({ ...base, policy }).issues[0]?.field).toBe('policy.notify');
    });
  });
});

describe('ScenarioStepEventSchema', () => {
  it('covers every event type of core', () => {
    expect(ScenarioStepEventSchema.options.map((o) => o.shape.type.value).sort()).toEqual(
      [...DETAINER_EVENT_TYPES].sort(),
    );
  });
});

describe('SCENARIO_LIBRARY', () => {
  it('holds at least 14 scenarios with unique ids, citations, descriptions and expectations', () => {
    expect(SCENARIO_LIBRARY.length).toBeGreaterThanOrEqual(14);
    expect(new Set(SCENARIO_LIBRARY.map((s) => s.id)).size).toBe(SCENARIO_LIBRARY.length);
    for (const s of SCENARIO_LIBRARY) {
      expect(s.citations?.length, s.id).toBeGreaterThan(0);
      expect(s.description?.length, s.id).toBeGreaterThan(40);
      expect(s.expect, s.id).toBeDefined();
      expect(s.$schema).toBe(SCENARIO_SCHEMA_URL);
    }
  });

  it('holds every file of scenarios/ (a file left out of the library would never be run)', () => {
    const files = readdirSync(new URL('../../scenarios/', import.meta.url))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .sort();
    expect(SCENARIO_LIBRARY.map((s) => s.id).sort()).toEqual(files);
  });
});
