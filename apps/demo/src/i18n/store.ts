import { loadLanguage } from '@detainer-kit/sdk';
import { useSyncExternalStore } from 'react';
import { en, type Messages } from './en';
import { type DemoLang, initialLang, LANG_STORAGE_KEY, LANGUAGE_LOCALES } from './lang';

interface LangState {
  readonly lang: DemoLang;
  readonly t: Messages;
}

let state: LangState = { lang: 'en', t: en };
const listeners = new Set<() => void>();
let pending = 0;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function apply(next: LangState): void {
  state = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next.lang;
  for (const listener of listeners) listener();
}

/**
 * Switches the demo's language: loads the Spanish UI messages and the core's Spanish catalog (both lazy, outside
 * the initial bundle), then re-renders every view that reads {@link useT} or {@link useLang}, sets `<html lang>` and
 * keeps the choice in localStorage (`detainer-kit.demo.lang`).
 */
export async function setLang(lang: DemoLang): Promise<void> {
  const ticket = ++pending;
  try {
    storage()?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // No storage (private mode): the choice lasts for this page only.
  }
  if (lang === 'en') {
    apply({ lang, t: en });
    return;
  }
  const [{ es }] = await Promise.all([import('./es'), loadLanguage(lang)]);
  // A later choice wins over a slower earlier one.
  if (ticket === pending) apply({ lang, t: es });
}

/** Starts in the language of `?lang=` or of the last visit (English until the Spanish texts have loaded). */
export function startLang(): Promise<void> {
  const lang = initialLang(typeof location === 'undefined' ? '' : location.search, storage());
  if (typeof document !== 'undefined') document.documentElement.lang = 'en';
  return lang === 'en' ? Promise.resolve() : setLang(lang);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const getState = () => state;

/** The current language (`en` or `es`). */
export function useLang(): DemoLang {
  return useSyncExternalStore(subscribe, getState).lang;
}

/** The current language's UI messages. */
export function useT(): Messages {
  return useSyncExternalStore(subscribe, getState).t;
}

/**
 * The `lang` attribute of a fragment that is English whatever the UI language (the machine's own titles and
 * explanations, not translated yet): `"en"` in a Spanish page, nothing in an English one.
 */
export function englishOnly(lang: DemoLang): 'en' | undefined {
  return lang === 'en' ? undefined : 'en';
}

/** The current language's UI messages outside React (startup messages, the error boundary). */
export function currentMessages(): Messages {
  return state.t;
}

/** The current language outside React (formatting helpers). */
export function currentLang(): DemoLang {
  return state.lang;
}

/** The locale dates and times are written in for the current language (`en-US`, `es-US`). */
export function currentLocale(): string {
  return LANGUAGE_LOCALES[state.lang];
}
