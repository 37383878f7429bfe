import { useRef } from 'react';
import { en } from './en';
import type { DemoLang } from './lang';
import { setLang, useLang, useT } from './store';

/** Each language's own name, in that language (shown the same in every UI language). */
const NAMES: Readonly<Record<DemoLang, string>> = { en: en.langName, es: 'Español' };
const LANGS = ['en', 'es'] as const;

/**
 * The language switch: "English / Español", the current one pressed. One Tab stop (a radio group: Tab reaches the
 * current language, the arrow keys move to the other), so it does not push the step controls further away.
 */
export function LanguageSwitch() {
  const lang = useLang();
  const t = useT();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: React.KeyboardEvent, i: number) => {
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(e.key)) return;
    e.preventDefault();
    const next = (i + 1) % LANGS.length;
    const l = LANGS[next];
    if (l) void setLang(l);
    buttons.current[next]?.focus();
  };
  return (
    <div className="lang-switch" role="radiogroup" aria-label={t.langSwitch} data-testid="lang-switch">
      {LANGS.map((l, i) => (
        <span key={l}>
          {i > 0 ? <span aria-hidden="true"> / </span> : null}
          {/* biome-ignore lint/a11y/useSemanticElements: link-style buttons acting as one radio group ("English / Español"), with a roving Tab stop. */}
          <button
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="radio"
            className="link"
            lang={l}
            aria-checked={lang === l}
            tabIndex={lang === l ? 0 : -1}
            onClick={() => void setLang(l)}
            onKeyDown={(e) => onKey(e, i)}
            data-testid={`lang-${l}`}
          >
            {NAMES[l]}
          </button>
        </span>
      ))}
    </div>
  );
}
