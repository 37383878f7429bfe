import { MODEL_INFO } from '@detainer-kit/sdk';
import { useT } from '../i18n/store';
import type { WhatIf } from '../model/what-if';
import { Panel } from './Panel';

/** What a change of policy or facts changes: the largest difference first, then every result compared. */
export function WhatIfSummary({ whatIf }: { readonly whatIf: WhatIf }) {
  const t = useT();
  return (
    <Panel
      id="what-if"
      headingId="what-if-h"
      title={t.whatTheChangeDoes}
      className="what-if"
      testId="what-if"
      summary={whatIf.lead}
    >
      <p className="what-if-lead">{whatIf.lead}</p>
      {whatIf.rule ? <p className="small">Decisive rule now: {whatIf.rule}</p> : null}
      {whatIf.changes.length > 0 ? (
        <details className="small">
          <summary>Every result compared ({whatIf.changes.length} differ)</summary>
          <table className="what-if-table small">
            <caption className="visually-hidden">Results before and after the change</caption>
            <thead>
              <tr>
                <th scope="col">Result</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
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
        <p className="muted small">Unchanged: {whatIf.unchanged.join(', ').toLowerCase()}.</p>
      ) : null}
      <p className="muted small">{MODEL_INFO.disclaimer}</p>
    </Panel>
  );
}
