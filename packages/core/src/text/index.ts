import { z } from 'zod';
import type { CountingRuleChoice } from '../clock/counting-rule.js';
import type { DetainerForm } from '../detainer/vocabulary.js';
import type { CaseOutcome } from '../machine/context.js';
import { DECISION_REASON_CODES, type DecisionReasonCode } from '../policy/resolve-decision.js';
import type { DecisionReason } from '../policy/schema.js';
import { en } from './en.js';
import type { FinalStatePath, MachineMessageKey, MachineStatePath, TransitionTextKey } from './machine-keys.js';
import type { MessageKey, Messages } from './messages.js';

export { en } from './en.js';
export type {
  FinalStatePath,
  MachineMessageKey,
  MachineMessages,
  MachineStatePath,
  TransitionTextKey,
} from './machine-keys.js';
export type { MessageKey, Messages } from './messages.js';

/** The languages of the teaching texts: English (always loaded) and Spanish (loaded on request). */
export const LANGUAGES = ['en', 'es'] as const;
export const LanguageSchema = z.enum(LANGUAGES, {
  error: (issue): string => `expected a language: "en" or "es", got ${JSON.stringify(issue.input)}`,
});
export type Language = z.infer<typeof LanguageSchema>;

/** The BCP 47 locale each language formats dates and times with (`formatLocal`'s `locale`). */
export const LANGUAGE_LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', es: 'es-US' };

const catalogs: Partial<Record<Language, Messages>> = { en };

/**
 * Loads a language's catalog (the Spanish one is a separate module, fetched only when asked for), so that
 * {@link textOf} can read it. Resolves at once for a language already loaded.
 */
export async function loadLanguage(lang: Language): Promise<Messages> {
  const loaded = catalogs[lang];
  if (loaded) return loaded;
  const { es } = await import('./es.js');
  catalogs.es = es;
  return es;
}

/** True when {@link textOf} can read `lang` now (English always; Spanish after {@link loadLanguage}). */
export function isLanguageLoaded(lang: Language): boolean {
  return catalogs[lang] !== undefined;
}

/** A catalog's template with its `{name}` placeholders filled. */
function fill(template: string, params: Readonly<Record<string, string | number>> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The text of one message in one language, its `{name}` placeholders filled from `params`.
 * @throws Error when `lang` has not been loaded yet (call `await loadLanguage(lang)` first).
 *
 * @example
 * textOf('outcome.title.transferred-to-dhs', 'en') // 'Transferred to DHS'
 * textOf('outcome.lifted', 'en', { words: 'case closed' }) // 'DHS lifted the detainer (case closed).'
 */
export function textOf(key: MessageKey, lang: Language = 'en', params?: Readonly<Record<string, string | number>>) {
  const catalog = catalogs[lang];
  if (!catalog) throw new Error(`the "${lang}" texts are not loaded: call \`await loadLanguage('${lang}')\` first`);
  return fill(catalog[key], params);
}

const DECISION_CODES: ReadonlySet<string> = new Set(DECISION_REASON_CODES);

/** A decision reason in one language: the catalog's text for a known code, else the reason's own text. */
export function decisionReasonText(reason: DecisionReason, lang: Language = 'en'): string {
  return DECISION_CODES.has(reason.code) ? textOf(`decision.${reason.code as DecisionReasonCode}`, lang) : reason.text;
}

/** An outcome's sentence in one language (English: the same words as `CaseOutcome.text`). */
export function outcomeText(outcome: Pick<CaseOutcome, 'code' | 'reason'>, lang: Language = 'en'): string {
  const reason = outcome.reason;
  if (outcome.code === 'released-hold-declined' && DECISION_CODES.has(reason)) {
    return textOf('outcome.declined', lang, { reason: textOf(`decision.${reason as DecisionReasonCode}`, lang) });
  }
  if (outcome.code === 'released-detainer-lifted' && Object.hasOwn(en, `lift.${reason}`)) {
    return textOf('outcome.lifted', lang, { words: textOf(`lift.${reason}` as MessageKey, lang) });
  }
  return textOf(`outcome.reason.${reason}` as MessageKey, lang);
}

/** A counting rule's sentence in one language (English: the same words as `CountingRuleChoice.text`). */
export function countingRuleText(
  choice: Pick<CountingRuleChoice, 'rule' | 'source'>,
  form: DetainerForm,
  lang: Language = 'en',
): string {
  if (choice.source === 'policy') return textOf(`counting.policy.${choice.rule}`, lang);
  if (form === 'I-247A') return textOf('counting.form.I-247A', lang);
  return textOf('counting.form.regulation', lang, { form });
}

/** The outcome each final state ends the case with: its title is that outcome's title, one home for it. */
const FINAL_STATE_OUTCOMES: Readonly<Record<FinalStatePath, CaseOutcome['code']>> = {
  transferredToDhs: 'transferred-to-dhs',
  releasedHoldExpired: 'released-hold-expired',
  releasedHoldDeclined: 'released-hold-declined',
  releasedDetainerLifted: 'released-detainer-lifted',
  releasedNoHoldRequested: 'released-no-hold-requested',
};

/** The teaching text of one state of the statechart. */
export interface StateText {
  readonly title: string;
  readonly description: string;
  readonly explanation: string;
}

/** The teaching text of one transition of the statechart. */
export interface TransitionText {
  readonly description: string;
  readonly explanation: string;
}

/**
 * A state's title, description and explanation in one language, by its dotted path (`''` or `'detainerCase'`: the
 * machine itself). The one place the statechart's state texts are read (the SDK's `getMachineGraph` reads it).
 * @throws Error for a path that is not a state of the machine, or a language not loaded yet.
 *
 * @example
 * stateText('holding', 'en').title // 'Hold running'
 */
export function stateText(path: string, lang: Language = 'en'): StateText {
  const id = (path === '' ? 'detainerCase' : path) as MachineStatePath;
  if (!Object.hasOwn(en, `state.${id}.description`))
    throw new Error(`stateText: "${path}" is not a state of the machine`);
  const outcome = Object.hasOwn(FINAL_STATE_OUTCOMES, id) ? FINAL_STATE_OUTCOMES[id as FinalStatePath] : null;
  return {
    title: textOf(outcome ? `outcome.title.${outcome}` : (`state.${id}.title` as MachineMessageKey), lang),
    description: textOf(`state.${id}.description`, lang),
    explanation: textOf(`state.${id}.explanation`, lang),
  };
}

/**
 * A transition's description and explanation in one language, by the stable key in its `meta.key`. The one place
 * the statechart's transition texts are read (the SDK's `getMachineGraph` reads it).
 * @throws Error for an unknown key, or a language not loaded yet.
 *
 * @example
 * transitionText('holding.HOLD_DEADLINE_REACHED', 'en').description // 'The hold deadline arrives without DHS: released at that instant.'
 */
export function transitionText(key: TransitionTextKey, lang: Language = 'en'): TransitionText {
  if (!Object.hasOwn(en, `transition.${key}.description`)) throw new Error(`transitionText: no text for "${key}"`);
  return {
    description: textOf(`transition.${key}.description`, lang),
    explanation: textOf(`transition.${key}.explanation`, lang),
  };
}
