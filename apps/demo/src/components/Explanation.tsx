import {
  accessText,
  caseDutyToIssue,
  type DetainerCase,
  dutyText,
  type GraphNode,
  type TimelineEntry,
} from '@detainer-kit/sdk';
import { formatInstant, formatShort } from '../model/format';
import { Citations } from './Citations';
import { Panel } from './Panel';

interface Props {
  readonly node: GraphNode | null;
  readonly selected: boolean;
  readonly onClearSelection: () => void;
  /** The entries of the last step: the event's transition and any eventless ones it set off. */
  readonly last: readonly TimelineEntry[];
  readonly current: DetainerCase;
}

/** Why: the state, the last transition, the custodian's decision and the outcome, each with its sources. */
export function Explanation({ node, selected, onClearSelection, last, current }: Props) {
  const { context } = current;
  const tz = context.custodian.timeZone;
  const when = (i: string) => formatInstant(i, tz);
  const dutyToIssue = caseDutyToIssue(context);
  const conditionalAccess = context.accessRequests.filter(
    (r) => r.reason !== 'local-access-allowed' && r.reason !== 'local-access-refused',
  );
  return (
    <Panel id="why" headingId="why-h" title="Why" className="explain-panel" live summary={node?.title}>
      {node ? (
        <article>
          <h3>
            {selected ? 'Selected state' : 'Current state'}: {node.title}
          </h3>
          <p>{node.explanation}</p>
          <Citations ids={node.citations} />
          {selected ? (
            <button type="button" className="link" onClick={onClearSelection}>
              Back to the current state
            </button>
          ) : null}
        </article>
      ) : null}
      {last.length > 0 ? (
        last.map((entry, i) => (
          <article key={entry.seq}>
            <h3>
              {i === 0 ? 'Last transition' : 'Then, at once'}: {i === 0 ? <code>{entry.event.type}</code> : null}{' '}
              {i === 0 ? <span className="muted small">({formatShort(entry.at, tz)})</span> : null}
            </h3>
            <p>
              <strong>{entry.description}</strong> {entry.explanation}
            </p>
            <Citations ids={entry.citations} />
          </article>
        ))
      ) : (
        <p className="muted">No event yet: the person has just been booked.</p>
      )}
      {current.outcome ? (
        <article className="outcome">
          <h3>Outcome</h3>
          <p>{current.outcome.text}</p>
          <Citations ids={current.outcome.citations} />
        </article>
      ) : null}
      {dutyToIssue ? (
        <article className="duty-to-issue">
          <h3>DHS’s duty to issue</h3>
          <p>{dutyToIssue.text}</p>
          <Citations ids={dutyToIssue.citations} />
        </article>
      ) : null}
      {context.duties.length > 0 ? (
        <article className="duties">
          <h3>Duties toward the person</h3>
          <ul>
            {context.duties.map((d) => (
              <li key={`${d.duty}-${d.dueSince}`}>
                <span className={`badge duty-${d.status}`}>{d.status}</span> {dutyText(d, when)}
                <Citations ids={d.citations} label="Source" />
              </li>
            ))}
          </ul>
        </article>
      ) : null}
      {conditionalAccess.length > 0 ? (
        <article className="access">
          <h3>DHS interview requests</h3>
          <ul>
            {conditionalAccess.map((r) => (
              <li key={r.at}>
                {accessText(r, when)}
                <Citations ids={r.citations} label="Source" />
              </li>
            ))}
          </ul>
        </article>
      ) : null}
      {context.decision ? (
        <details className="decision">
          <summary>
            <strong>The custodian’s decision on this detainer:</strong> {context.decision.holdReason.text}
          </summary>
          <ul className="reasons">
            {context.decision.reasons.map((r) => (
              <li key={`${r.layer}:${r.code}`}>
                <span className="badge">{r.layer}</span> {r.text}
                <Citations ids={r.citations} label="Source" />
              </li>
            ))}
          </ul>
          {context.hold ? (
            <p className="small">
              Hold counted: {context.hold.countingRule.text}
              {context.hold.countingRule.unverified ? (
                <span className="badge status-unverified">unverified</span>
              ) : null}
            </p>
          ) : null}
        </details>
      ) : null}
    </Panel>
  );
}
