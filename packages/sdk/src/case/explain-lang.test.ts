import {
  DetainerKitError,
  decisionReasonText,
  isLanguageLoaded,
  loadLanguage,
  MODEL_INFO,
  outcomeText,
} from '@detainer-kit/core';
import { describe, expect, it } from 'vitest';
import { SCENARIO_LIBRARY } from '../scenario/library.js';
import { runScenario } from '../scenario/run.js';
import { heldThursdayCase } from './fixtures.test-helpers.js';

describe('explain in Spanish', () => {
  it('refuses a language it does not have, and Spanish before it is loaded, saying how to fix it', () => {
    const c = heldThursdayCase();
    // @ts-expect-error: 'fr' is not a Language.
    expect(() => c.explain({ lang: 'fr' })).toThrow(DetainerKitError);
    // @ts-expect-error: 'fr' is not a Language.
    expect(() => c.explain({ lang: 'fr' })).toThrow(/lang: expected a language: "en" or "es", got "fr"/);
    expect(isLanguageLoaded('es')).toBe(false);
    expect(() => c.explain({ lang: 'es' })).toThrow("call `await loadLanguage('es')` first");
  });

  it('English by default, unchanged; the same case in Spanish with Spanish dates, reasons and outcome', async () => {
    await loadLanguage('es');
    const c = heldThursdayCase();
    c.advanceTo('2024-03-12T00:00:00Z');
    const en = c.explain();
    expect(c.explain({ lang: 'en' })).toEqual(en);
    expect(en.lang).toBe('en');
    const es = c.explain({ lang: 'es' });
    expect(es.lang).toBe('es');
    expect(es.disclaimer).toBe('Modelo educativo, no es asesoría legal.');
    expect(es.text.endsWith(es.disclaimer)).toBe(true);
    expect(es.disclaimer).not.toBe(MODEL_INFO.disclaimer);
    // One Spanish sentence for each English one, at the same instant, with the same sources.
    expect(es.sentences.map((s) => [s.at, s.citations])).toEqual(en.sentences.map((s) => [s.at, s.citations]));
    for (const reason of c.context.decision?.reasons ?? []) expect(es.text).toContain(decisionReasonText(reason, 'es'));
    const outcome = c.outcome;
    expect(outcome).not.toBeNull();
    if (outcome) expect(es.text).toContain(`Desenlace: ${outcomeText(outcome, 'es')}`);
    // The Thursday hold's weekday deadline, Monday Mar 11, 2024, as an es-US reader sees it (English: "Mon, Mar 11, 2024").
    expect(en.text).toContain('Mon, Mar 11, 2024');
    expect(es.text).toMatch(/lun, 11 (de )?mar (de )?2024/);
    expect(es.text).toContain('La retención no puede pasar del');
    expect(es.text).not.toContain('The hold may not go past');
    // The machine's own step descriptions, read by key in Spanish (English: "Eligible for release: the hold clock starts.").
    expect(en.text).toContain('Eligible for release: the hold clock starts.');
    expect(es.text).toContain('Puede quedar en libertad: empieza a correr el reloj de la retención.');
    expect(es.text).not.toContain('Eligible for release: the hold clock starts.');
  });

  it('every library scenario explains in Spanish with the same sentences’ instants and sources as in English', async () => {
    await loadLanguage('es');
    for (const scenario of SCENARIO_LIBRARY) {
      const c = runScenario(scenario).case;
      const en = c.explain();
      const es = c.explain({ lang: 'es' });
      expect(
        es.sentences.map((s) => [s.at, s.citations]),
        scenario.id,
      ).toEqual(en.sentences.map((s) => [s.at, s.citations]));
      // None of the catalog's English frames is left in the Spanish narrative.
      for (const frame of ['Notice of release', 'Outcome: ', 'the person is booked', 'The hold may not go past']) {
        expect(es.text, `${scenario.id}: ${frame}`).not.toContain(frame);
      }
    }
  });
});
