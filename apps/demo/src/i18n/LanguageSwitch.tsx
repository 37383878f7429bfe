import { en } from './en';
import type { DemoLang } from './lang';
import { setLang, useLang, useT } from './store';

/** Each language's own name, in that language (shown the same in every UI language). */
const NAMES: Readonly<Record<DemoLang, string>> = { en: en.langName, es: 'Español' };

/** The language switch of the header: "English / Español", the current one pressed. */
export function LanguageSwitch() {
  const lang = useLang();
  const t = useT();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of two toggle buttons, named for assistive technology.
    <div className="lang-switch" role="group" aria-label={t.langSwitch} data-testid="lang-switch">
      {(['en', 'es'] as const).map((l, i) => (
        <span key={l}>
          {i > 0 ? <span aria-hidden="true"> / </span> : null}
          <button
            type="button"
            className="link"
            lang={l}
            aria-pressed={lang === l}
            onClick={() => void setLang(l)}
            data-testid={`lang-${l}`}
          >
            {NAMES[l]}
          </button>
        </span>
      ))}
    </div>
  );
}
