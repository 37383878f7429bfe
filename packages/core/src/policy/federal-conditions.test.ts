import { describe, expect, it } from 'vitest';
import { isCitationId } from '../citations.js';
import { HOLD_LIMIT_HOURS } from '../clock/hold-clock.js';
import { NOTICE_LEAD_HOURS } from '../clock/notice-clock.js';
import { checkByrneJag2017, checkPublicSafetyPartnership, type FederalConditionsReport } from './federal-conditions.js';
import { POLICY_PRESET_IDS, POLICY_PRESETS, type PolicyPresetId } from './presets.js';
import type { JurisdictionPolicy } from './schema.js';

const statuses = (r: FederalConditionsReport) => r.requirements.map((q) => q.status);
const BASE = POLICY_PRESETS['full-cooperation'];
const with_ = (over: Partial<JurisdictionPolicy>): JurisdictionPolicy => ({ ...BASE, ...over });
const LOADED_WORDS =
  /sanctuar|illegal|criminal alien|dangerous|unsafe|commend|fail(s|ed)? to|refuses? to cooperate|good|bad\b/i;

const PSP: Record<PolicyPresetId, readonly string[]> = {
  'full-cooperation': ['met', 'met', 'met'],
  'judicial-warrant-required': ['met', 'met', 'partly-met'],
  'limited-by-offense': ['met', 'partly-met', 'partly-met'],
  'notify-only': ['not-met', 'met', 'not-met'],
  'decline-all': ['not-met', 'not-met', 'not-met'],
  'no-state-authority': ['met', 'met', 'not-met'],
  'state-mandated-compliance': ['met', 'met', 'met'],
};
const JAG: Record<PolicyPresetId, readonly string[]> = {
  'full-cooperation': ['met', 'met', 'not-modeled'],
  'judicial-warrant-required': ['met', 'met', 'not-modeled'],
  'limited-by-offense': ['met', 'partly-met', 'not-modeled'],
  'notify-only': ['not-met', 'met', 'not-modeled'],
  'decline-all': ['not-met', 'not-met', 'not-modeled'],
  'no-state-authority': ['met', 'met', 'not-modeled'],
  'state-mandated-compliance': ['met', 'met', 'not-modeled'],
};

describe('checkPublicSafetyPartnership', () => {
  it.each(POLICY_PRESET_IDS)('does read the %s preset against the three questions', (id) => {
    const report = checkPublicSafetyPartnership(POLICY_PRESETS[id]);
    expect(report.program).toBe('public-safety-partnership');
    expect(report.requirements.map((r) => r.id)).toEqual(['access', 'notice', 'hold']);
    expect(statuses(report)).toEqual(PSP[id]);
  });

  it('does take the hours from the clock constants', () => {
    const [, notice, hold] = checkPublicSafetyPartnership(BASE).requirements;
    expect(notice?.requirement).toContain(`at least ${NOTICE_LEAD_HOURS} hours' advance notice, where possible`);
    expect(hold?.requirement).toContain(`up to ${HOLD_LIMIT_HOURS} hours beyond the scheduled release`);
  });

  it('does let state law with no authority to hold override a willing local switch', () => {
    const hold = checkPublicSafetyPartnership(POLICY_PRESETS['no-state-authority']).requirements[2];
    expect(hold?.status).toBe('not-met');
    expect(hold?.why).toMatch(/overrides the local hold switch \(honored always\)/);
    expect(hold?.citations).toContain('lunn-2017');
    const never = checkPublicSafetyPartnership(with_({ stateLaw: 'no-authority-to-hold', hold: 'never' }))
      .requirements[2];
    expect(never?.why).not.toMatch(/overrides/);
  });

  it('does count a state mandate as meeting notice and hold whatever the local switches say', () => {
    const report = checkPublicSafetyPartnership(
      with_({ stateLaw: 'mandated-compliance', hold: 'never', notify: 'never', access: 'refused' }),
    );
    expect(statuses(report)).toEqual(['not-met', 'met', 'met']);
    expect(report.requirements[1]?.citations).toContain('tx-ccp-2.251');
    expect(report.requirements[2]?.why).toMatch(/proved US citizenship or lawful status/);
  });

  it('does count judicial-warrant, listed-offense and database-only holds as met for some cases only, and say why', () => {
    const jw = checkPublicSafetyPartnership(with_({ hold: 'judicial-warrant' })).requirements[2];
    expect(jw?.status).toBe('partly-met');
    expect(jw?.why).toMatch(/administrative warrant \(I-200 or I-205\)/);
    const listed = checkPublicSafetyPartnership(with_({ hold: 'listed-offenses', listedOffenses: ['misdemeanor'] }))
      .requirements[2];
    expect(listed?.status).toBe('partly-met');
    expect(listed?.why).toMatch(/\(misdemeanor\)/);
    const db = checkPublicSafetyPartnership(with_({ rejectDatabaseOnlyBasis: true })).requirements[2];
    expect(db?.status).toBe('partly-met');
    expect(db?.citations).toContain('gonzalez-cdcal-2020');
  });

  it('does summarize neutrally and note its sources', () => {
    const full = checkPublicSafetyPartnership(BASE);
    expect(full.summary).toBe(
      'Of 3 conditions, the policy meets 3 as asked, meets 0 for some cases only and does not meet 0 as asked.',
    );
    expect(full.citations).toEqual(['psp-letters-2017']);
    expect(full.notes.join(' ')).toMatch(/secondary copy/);
    const none = checkPublicSafetyPartnership(POLICY_PRESETS['decline-all']);
    expect(none.summary).toMatch(/does not meet 3 as asked/);
  });
});

describe('checkByrneJag2017', () => {
  it.each(POLICY_PRESET_IDS)('does read the %s preset against the FY2017 conditions', (id) => {
    const report = checkByrneJag2017(POLICY_PRESETS[id]);
    expect(report.program).toBe('byrne-jag-2017');
    expect(report.requirements.map((r) => r.id)).toEqual(['access', 'notice', 'certification-1373']);
    expect(statuses(report)).toEqual(JAG[id]);
  });

  it('does report the 8 USC 1373 certification as not modeled, and why', () => {
    const cert = checkByrneJag2017(BASE).requirements[2];
    expect(cert?.status).toBe('not-modeled');
    expect(cert?.why).toMatch(/none of the policy switches models/);
  });

  it('does attach the injunctions in Chicago, Philadelphia and San Francisco', () => {
    const report = checkByrneJag2017(BASE);
    expect(report.citations).toEqual(['sf-v-sessions-2018', 'philadelphia-3d-2019']);
    for (const place of ['Chicago', 'Philadelphia', 'San Francisco']) {
      expect(report.summary).toContain(place);
      expect(report.notes.join(' ')).toContain(place);
    }
    expect(report.summary).toMatch(/lack of statutory authority/);
    expect(report.summary).toMatch(/; 1 is not modeled\./);
  });
});

describe('federal condition reports', () => {
  it('does cite only registry ids and word every finding neutrally', () => {
    for (const id of POLICY_PRESET_IDS) {
      for (const report of [checkPublicSafetyPartnership(POLICY_PRESETS[id]), checkByrneJag2017(POLICY_PRESETS[id])]) {
        for (const c of report.citations) expect(isCitationId(c)).toBe(true);
        for (const r of report.requirements) {
          expect(r.citations.length).toBeGreaterThan(0);
          for (const c of r.citations) expect(isCitationId(c)).toBe(true);
          expect(new Set(r.citations).size).toBe(r.citations.length);
          expect(`${r.requirement} ${r.why}`).not.toMatch(LOADED_WORDS);
          if (r.status === 'met') expect(r.why).toMatch(/meets the condition as asked/);
          if (r.status === 'not-met') expect(r.why).toMatch(/does not meet the condition as asked/);
          if (r.status === 'partly-met') expect(r.why).toMatch(/meets the condition for some cases only/);
        }
        expect(`${report.summary} ${report.notes.join(' ')}`).not.toMatch(LOADED_WORDS);
      }
    }
  });
});
