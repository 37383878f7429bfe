import type { ResolvedJurisdictionLaw } from '@detainer-kit/sdk';
import { englishOnly, useLang, useT } from '../i18n/store';
import { JURISDICTIONS, type LawChoice, optionLayers } from '../model/law-view';
import { CheckboxField } from './fields';
import { LawLayers } from './LawLayers';
import { Panel } from './Panel';

interface Props {
  readonly law: LawChoice;
  /** The date the law is read on (the user's, else the booking date). */
  readonly asOf: string;
  readonly resolved: ResolvedJurisdictionLaw | null;
  readonly onLaw: (law: LawChoice) => void;
}

/** The law the case runs under: the jurisdiction, the date, the uncertain readings, and the layers that apply. */
export function LawPanel({ law, asOf, resolved, onLaw }: Props) {
  const t = useT();
  const lang = useLang();
  const options = optionLayers(law.jurisdiction);
  const name = JURISDICTIONS.find((j) => j.id === law.jurisdiction)?.name ?? law.jurisdiction;
  return (
    <Panel
      id="law"
      headingId="law-h"
      title={t.law.panelTitle}
      className="law-panel"
      testId="law-panel"
      summary={t.law.summary(name, asOf, resolved?.inForce.length ?? 0)}
    >
      <div className="law-controls">
        <label>
          {t.law.jurisdiction}
          <select
            value={law.jurisdiction}
            data-testid="law-jurisdiction"
            lang={englishOnly(lang)}
            onChange={(e) => onLaw({ jurisdiction: e.target.value, asOf: law.asOf, options: [] })}
          >
            {JURISDICTIONS.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.law.asOf}
          <input
            type="date"
            value={asOf}
            min="2000-01-01"
            max="2099-12-31"
            data-testid="law-as-of"
            onChange={(e) => {
              if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) onLaw({ ...law, asOf: e.target.value });
            }}
          />
        </label>
        {law.asOf !== null ? (
          <button type="button" className="link" onClick={() => onLaw({ ...law, asOf: null })}>
            {t.law.followBooking}
          </button>
        ) : null}
        <p className="hint">{t.law.asOfHint}</p>
        <fieldset className="switches law-options">
          <legend>{t.law.options}</legend>
          {options.length === 0 ? <p className="muted small">{t.law.noOptions}</p> : null}
          {options.map((o) => (
            <CheckboxField
              key={o.id}
              data-testid={`law-option-${o.id}`}
              label={
                <>
                  <span lang={englishOnly(lang)}>{o.title}</span>{' '}
                  <span className={`badge status-${o.status}`}>{t.law.status[o.status] ?? o.status}</span>
                </>
              }
              checked={law.options.includes(o.id)}
              onChange={(on) =>
                onLaw({ ...law, options: on ? [...law.options, o.id] : law.options.filter((x) => x !== o.id) })
              }
            />
          ))}
        </fieldset>
      </div>
      {resolved ? <LawLayers resolved={resolved} /> : null}
    </Panel>
  );
}
