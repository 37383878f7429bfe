import { describe, expect, it } from 'vitest';
import { CountingRuleSchema, resolveCountingRule } from '../clock/counting-rule.js';
import { DetainerFormSchema, LiftReasonSchema } from '../detainer/vocabulary.js';
import {
  EligibilityNoticeStatusSchema,
  NoticeStatusSchema,
  OUTCOME_TITLES,
  OutcomeCodeSchema,
} from '../machine/context.js';
import { type FixedOutcomeReason, outcomeOf } from '../machine/outcomes.js';
import { MODEL_INFO } from '../model-info.js';
import { DECISION_REASON_CODES, DECISION_REASONS } from '../policy/resolve-decision.js';
import { es } from './es.js';
import {
  countingRuleText,
  decisionReasonText,
  en,
  isLanguageLoaded,
  LANGUAGES,
  LanguageSchema,
  loadLanguage,
  type MessageKey,
  outcomeText,
  textOf,
} from './index.js';

const FIXED_REASONS: readonly FixedOutcomeReason[] = [
  'dhs-assumed-custody-during-hold',
  'transferred-at-release',
  'hold-limit-reached',
  'notice-only-request',
  'no-detainer',
  'detainer-not-served',
];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const AT = '2024-03-07T22:00:00Z';

describe('message catalogs', () => {
  it('a language other than en or es is refused, naming the allowed values', () => {
    expect(LanguageSchema.options).toEqual(['en', 'es']);
    const result = LanguageSchema.safeParse('fr');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('expected a language: "en" or "es", got "fr"');
  });

  it('Spanish is not loaded until asked for, and textOf says how to load it', async () => {
    expect(isLanguageLoaded('en')).toBe(true);
    expect(isLanguageLoaded('es')).toBe(false);
    expect(() => textOf('model.disclaimer', 'es')).toThrow("call `await loadLanguage('es')` first");
    expect(await loadLanguage('es')).toBe(es);
    expect(isLanguageLoaded('es')).toBe(true);
    expect(textOf('model.disclaimer', 'es')).toBe('Modelo educativo, no es asesoría legal.');
  });

  it('every key exists in every language, with text and the same placeholders', async () => {
    const catalogs = await Promise.all(LANGUAGES.map((lang) => loadLanguage(lang)));
    const keys = Object.keys(en).sort();
    for (const catalog of catalogs) {
      expect(Object.keys(catalog).sort()).toEqual(keys);
      for (const key of keys as MessageKey[]) {
        expect(catalog[key].trim(), key).not.toBe('');
        expect(placeholders(catalog[key]), key).toEqual(placeholders(en[key]));
      }
    }
  });

  it('Spanish is a translation: every text differs from the English one (except the "?" of an unknown time)', () => {
    const same = (Object.keys(en) as MessageKey[]).filter((key) => es[key] === en[key]);
    expect(same).toEqual(['case.unknown-time']);
  });

  it('Spanish keeps the English form names (I-247A, I-200, …) that the English text names', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      const forms = en[key].match(/I-\d{3}[A-Z]?/g) ?? [];
      for (const form of forms) expect(es[key], key).toContain(form);
    }
  });

  it('every code of the core schemas has text in both languages', async () => {
    await loadLanguage('es');
    const keys: MessageKey[] = [
      ...OutcomeCodeSchema.options.map((c) => `outcome.title.${c}` as const),
      ...LiftReasonSchema.options.map((r) => `lift.${r}` as const),
      ...DECISION_REASON_CODES.map((c) => `decision.${c}` as const),
      ...NoticeStatusSchema.options.map((s) => `notice.${s}` as const),
      ...EligibilityNoticeStatusSchema.options.map((s) => `eligibility.${s}` as const),
      ...CountingRuleSchema.options.map((r) => `counting.policy.${r}` as const),
      ...FIXED_REASONS.map((r) => `outcome.reason.${r}` as const),
    ];
    for (const lang of LANGUAGES) {
      for (const key of keys) expect(Object.hasOwn(lang === 'en' ? en : es, key), `${lang} ${key}`).toBe(true);
    }
  });

  it('the exported English texts read from the catalog, unchanged', () => {
    for (const code of OutcomeCodeSchema.options) expect(OUTCOME_TITLES[code]).toBe(en[`outcome.title.${code}`]);
    expect(OUTCOME_TITLES['transferred-to-dhs']).toBe('Transferred to DHS');
    for (const code of DECISION_REASON_CODES) {
      expect(DECISION_REASONS[code].text).toBe(en[`decision.${code}`]);
      expect(decisionReasonText(DECISION_REASONS[code], 'en')).toBe(DECISION_REASONS[code].text);
    }
    expect(MODEL_INFO.disclaimer).toBe('Educational model, not legal advice.');
    expect(outcomeOf('released-detainer-lifted', 'case-closed', AT).text).toBe(
      'DHS lifted the detainer (case closed).',
    );
  });

  it('outcomeText gives the machine’s English outcome sentence, and a Spanish one', async () => {
    await loadLanguage('es');
    for (const reason of FIXED_REASONS) {
      const outcome = outcomeOf('transferred-to-dhs', reason, AT);
      expect(outcomeText(outcome, 'en')).toBe(outcome.text);
      expect(outcomeText(outcome, 'es')).toBe(es[`outcome.reason.${reason}`]);
    }
    for (const reason of LiftReasonSchema.options) {
      const outcome = outcomeOf('released-detainer-lifted', reason, AT);
      expect(outcomeText(outcome, 'en')).toBe(outcome.text);
    }
    expect(outcomeText({ code: 'released-detainer-lifted', reason: 'case-closed' }, 'es')).toBe(
      'El DHS retiró la orden (detainer) (caso cerrado).',
    );
    const declined = { code: 'released-hold-declined', reason: 'local-hold-never' } as const;
    expect(outcomeText(declined, 'en')).toBe(
      'The custodian did not honor the request to hold, and the person was released. The local policy does not honor requests to hold.',
    );
    expect(outcomeText(declined, 'es')).toBe(
      'El custodio no aceptó la solicitud de retención y la persona quedó en libertad. La política local no acepta solicitudes de retención.',
    );
  });

  it('countingRuleText gives resolveCountingRule’s English sentence for every form and override', async () => {
    await loadLanguage('es');
    for (const form of DetainerFormSchema.options) {
      for (const override of ['by-form', ...CountingRuleSchema.options] as const) {
        const choice = resolveCountingRule(form, override);
        expect(countingRuleText(choice, form, 'en')).toBe(choice.text);
        expect(countingRuleText(choice, form, 'es')).not.toBe(choice.text);
      }
    }
    expect(countingRuleText(resolveCountingRule('I-247D', 'by-form'), 'I-247D', 'es')).toContain('I-247D');
  });

  it('a decision reason with an unknown code keeps its own text', () => {
    const custom = { code: 'custom-rule', layer: 'local-policy', text: 'A custom rule.', citations: [] } as const;
    expect(decisionReasonText(custom, 'en')).toBe('A custom rule.');
  });
});
