import { describe, expect, it } from 'vitest';
import { isCitationId } from '../citations.js';
import {
  getPolicyPreset,
  isPolicyPresetId,
  POLICY_PRESET_IDS,
  POLICY_PRESET_NOTES,
  POLICY_PRESETS,
  PolicyPresetIdSchema,
} from './presets.js';
import { JurisdictionPolicySchema } from './schema.js';

const LOADED_WORDS = /sanctuar|illegal|criminal alien|dangerous|unsafe|protects?\b|lawless|safe haven/i;

describe('POLICY_PRESETS', () => {
  it('does have exactly the seven archetype ids, in the schema too', () => {
    expect([...POLICY_PRESET_IDS]).toEqual([
      'full-cooperation',
      'judicial-warrant-required',
      'limited-by-offense',
      'notify-only',
      'decline-all',
      'no-state-authority',
      'state-mandated-compliance',
    ]);
    expect(PolicyPresetIdSchema.options).toEqual([...POLICY_PRESET_IDS]);
    expect(Object.keys(POLICY_PRESETS)).toEqual([...POLICY_PRESET_IDS]);
    expect(Object.keys(POLICY_PRESET_NOTES)).toEqual([...POLICY_PRESET_IDS]);
  });

  it.each(POLICY_PRESET_IDS)('does make %s a complete, already-parsed policy', (id) => {
    const preset = POLICY_PRESETS[id];
    expect(JurisdictionPolicySchema.parse(preset)).toEqual(preset);
    expect(Object.keys(preset).sort()).toEqual(Object.keys(JurisdictionPolicySchema.shape).sort());
    expect(preset.countingRule).toBe('by-form');
  });

  it.each(POLICY_PRESET_IDS)('does give %s a name, a neutral description and registry citations', (id) => {
    const preset = POLICY_PRESETS[id];
    expect(preset.name.length).toBeGreaterThan(0);
    expect(preset.description?.length ?? 0).toBeGreaterThan(40);
    expect(preset.description).not.toMatch(LOADED_WORDS);
    expect(preset.citations.length).toBeGreaterThan(0);
    for (const c of preset.citations) expect(isCitationId(c)).toBe(true);
    for (const note of POLICY_PRESET_NOTES[id].unverified) expect(note).not.toMatch(LOADED_WORDS);
  });

  it('does freeze the shared presets', () => {
    for (const id of POLICY_PRESET_IDS) {
      const preset = POLICY_PRESETS[id];
      expect(Object.isFrozen(preset)).toBe(true);
      expect(Object.isFrozen(preset.listedOffenses)).toBe(true);
      expect(Object.isFrozen(preset.citations)).toBe(true);
    }
    expect(Object.isFrozen(POLICY_PRESETS)).toBe(true);
  });

  it('does set the switches of each archetype', () => {
    const pick = (id: (typeof POLICY_PRESET_IDS)[number]) => {
      const { hold, notify, access, transferAtRelease, stateLaw, listedOffenses } = POLICY_PRESETS[id];
      return { hold, notify, access, transferAtRelease, stateLaw, listedOffenses };
    };
    expect(pick('full-cooperation')).toEqual({
      hold: 'always',
      notify: 'always',
      access: 'allowed',
      transferAtRelease: 'always',
      stateLaw: 'none',
      listedOffenses: [],
    });
    expect(pick('judicial-warrant-required')).toMatchObject({
      hold: 'judicial-warrant',
      notify: 'always',
      stateLaw: 'none',
    });
    expect(pick('limited-by-offense')).toEqual({
      hold: 'judicial-warrant',
      notify: 'listed-offenses',
      access: 'allowed',
      transferAtRelease: 'listed-offenses',
      stateLaw: 'none',
      listedOffenses: ['serious-or-violent-felony', 'listed-conviction'],
    });
    expect(pick('notify-only')).toMatchObject({
      hold: 'never',
      notify: 'always',
      access: 'refused',
      transferAtRelease: 'never',
    });
    expect(pick('decline-all')).toEqual({
      hold: 'never',
      notify: 'never',
      access: 'refused',
      transferAtRelease: 'never',
      stateLaw: 'none',
      listedOffenses: [],
    });
    expect(pick('no-state-authority')).toMatchObject({
      hold: 'always',
      notify: 'always',
      stateLaw: 'no-authority-to-hold',
    });
    expect(pick('state-mandated-compliance')).toMatchObject({ stateLaw: 'mandated-compliance' });
  });

  it('does cite the source of each state-law and offense archetype', () => {
    expect(POLICY_PRESETS['no-state-authority'].citations).toContain('lunn-2017');
    expect(POLICY_PRESETS['state-mandated-compliance'].citations).toContain('tx-ccp-2.251');
    expect(POLICY_PRESETS['limited-by-offense'].citations).toContain('ca-sb54-digest');
    expect(POLICY_PRESETS['judicial-warrant-required'].citations).toContain('ilrc-map-2016');
  });

  it("does flag SB 54's judicial-warrant exception for holds as unverified", () => {
    expect(POLICY_PRESETS['limited-by-offense'].description).toMatch(/unverified/);
    expect(POLICY_PRESET_NOTES['limited-by-offense'].unverified.some((n) => /judicial-warrant exception/.test(n))).toBe(
      true,
    );
    expect(POLICY_PRESET_NOTES['full-cooperation'].unverified).toEqual([]);
  });
});

describe('isPolicyPresetId', () => {
  it('does accept preset ids and nothing else', () => {
    for (const id of POLICY_PRESET_IDS) expect(isPolicyPresetId(id)).toBe(true);
    for (const v of ['Full cooperation', 'sanctuary', '', 1, null, undefined, {}])
      expect(isPolicyPresetId(v)).toBe(false);
  });
});

describe('getPolicyPreset', () => {
  it('does return the shared preset', () => {
    expect(getPolicyPreset('notify-only')).toBe(POLICY_PRESETS['notify-only']);
    expect(getPolicyPreset('decline-all').name).toBe('Decline all');
  });
});
