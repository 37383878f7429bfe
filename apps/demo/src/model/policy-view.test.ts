import { getPolicyPreset, POLICY_PRESET_IDS } from '@detainer-kit/sdk';
import { describe, expect, it } from 'vitest';
import { matchPolicy } from './policy-view';

describe('matchPolicy', () => {
  it('recognizes every preset, even renamed', () => {
    for (const id of POLICY_PRESET_IDS) {
      expect(matchPolicy(getPolicyPreset(id)).preset).toBe(id);
      expect(matchPolicy({ ...getPolicyPreset(id), name: 'Renamed' }).preset).toBe(id);
    }
  });
  it('names the closest preset and the switch that changed', () => {
    const m = matchPolicy({ ...getPolicyPreset('full-cooperation'), countingRule: 'calendar' });
    expect(m.preset).toBeNull();
    expect(m.closest).toBe('full-cooperation');
    expect(m.changes.map((c) => c.field)).toEqual(['countingRule']);
  });
});
