import { type LawApplication, POLICY_FIELD_LABELS, type ResolvedJurisdictionLaw } from '@detainer-kit/sdk';
import { englishOnly, useLang, useT } from '../i18n/store';
import { JURISDICTIONS, type LawChoice, optionLayers } from '../model/law-view';
import { CheckboxField } from './fields';
import { LawLayers } from './LawLayers';
import { Panel } from './Panel';

interface Props {
  readonly law: LawChoice;
  /** The date whose layers the panel lists: the as-of date, or the date of the moment shown. */
  readonly shownDate: string;
  /** The law the case applied so far, one record per decision (the case's `lawApplied`). */
  readonly applications: readonly LawApplication[];
  readonly resolved: ResolvedJurisdictionLaw | null;
  readonly onLaw: (law: LawChoice) => void;
}

/**
 * The law the case runs under: the jurisdiction, an as-of date that freezes it (else each decision reads the law
 * of its own date), the uncertain readings, the law each decision of the case used, and the layers in force.
 */
export function LawPanel({ law, shownDate, applications, resolved, onLaw }: Props) {
  const t = useT();
  const lang = useLang();
  const options = optionLayers(law.jurisdiction);
  const name = JURISDICTIONS.find((j) => j.id === law.jurisdiction)?.name ?? law.jurisdiction;
  const switchLabel = (key: string) => (POLICY_FIELD_LABELS as Readonly<Record<string, string>>)[key] ?? key;
  const valueLabel = (key: string, value: unknown) => {
    const describe = (t.policyOptions as Readonly<Record<string, ((v: never) => string) | undefined>>)[key];
    return describe ? describe(value as never) : String(value);
  };
  return (
    <Panel
      id="law"
      headingId="law-h"
      title={t.law.panelTitle}
      className="law-panel"
      testId="law-panel"
      summary={t.law.summary(name, law.asOf === null ? t.law.atEachDecision : `${t.law.asOfWord} ${law.asOf}`)}
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
            value={law.asOf ?? ''}
            min="2000-01-01"
            max="2099-12-31"
            data-testid="law-as-of"
            onChange={(e) => {
              if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) onLaw({ ...law, asOf: e.target.value });
            }}
          />
        </label>
        {law.asOf !== null ? (
          <button
            type="button"
            className="link"
            data-testid="law-each-decision"
            onClick={() => onLaw({ ...law, asOf: null })}
          >
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
      {applications.length > 0 ? (
        <div className="law-applied">
          <h3>{t.law.usedByCase}</h3>
          <ol className="layer-list" data-testid="law-applications">
            {applications.map((a) => (
              <li key={`${a.point}-${a.at}`} data-point={a.point} data-date={a.date}>
                <strong>{t.law.points[a.point] ?? a.point}</strong>:{' '}
                {a.asOfOverride ? t.law.usedAsOf(a.date) : t.law.usedOn(a.date)}
                {a.decidedByLaw.length > 0 ? (
                  <ul className="small" lang={englishOnly(lang)}>
                    {a.decidedByLaw.map((d) => (
                      <li key={d.switch} data-switch={d.switch}>
                        {switchLabel(d.switch)}: <strong>{valueLabel(d.switch, d.value)}</strong> ({d.title})
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted small"> {t.law.localDecides}</span>
                )}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <h3 className="law-shown-date" data-testid="law-shown-date">
        {law.asOf === null ? t.law.shownOn(shownDate) : t.law.shownAsOf(shownDate)}
      </h3>
      {resolved ? <LawLayers resolved={resolved} /> : null}
    </Panel>
  );
}
