import { type Language, LanguageSchema } from '@detainer-kit/sdk';

/** Where the demo keeps the reader's language between visits. */
export const LANG_STORAGE_KEY = 'detainer-kit.demo.lang';

/** The demo's languages: the core's `LanguageSchema` (`en`, `es`). */
export const DemoLangSchema = LanguageSchema;
export type DemoLang = Language;

/** The language a `?lang=` value asks for, or null when there is none or it is not one the demo has. */
export function langFromSearch(search: string): DemoLang | null {
  const value = new URLSearchParams(search).get('lang');
  if (value === null) return null;
  const parsed = DemoLangSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The language kept in storage, or null (nothing kept, a value the demo does not have, or no storage). */
export function langFromStorage(storage: Pick<Storage, 'getItem'> | null): DemoLang | null {
  try {
    const parsed = DemoLangSchema.safeParse(storage?.getItem(LANG_STORAGE_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The language to start in: `?lang=` first, then the one kept from the last visit, else English. */
export function initialLang(search: string, storage: Pick<Storage, 'getItem'> | null): DemoLang {
  return langFromSearch(search) ?? langFromStorage(storage) ?? 'en';
}

/** The BCP 47 locale of each language, for dates and times (the core's `LANGUAGE_LOCALES`). */
export { LANGUAGE_LOCALES } from '@detainer-kit/sdk';
