import { textOf } from '@detainer-kit/sdk';
import { englishOnly, useLang, useT } from '../i18n/store';
import type { WhatIf } from '../model/what-if';
import { Panel } from './Panel';

/** What a change of policy or facts changes: the largest difference first, then every result compared. */
export function WhatIfSummary({ whatIf }: { readonly whatIf: WhatIf }) {
  const t = useT();
  const lang = useLang();
  const machineLang = englishOnly(lang);
  return (
    <Panel
      id="what-if"
      headingId="what-if-h"
      title={t.whatTheChangeDoes}
      className="what-if"
      testId="what-if"
      summary={whatIf.lead}
    >
      <p className="what-if-lead" lang={machineLang}>
        {whatIf.lead}
      </p>
      {whatIf.rule ? (
        <p className="small">
          {t.decisiveRuleNow} <span lang={machineLang}>{whatIf.rule}</span>
        </p>
      ) : null}
      {whatIf.changes.length > 0 ? (
        <details className="small">
          <summary>{t.everyResultCompared(whatIf.changes.length)}</summary>
          <table className="what-if-table small">
            <caption className="visually-hidden">{t.resultsBeforeAfter}</caption>
            <thead>
              <tr>
                <th scope="col">{t.result}</th>
                <th scope="col">{t.before}</th>
                <th scope="col">{t.after}</th>
              </tr>
            </thead>
            <tbody lang={machineLang}>
              {whatIf.changes.map((c) => (
                <tr key={c.field}>
                  <th scope="row">{c.label}</th>
                  <td>{c.before}</td>
                  <td>{c.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      {whatIf.unchanged.length > 0 ? (
        <p className="muted small">
          {t.unchanged} <span lang={machineLang}>{whatIf.unchanged.join(', ').toLowerCase()}</span>.
        </p>
      ) : null}
      <p className="muted small">{textOf('model.disclaimer', lang)}</p>
    </Panel>
  );
}
